package dev.zonec.readback;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;

/** Reads a hand-written config with a read-back and asks what it does with single packets. */
public final class Probe {
    private final PacketSpace space = new PacketSpace();
    public final Diagnostics diagnostics = new Diagnostics();
    public final PacketFilter filter;

    public Probe(ReadBack reader, String text) {
        this.filter = reader.read("fw", List.of(new SourceFile("fw.cfg", text)), diagnostics);
    }

    /** Whether the filter forwards the packet from one interface to another (every applying stage permits). */
    public boolean forwards(String in, String out, Packet packet) {
        int one = space.packet(packet);
        try {
            for (FilterStage stage : filter.stages()) {
                if (stage.appliesTo(in, out) && verdict(stage, in, out, one) != FilterRule.Action.PERMIT) {
                    return false;
                }
            }
            return true;
        } finally {
            space.release(one);
        }
    }

    private FilterRule.Action verdict(FilterStage stage, String in, String out, int one) {
        for (FilterRule rule : stage.rules()) {
            if ((rule.inInterfaces().isEmpty() || rule.inInterfaces().contains(in))
                    && (rule.outInterfaces().isEmpty() || rule.outInterfaces().contains(out))) {
                int m = space.filterMatch(rule.match());
                int hit = space.and(m, one);
                boolean matches = !space.isEmpty(hit);
                space.release(hit);
                space.release(m);
                if (matches) {
                    return rule.action();
                }
            }
        }
        return stage.defaultAction();
    }

    public long count(Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code).count();
    }

    /** The lines the diagnostics of a code point at. */
    public List<Integer> lines(Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code)
                .map(d -> d.primary().map(s -> s.line()).orElse(0)).toList();
    }

    public String messages() {
        return String.join("\n", diagnostics.sorted().stream().map(Diagnostic::message).toList());
    }

    public static Packet tcp(String src, String dst, int dport) {
        return new Packet(family(src), 6, ip(src), ip(dst), 49152, dport, 0, 0, false);
    }

    public static Packet tcpFrom(String src, String dst, int sport, int dport) {
        return new Packet(family(src), 6, ip(src), ip(dst), sport, dport, 0, 0, false);
    }

    public static Packet udp(String src, String dst, int dport) {
        return new Packet(family(src), 17, ip(src), ip(dst), 49152, dport, 0, 0, false);
    }

    public static Packet udpFrom(String src, String dst, int sport, int dport) {
        return new Packet(family(src), 17, ip(src), ip(dst), sport, dport, 0, 0, false);
    }

    public static Packet icmp(String src, String dst, int type, int code) {
        IpFamily f = family(src);
        return new Packet(f, f == IpFamily.V4 ? 1 : 58, ip(src), ip(dst), 0, 0, type, code, false);
    }

    public static Packet proto(String src, String dst, int protocol) {
        return new Packet(family(src), protocol, ip(src), ip(dst), 0, 0, 0, 0, false);
    }

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }

    private static IpFamily family(String text) {
        return text.contains(":") ? IpFamily.V6 : IpFamily.V4;
    }
}
