package dev.zonec.model.filter;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one read-back rule matches, as the config file says it: every field is a constraint, and an empty field
 * matches everything. Address and port lists are unions; a packet matches when it satisfies every field.
 *
 * @param family      IPv4 or IPv6 only (an ACL's family, {@code ip saddr} vs {@code ip6 saddr}), or both
 * @param protocols   IP protocol numbers (6 tcp, 17 udp, 1 icmp, 58 icmpv6); empty = any protocol
 * @param established TCP segments of an established connection only (ACK or RST set), or only new ones
 *                    ({@code false}, e.g. conntrack state NEW), or either
 */
public record FilterMatch(Optional<IpFamily> family, List<AddressBlock> sources, List<AddressBlock> destinations,
                          List<Integer> protocols, List<PortRange> sourcePorts, List<PortRange> destinationPorts,
                          OptionalInt icmpType, OptionalInt icmpCode, Optional<Boolean> established) {

    public FilterMatch {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        protocols = List.copyOf(protocols);
        sourcePorts = List.copyOf(sourcePorts);
        destinationPorts = List.copyOf(destinationPorts);
    }

    /** Matches every packet. */
    public static FilterMatch any() {
        return new FilterMatch(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }

    public FilterMatch withFamily(IpFamily f) {
        return new FilterMatch(Optional.of(f), sources, destinations, protocols, sourcePorts, destinationPorts, icmpType,
                icmpCode, established);
    }

    public FilterMatch withSources(List<AddressBlock> s) {
        return new FilterMatch(family, s, destinations, protocols, sourcePorts, destinationPorts, icmpType, icmpCode,
                established);
    }

    public FilterMatch withDestinations(List<AddressBlock> d) {
        return new FilterMatch(family, sources, d, protocols, sourcePorts, destinationPorts, icmpType, icmpCode,
                established);
    }

    public FilterMatch withProtocols(List<Integer> p) {
        return new FilterMatch(family, sources, destinations, p, sourcePorts, destinationPorts, icmpType, icmpCode,
                established);
    }

    public FilterMatch withSourcePorts(List<PortRange> p) {
        return new FilterMatch(family, sources, destinations, protocols, p, destinationPorts, icmpType, icmpCode,
                established);
    }

    public FilterMatch withDestinationPorts(List<PortRange> p) {
        return new FilterMatch(family, sources, destinations, protocols, sourcePorts, p, icmpType, icmpCode, established);
    }

    public FilterMatch withIcmp(OptionalInt type, OptionalInt code) {
        return new FilterMatch(family, sources, destinations, protocols, sourcePorts, destinationPorts, type, code,
                established);
    }

    public FilterMatch withEstablished(boolean e) {
        return new FilterMatch(family, sources, destinations, protocols, sourcePorts, destinationPorts, icmpType,
                icmpCode, Optional.of(e));
    }
}
