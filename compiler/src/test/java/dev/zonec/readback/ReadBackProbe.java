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

/**
 * A read-back of one hand-written config, and what it does with single packets (first match per stage, every
 * applying stage must permit), for the read-backs' unit tests.
 */
public final class ReadBackProbe {
    private final PacketSpace space = new PacketSpace();
    private final PacketFilter filter;
    private final Diagnostics diagnostics = new Diagnostics();

    private ReadBackProbe(ReadBack reader, String file, String text) {
        this.filter = reader.read("dev1", List.of(new SourceFile(file, text)), diagnostics);
    }

    public static ReadBackProbe read(ReadBack reader, String file, String text) {
        return new ReadBackProbe(reader, file, text);
    }

    public PacketFilter filter() {
        return filter;
    }

    /** Is the device proven readable: no ZC0803 (nor any other error)? */
    public boolean provable() {
        return !diagnostics.hasErrors();
    }

    /** The lines of the diagnostics with this code, in order. */
    public List<Integer> lines(Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code)
                .map(d -> d.primary().map(s -> s.line()).orElse(0)).toList();
    }

    /** Every diagnostic the read-back reported, in order. */
    public List<Diagnostic> all() {
        return diagnostics.sorted();
    }

    public List<String> messages(Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code).map(Diagnostic::message).toList();
    }

    public boolean forwards(String in, String out, Packet p) {
        int one = space.packet(p);
        try {
            for (FilterStage stage : filter.stages()) {
                if (!stage.appliesTo(in, out)) {
                    continue;
                }
                FilterRule.Action verdict = stage.defaultAction();
                for (FilterRule rule : stage.rules()) {
                    boolean applies = (rule.inInterfaces().isEmpty() || rule.inInterfaces().contains(in))
                            && (rule.outInterfaces().isEmpty() || rule.outInterfaces().contains(out));
                    int m = space.filterMatch(rule.match());
                    int hit = space.and(m, one);
                    boolean matches = applies && !space.isEmpty(hit);
                    space.release(hit);
                    space.release(m);
                    if (matches) {
                        verdict = rule.action();
                        break;
                    }
                }
                if (verdict == FilterRule.Action.DENY) {
                    return false;
                }
            }
            return true;
        } finally {
            space.release(one);
        }
    }

    public static Packet tcp(String src, String dst, int port) {
        return tcp(src, 49152, dst, port, false);
    }

    public static Packet tcp(String src, int sourcePort, String dst, int port, boolean established) {
        return new Packet(family(src), 6, ip(src), ip(dst), sourcePort, port, 0, 0, established);
    }

    public static Packet udp(String src, int sourcePort, String dst, int port) {
        return new Packet(family(src), 17, ip(src), ip(dst), sourcePort, port, 0, 0, false);
    }

    public static Packet icmp(String src, String dst, int type, int code) {
        IpFamily f = family(src);
        return new Packet(f, f == IpFamily.V4 ? 1 : 58, ip(src), ip(dst), 0, 0, type, code, false);
    }

    public static Packet proto(int protocol, String src, String dst) {
        return new Packet(family(src), protocol, ip(src), ip(dst), 0, 0, 0, 0, false);
    }

    private static IpFamily family(String a) {
        return a.contains(":") ? IpFamily.V6 : IpFamily.V4;
    }

    private static IPAddress ip(String a) {
        return new IPAddressString(a).getAddress();
    }
}
