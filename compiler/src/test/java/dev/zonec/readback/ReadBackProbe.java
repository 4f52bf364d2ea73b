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
import inet.ipaddr.IPAddressString;
import java.util.List;

/**
 * Reads a hand-written config with one read-back and asks it about single packets, with the same first-match
 * semantics the verifier folds into BDDs: every stage that applies to the interface pair must permit.
 */
public final class ReadBackProbe {
    private final PacketSpace space = new PacketSpace();
    public final PacketFilter filter;
    public final Diagnostics diagnostics = new Diagnostics();

    public ReadBackProbe(ReadBack reader, String text) {
        this.filter = reader.read("dev", List.of(new SourceFile("dev.conf", text)), diagnostics);
    }

    public boolean forwards(String in, String out, Packet p) {
        for (FilterStage stage : filter.stages()) {
            if (stage.appliesTo(in, out) && verdict(stage, in, out, p) == FilterRule.Action.DENY) {
                return false;
            }
        }
        return true;
    }

    private FilterRule.Action verdict(FilterStage stage, String in, String out, Packet p) {
        int one = space.packet(p);
        for (FilterRule r : stage.rules()) {
            boolean applies = (r.inInterfaces().isEmpty() || r.inInterfaces().contains(in))
                    && (r.outInterfaces().isEmpty() || r.outInterfaces().contains(out));
            int hit = space.and(space.filterMatch(r.match()), one);
            if (applies && !space.isEmpty(hit)) {
                return r.action();
            }
        }
        return stage.defaultAction();
    }

    /** The lines reported with a code, in order. */
    public List<Integer> lines(Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code)
                .map(d -> d.primary().map(s -> s.line()).orElse(0)).toList();
    }

    public List<Diagnostic> all() {
        return diagnostics.sorted();
    }

    public static Packet tcp(String src, String dst, int sport, int dport) {
        return packet(6, src, dst, sport, dport, 0, 0, false);
    }

    public static Packet tcpEstablished(String src, String dst, int sport, int dport) {
        return packet(6, src, dst, sport, dport, 0, 0, true);
    }

    public static Packet udp(String src, String dst, int sport, int dport) {
        return packet(17, src, dst, sport, dport, 0, 0, false);
    }

    public static Packet icmp(String src, String dst, int type, int code) {
        return packet(src.contains(":") ? 58 : 1, src, dst, 0, 0, type, code, false);
    }

    public static Packet packet(int protocol, String src, String dst, int sport, int dport, int type, int code,
                                boolean established) {
        IpFamily family = src.contains(":") ? IpFamily.V6 : IpFamily.V4;
        return new Packet(family, protocol, new IPAddressString(src).getAddress(), new IPAddressString(dst).getAddress(),
                sport, dport, type, code, established);
    }
}
