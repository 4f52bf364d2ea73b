package dev.zonec.check;

import dev.zonec.model.diag.Diagnostic;
import java.util.Set;

/**
 * A diagnostic of the analysis with what it is about, so a waiver can be matched to it: the flows (by id), conduits,
 * devices and zones it concerns.
 */
record Finding(Diagnostic diagnostic, Set<Integer> flows, Set<String> conduits, Set<String> devices, Set<String> zones) {
    Finding {
        flows = Set.copyOf(flows);
        conduits = Set.copyOf(conduits);
        devices = Set.copyOf(devices);
        zones = Set.copyOf(zones);
    }
}
