package dev.zonec.packet;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Policy-side packet sets in the read-back's shape: a service term between some addresses is a {@link FilterMatch},
 * meaning what {@link PacketSpace#match} and {@link PacketSpace#between} make of the two together. Both the BDDs
 * and the cubes of a rule or flow ({@link HeaderCube}) are then built from one statement of what it lets through.
 */
public final class Terms {

    private Terms() {}

    /** Packets of one version between the endpoints' addresses of that version; empty when a side has none. */
    public static Optional<FilterMatch> between(IpFamily family, Collection<Endpoint> sources,
                                                          Collection<Endpoint> destinations) {
        List<AddressBlock> from = addresses(sources, family);
        List<AddressBlock> to = addresses(destinations, family);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty(); // no packet: an empty list in a match would mean any address
        }
        return Optional.of(FilterMatch.any().withFamily(family).withSources(from).withDestinations(to));
    }

    /** The packets of {@code between} that one service term matches. */
    public static FilterMatch of(Match m, FilterMatch between) {
        if (m instanceof Match.L4 l4) {
            FilterMatch term = between.withProtocols(List.of(l4.protocol().number()))
                    .withSourcePorts(ports(l4.sourcePorts()))
                    .withDestinationPorts(ports(l4.destinationPorts()));
            return l4.established() ? term.withEstablished(true) : term;
        }
        if (m instanceof Match.Icmp icmp) {
            return between.withProtocols(List.of(icmp.protocol().number())).withIcmp(icmp.type(), icmp.code());
        }
        return between; // any IP protocol
    }

    /** What an IR rule permits, one match per service term: the same set as {@link PacketSpace#rule}. */
    public static List<FilterMatch> of(IrRule rule) {
        return between(rule.family(), rule.sources(), rule.destinations())
                .map(b -> rule.matches().stream().map(m -> of(m, b)).toList())
                .orElse(List.of());
    }

    private static List<AddressBlock> addresses(Collection<Endpoint> endpoints, IpFamily family) {
        return endpoints.stream().flatMap(e -> e.addresses(family).stream()).toList();
    }

    /** An unconstrained port is an empty list, as the read-back writes it. */
    private static List<PortRange> ports(PortRange range) {
        return range.isAll() ? List.of() : List.of(range);
    }
}
