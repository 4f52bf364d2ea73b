package dev.zonec.lower;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a flow to a device itself ({@code allow jump-host -> device sw-core : ssh}) is placed: the other devices on
 * its paths forward it as any flow to the device's zone, and the device accepts it from the zones it arrives from: the
 * zones it enters the device by where the device is on a path, else the zone of the device's address.
 */
public final class OwnTraffic {

    private OwnTraffic() {}

    /**
     * Whether zonec writes a device's own traffic on its platform: a stateless ingress ACL (IOS, NX-OS, EOS, Junos
     * filters) filters what is addressed to the device as much as what it forwards, so its rules are written into the
     * same ACLs; a Linux router gets an input chain of zonec's own; SRX and PAN-OS their own policies (rules). Elsewhere
     * the device's own traffic is governed by settings zonec does not write (ZC0509).
     */
    public static boolean written(Platform platform) {
        return platform.capabilities().ownTraffic() != Capabilities.OwnTraffic.NONE;
    }

    /**
     * Whether the device writes a flow to itself accepted from zone {@code in}: on a platform that decides its own
     * traffic by the zone of the address it is sent to (SRX), or accepts it only at the address of the interface it
     * arrives on (ASA), only from that zone; elsewhere as {@link #written}.
     */
    public static boolean written(Platform platform, Flow flow, String in) {
        Capabilities.OwnTraffic kind = platform.capabilities().ownTraffic();
        return written(platform) && (kind != Capabilities.OwnTraffic.HOST_ZONE
                && kind != Capabilities.OwnTraffic.MANAGEMENT_LINES || in.equals(flow.destinationZone()));
    }

    /** The destination port of SSH, the one service of an {@code ssh} management line. */
    public static final int SSH = 22;
    /** The port of the HTTPS server an {@code http} management line governs (its default). */
    public static final int HTTPS = 443;

    /**
     * Whether a service term of a rule to the device can be written on its platform: every term, except on one that
     * governs its own traffic by management lines ({@link Capabilities.OwnTraffic#MANAGEMENT_LINES}), which name a
     * source address and nothing else: TCP to port 22 (SSH) or 443 (the HTTPS server) from any source port, or ICMPv4
     * of one type or all of them, without a code; IPv4 only ({@link #managementFamilies}).
     */
    public static boolean written(Capabilities.OwnTraffic kind, Match match, IpFamily family) {
        if (kind != Capabilities.OwnTraffic.MANAGEMENT_LINES) {
            return true;
        }
        if (family != IpFamily.V4) {
            return false; // see #managementFamilies
        }
        if (match instanceof Match.L4 l4) {
            return l4.protocol() == Protocol.TCP && !l4.established() && l4.sourcePorts().isAll()
                    && l4.destinationPorts().isSingle() && (l4.destinationPorts().first() == SSH
                    || l4.destinationPorts().first() == HTTPS);
        }
        return match instanceof Match.Icmp icmp && icmp.protocol() == Protocol.ICMP && icmp.code().isEmpty();
    }

    /**
     * Whether management lines are written for sources of {@code family}: IPv4 only. The IPv6 forms of the lines
     * ({@code ssh PREFIX/LEN NAMEIF}, {@code ipv6 icmp ...}) were not confirmed against the vendor's command reference,
     * so an IPv6 rule to such a device is reported (ZC0509) rather than written in a form the device might refuse.
     */
    public static boolean managementFamilies(Capabilities.OwnTraffic kind, IpFamily family) {
        return kind != Capabilities.OwnTraffic.MANAGEMENT_LINES || family == IpFamily.V4;
    }

    /** A flow's crossings split into the devices that forward it and the zones its target device accepts it from. */
    public record Split(List<Crossing> forwarded, SortedSet<String> accepted) {}

    public static Split split(Flow flow, SortedSet<Crossing> crossings) {
        if (flow.device().isEmpty()) {
            return new Split(List.copyOf(crossings), new TreeSet<>());
        }
        String target = flow.device().get();
        List<Crossing> forwarded = new ArrayList<>();
        SortedSet<String> accepted = new TreeSet<>();
        for (Crossing c : crossings) {
            if (c.device().equals(target)) {
                accepted.add(c.inZone());
            } else {
                forwarded.add(c);
            }
        }
        if (accepted.isEmpty()) {
            accepted.add(flow.destinationZone());
        }
        return new Split(forwarded, accepted);
    }
}
