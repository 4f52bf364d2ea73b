package dev.zonec.model.filter;

import java.util.List;

/**
 * A device's configuration read back into a vendor-neutral packet filter: what it forwards between each pair of its
 * interfaces. {@code stateful} devices also pass the replies of connections they let open (conntrack, sessions);
 * their stages are compared on new connections only. {@code local} are the stages of an input side of the device's
 * own (a Linux input chain), applied to packets addressed to the device by their ingress interface (every {@code out}
 * of theirs is moot); a packet for the device no local stage applies to is accepted, as far as the file says.
 */
public record PacketFilter(String device, boolean stateful, List<FilterStage> stages, List<FilterStage> local) {
    public PacketFilter {
        stages = List.copyOf(stages);
        local = List.copyOf(local);
    }

    /** A filter that has no input side of its own: what it does to packets for the device is not read. */
    public PacketFilter(String device, boolean stateful, List<FilterStage> stages) {
        this(device, stateful, stages, List.of());
    }
}
