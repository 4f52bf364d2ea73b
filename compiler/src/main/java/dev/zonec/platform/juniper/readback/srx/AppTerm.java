package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.PortRange;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one application term matches: a protocol (none: every packet, the {@code any} application), destination
 * and source ports (empty: every port), an ICMP or ICMPv6 type and code.
 */
record AppTerm(OptionalInt protocol, List<PortRange> destinationPorts, List<PortRange> sourcePorts,
               OptionalInt icmpType, OptionalInt icmpCode) {

    static AppTerm any() {
        return new AppTerm(OptionalInt.empty(), List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty());
    }

    static AppTerm ports(int protocol, int destinationPort) {
        return ports(protocol, new PortRange(destinationPort, destinationPort));
    }

    static AppTerm ports(int protocol, PortRange destinationPorts) {
        return new AppTerm(OptionalInt.of(protocol), List.of(destinationPorts), List.of(), OptionalInt.empty(),
                OptionalInt.empty());
    }

    static AppTerm icmp(int protocol, OptionalInt type) {
        return new AppTerm(OptionalInt.of(protocol), List.of(), List.of(), type, OptionalInt.empty());
    }

    FilterMatch narrow(FilterMatch match) {
        FilterMatch m = match;
        if (protocol.isPresent()) {
            m = m.withProtocols(List.of(protocol.getAsInt()));
        }
        if (!destinationPorts.isEmpty()) {
            m = m.withDestinationPorts(destinationPorts);
        }
        if (!sourcePorts.isEmpty()) {
            m = m.withSourcePorts(sourcePorts);
        }
        if (icmpType.isPresent() || icmpCode.isPresent()) {
            m = m.withIcmp(icmpType, icmpCode);
        }
        return m;
    }
}
