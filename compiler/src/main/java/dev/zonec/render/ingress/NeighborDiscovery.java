package dev.zonec.render.ingress;

import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import java.util.List;
import java.util.OptionalInt;

/**
 * What an IPv6 ingress filter must permit before its explicit final deny, or the interface loses its neighbours:
 * ICMPv6 neighbor solicitation (135) and neighbor advertisement (136), RFC 4861, and router solicitation (133), which
 * hosts send to the routed interface for their addresses (SLAAC). Cisco-style ACLs carry ND as implicit rules that an
 * explicit deny at the end would otherwise override; Junos filters have no such rules.
 */
public final class NeighborDiscovery {
    /** A host asking its routers for an advertisement (RFC 4861 6.3.7): without it SLAAC waits for the next one. */
    public static final int ROUTER_SOLICITATION = 133;
    public static final int NEIGHBOR_SOLICITATION = 135;
    public static final int NEIGHBOR_ADVERTISEMENT = 136;

    private NeighborDiscovery() {}

    public static List<Match.Icmp> matches() {
        return List.of(icmp6(ROUTER_SOLICITATION), icmp6(NEIGHBOR_SOLICITATION), icmp6(NEIGHBOR_ADVERTISEMENT));
    }

    private static Match.Icmp icmp6(int type) {
        return new Match.Icmp(Protocol.ICMP6, OptionalInt.of(type), OptionalInt.empty());
    }
}
