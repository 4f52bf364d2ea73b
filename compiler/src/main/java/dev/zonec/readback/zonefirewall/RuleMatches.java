package dev.zonec.readback.zonefirewall;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one zone firewall rule (sources, destinations, and the service terms it allows) into read-back matches:
 * one per IP family and term, since a match constrains one family and addresses do not carry theirs. A term that
 * names its own family (ICMP vs ICMPv6) only pairs with that family's addresses.
 */
public final class RuleMatches {

    private RuleMatches() {}

    /**
     * @param terms what the rule allows beyond addresses (protocol, ports, ICMP type), each without addresses
     */
    public static List<FilterMatch> of(AddressSet sources, AddressSet destinations, List<FilterMatch> terms) {
        List<FilterMatch> matches = new ArrayList<>();
        if (sources.any() && destinations.any()) {
            return List.copyOf(terms);
        }
        for (IpFamily family : IpFamily.values()) {
            Optional<List<AddressBlock>> src = sources.blocks(family);
            Optional<List<AddressBlock>> dst = destinations.blocks(family);
            if (src.map(List::isEmpty).orElse(false) || dst.map(List::isEmpty).orElse(false)) {
                continue;
            }
            for (FilterMatch term : terms) {
                if (term.family().isPresent() && term.family().get() != family) {
                    continue;
                }
                FilterMatch m = term.withFamily(family);
                if (src.isPresent()) {
                    m = m.withSources(src.get());
                }
                if (dst.isPresent()) {
                    m = m.withDestinations(dst.get());
                }
                matches.add(m);
            }
        }
        return matches;
    }
}
