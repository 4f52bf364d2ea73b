package dev.zonec.model.filter;

import java.util.List;

/**
 * A device's configuration read back into a vendor-neutral packet filter: what it forwards between each pair of its
 * interfaces. {@code stateful} devices also pass the replies of connections they let open (conntrack, sessions);
 * their stages are compared on new connections only.
 */
public record PacketFilter(String device, boolean stateful, List<FilterStage> stages) {
    public PacketFilter {
        stages = List.copyOf(stages);
    }
}
