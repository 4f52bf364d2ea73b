package dev.zonec.readback;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.packet.Packet;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;

/**
 * Test helper: what a read-back filter does with one concrete packet, computed by plain comparisons (not the BDDs
 * the verifier uses), so reader tests state expectations packet by packet.
 */
public final class Verdicts {

    private Verdicts() {}

    /** Does the filter forward the packet from interface {@code in} to interface {@code out}? */
    public static boolean forwards(PacketFilter filter, String in, String out, Packet p) {
        for (FilterStage stage : filter.stages()) {
            if (stage.appliesTo(in, out) && !permits(stage, in, out, p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean permits(FilterStage stage, String in, String out, Packet p) {
        for (FilterRule r : stage.rules()) {
            if ((r.inInterfaces().isEmpty() || r.inInterfaces().contains(in))
                    && (r.outInterfaces().isEmpty() || r.outInterfaces().contains(out)) && matches(r.match(), p)) {
                return r.action() == FilterRule.Action.PERMIT;
            }
        }
        return stage.defaultAction() == FilterRule.Action.PERMIT;
    }

    static boolean matches(FilterMatch m, Packet p) {
        return m.family().map(f -> f == p.family()).orElse(true)
                && within(m.sources(), p.source()) && within(m.destinations(), p.destination())
                && (m.protocols().isEmpty() || m.protocols().contains(p.protocol()))
                && ports(m.sourcePorts(), p.sourcePort()) && ports(m.destinationPorts(), p.destinationPort())
                && (m.icmpType().isEmpty() || m.icmpType().getAsInt() == p.icmpType())
                && (m.icmpCode().isEmpty() || m.icmpCode().getAsInt() == p.icmpCode())
                && m.established().map(e -> e == p.established()).orElse(true);
    }

    private static boolean within(List<AddressBlock> blocks, IPAddress a) {
        return blocks.isEmpty() || blocks.stream().anyMatch(b -> b.contains(AddressBlock.of(a)));
    }

    private static boolean ports(List<PortRange> ranges, int port) {
        return ranges.isEmpty() || ranges.stream().anyMatch(r -> port >= r.first() && port <= r.last());
    }

    public static Packet tcp(String src, String dst, int port) {
        return l4(6, src, dst, port);
    }

    public static Packet tcp(String src, String dst, int sourcePort, int port) {
        Packet p = l4(6, src, dst, port);
        return new Packet(p.family(), 6, p.source(), p.destination(), sourcePort, port, 0, 0, false);
    }

    public static Packet udp(String src, String dst, int port) {
        return l4(17, src, dst, port);
    }

    public static Packet icmp(String src, String dst, int type, int code) {
        IPAddress s = address(src);
        return new Packet(family(s), family(s) == IpFamily.V6 ? 58 : 1, s, address(dst), 0, 0, type, code, false);
    }

    public static Packet proto(int protocol, String src, String dst) {
        IPAddress s = address(src);
        return new Packet(family(s), protocol, s, address(dst), 0, 0, 0, 0, false);
    }

    /** The packet as part of an established connection (a reply, in the packet space's terms). */
    public static Packet established(Packet p) {
        return new Packet(p.family(), p.protocol(), p.source(), p.destination(), p.sourcePort(), p.destinationPort(),
                p.icmpType(), p.icmpCode(), true);
    }

    private static Packet l4(int protocol, String src, String dst, int port) {
        IPAddress s = address(src);
        return new Packet(family(s), protocol, s, address(dst), 49152, port, 0, 0, false);
    }

    private static IPAddress address(String text) {
        return new IPAddressString(text).getAddress();
    }

    private static IpFamily family(IPAddress a) {
        return a.isIPv6() ? IpFamily.V6 : IpFamily.V4;
    }

    public static List<Diagnostic> withCode(Diagnostics diagnostics, Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code).toList();
    }

    /** The line numbers of the diagnostics with this code, for asserting where a reader reported. */
    public static List<Integer> lines(Diagnostics diagnostics, Code code) {
        return withCode(diagnostics, code).stream().map(d -> d.primary().map(s -> s.line()).orElse(0)).toList();
    }
}
