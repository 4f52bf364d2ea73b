package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.Set;

/** The policy accepts that {@code devices} enforce {@code functionClass} by its ports only. */
public record PortLevelAcceptance(FunctionClass functionClass, Set<String> devices, String justification, Span span) {
    public PortLevelAcceptance {
        devices = Set.copyOf(devices);
    }
}
