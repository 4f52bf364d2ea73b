package dev.zonec.model.filter;

import java.util.List;

/**
 * A device's configuration read back into a vendor-neutral packet filter: what it forwards between each pair of its
 * interfaces. {@code stateful} devices also pass the replies of connections they let open (conntrack, sessions);
 * their stages are compared on new connections only. {@code local} are the stages of an input side of the device's
 * own (a Linux input chain), applied to packets addressed to the device by their ingress interface (every {@code out}
 * of theirs is moot); a packet for the device no local stage applies to is accepted, as far as the file says.
 * {@code host} is how a firewall decides packets addressed to itself apart from what it forwards (SRX, PAN-OS, ASA).
 */
public record PacketFilter(String device, boolean stateful, List<FilterStage> stages, List<FilterStage> local,
                           Host host) {
    public PacketFilter {
        stages = List.copyOf(stages);
        local = List.copyOf(local);
    }

    /** A filter that has no input side of its own: what it does to packets for the device is not read. */
    public PacketFilter(String device, boolean stateful, List<FilterStage> stages) {
        this(device, stateful, stages, List.of());
    }

    public PacketFilter(String device, boolean stateful, List<FilterStage> stages, List<FilterStage> local) {
        this(device, stateful, stages, local, Host.AS_FORWARDED);
    }

    /**
     * How a zone-pair firewall decides a packet addressed to itself at the address of one of its interfaces: the
     * forwarding stages decide it as if it left by that interface (PAN-OS: the security rules from the ingress zone to
     * the zone of the address's interface), except, when {@code ownAddressUnfiltered}, a packet addressed to the
     * interface it arrived on (SRX: no zone-pair lookup for the ingress interface's own address); then every stage of
     * {@code stages} that applies to (ingress, the address's interface) must permit it too (SRX: the policies to the
     * {@code junos-host} zone). When {@code arrivalAddressOnly}, a packet addressed to another interface than the one
     * it arrived on is refused, whatever the stages say (ASA: management access only at the arrival interface).
     */
    public record Host(boolean ownAddressUnfiltered, List<FilterStage> stages, boolean arrivalAddressOnly) {
        public static final Host AS_FORWARDED = new Host(false, List.of());

        public Host {
            stages = List.copyOf(stages);
        }

        public Host(boolean ownAddressUnfiltered, List<FilterStage> stages) {
            this(ownAddressUnfiltered, stages, false);
        }
    }
}
