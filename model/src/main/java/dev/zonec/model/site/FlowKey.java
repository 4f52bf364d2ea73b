package dev.zonec.model.site;

import java.util.Objects;
import java.util.Optional;

/**
 * What a flow is, independent of where its rule stands in the policy: the conduit, the rule's name in it (written
 * {@code as NAME}, or derived from the rule's content), and the two zones the flow joins. Every name zonec writes
 * into a device config is derived from this, never from {@code id}.
 *
 * @param id     policy order (files by name, then lines): for grouping and sorting within one run, never written out
 * @param device the device a flow to a device itself reaches ({@link Flow#device})
 */
public record FlowKey(int id, String conduit, String rule, String sourceZone, String destinationZone,
                      Optional<String> device) {

    public FlowKey {
        Objects.requireNonNull(conduit);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(sourceZone);
        Objects.requireNonNull(destinationZone);
        Objects.requireNonNull(device);
    }

    public FlowKey(int id, String conduit, String rule, String sourceZone, String destinationZone) {
        this(id, conduit, rule, sourceZone, destinationZone, Optional.empty());
    }

    /** The rule as the policy names it: {@code hmi-control/hmi-polling}; unique in the site. */
    public String ruleId() {
        return conduit + "/" + rule;
    }

    /** The flow as it stays across policy edits: {@code hmi-control/hmi-polling/supervisory>tank-farm}. */
    public String stableId() {
        return ruleId() + "/" + sourceZone + ">" + destinationZone + device.map(d -> "@" + d).orElse("");
    }
}
