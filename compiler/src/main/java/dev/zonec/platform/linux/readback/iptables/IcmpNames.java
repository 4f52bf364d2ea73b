package dev.zonec.platform.linux.readback.iptables;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * ICMP and ICMPv6 type names as iptables reads them ({@code libxt_icmp.h}, iptables 1.8): a name matches when the
 * text is a prefix of it, ignoring case, and only one name has that prefix; a name stands for a type and a code
 * range (0-255 = any code). Numbers are {@code type} or {@code type/code}.
 */
final class IcmpNames {
    /** A type and its codes; {@code codeMin == 0 && codeMax == 255} is any code. */
    record TypeCode(int type, int codeMin, int codeMax) {
        OptionalInt code() {
            return codeMin == 0 && codeMax == 255 ? OptionalInt.empty() : OptionalInt.of(codeMin);
        }
    }

    private record Name(String name, int type, int codeMin, int codeMax) {}

    private static final List<Name> ICMP = List.of(
            new Name("any", 0xFF, 0, 0xFF),
            new Name("echo-reply", 0, 0, 0xFF), new Name("pong", 0, 0, 0xFF),
            new Name("destination-unreachable", 3, 0, 0xFF), new Name("network-unreachable", 3, 0, 0),
            new Name("host-unreachable", 3, 1, 1), new Name("protocol-unreachable", 3, 2, 2),
            new Name("port-unreachable", 3, 3, 3), new Name("fragmentation-needed", 3, 4, 4),
            new Name("source-route-failed", 3, 5, 5), new Name("network-unknown", 3, 6, 6),
            new Name("host-unknown", 3, 7, 7), new Name("network-prohibited", 3, 9, 9),
            new Name("host-prohibited", 3, 10, 10), new Name("TOS-network-unreachable", 3, 11, 11),
            new Name("TOS-host-unreachable", 3, 12, 12), new Name("communication-prohibited", 3, 13, 13),
            new Name("host-precedence-violation", 3, 14, 14), new Name("precedence-cutoff", 3, 15, 15),
            new Name("source-quench", 4, 0, 0xFF),
            new Name("redirect", 5, 0, 0xFF), new Name("network-redirect", 5, 0, 0), new Name("host-redirect", 5, 1, 1),
            new Name("TOS-network-redirect", 5, 2, 2), new Name("TOS-host-redirect", 5, 3, 3),
            new Name("echo-request", 8, 0, 0xFF), new Name("ping", 8, 0, 0xFF),
            new Name("router-advertisement", 9, 0, 0xFF), new Name("router-solicitation", 10, 0, 0xFF),
            new Name("time-exceeded", 11, 0, 0xFF), new Name("ttl-exceeded", 11, 0, 0xFF),
            new Name("ttl-zero-during-transit", 11, 0, 0), new Name("ttl-zero-during-reassembly", 11, 1, 1),
            new Name("parameter-problem", 12, 0, 0xFF), new Name("ip-header-bad", 12, 0, 0),
            new Name("required-option-missing", 12, 1, 1),
            new Name("timestamp-request", 13, 0, 0xFF), new Name("timestamp-reply", 14, 0, 0xFF),
            new Name("address-mask-request", 17, 0, 0xFF), new Name("address-mask-reply", 18, 0, 0xFF));

    private static final List<Name> ICMP6 = List.of(
            new Name("destination-unreachable", 1, 0, 0xFF), new Name("no-route", 1, 0, 0),
            new Name("communication-prohibited", 1, 1, 1), new Name("beyond-scope", 1, 2, 2),
            new Name("address-unreachable", 1, 3, 3), new Name("port-unreachable", 1, 4, 4),
            new Name("failed-policy", 1, 5, 5), new Name("reject-route", 1, 6, 6),
            new Name("packet-too-big", 2, 0, 0xFF),
            new Name("time-exceeded", 3, 0, 0xFF), new Name("ttl-exceeded", 3, 0, 0xFF),
            new Name("ttl-zero-during-transit", 3, 0, 0), new Name("ttl-zero-during-reassembly", 3, 1, 1),
            new Name("parameter-problem", 4, 0, 0xFF), new Name("bad-header", 4, 0, 0),
            new Name("unknown-header-type", 4, 1, 1), new Name("unknown-option", 4, 2, 2),
            new Name("echo-request", 128, 0, 0xFF), new Name("ping", 128, 0, 0xFF),
            new Name("echo-reply", 129, 0, 0xFF), new Name("pong", 129, 0, 0xFF),
            new Name("mld-listener-query", 130, 0, 0xFF), new Name("mld-listener-report", 131, 0, 0xFF),
            new Name("mld-listener-done", 132, 0, 0xFF), new Name("mld-listener-reduction", 132, 0, 0xFF),
            new Name("router-solicitation", 133, 0, 0xFF), new Name("router-advertisement", 134, 0, 0xFF),
            new Name("neighbour-solicitation", 135, 0, 0xFF), new Name("neighbor-solicitation", 135, 0, 0xFF),
            new Name("neighbour-advertisement", 136, 0, 0xFF), new Name("neighbor-advertisement", 136, 0, 0xFF),
            new Name("redirect", 137, 0, 0xFF));

    private IcmpNames() {}

    /** {@code --icmp-type} (v4) or {@code --icmpv6-type} (v6); empty when iptables would refuse the text. */
    static Optional<TypeCode> parse(String text, boolean v6) {
        List<Name> names = v6 ? ICMP6 : ICMP;
        String lower = text.toLowerCase(Locale.ROOT);
        List<Name> hits = names.stream().filter(n -> n.name().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (!hits.isEmpty()) {
            // several prefixes of one name are aliases only if they agree; iptables refuses an ambiguous prefix
            return hits.size() == 1 ? Optional.of(typeCode(hits.get(0))) : Optional.empty();
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        OptionalInt type = number(parts[0]);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new TypeCode(type.getAsInt(), 0, 0xFF));
        }
        String[] codes = parts[1].split(":", -1);
        OptionalInt low = number(codes[0]);
        OptionalInt high = codes.length == 2 ? number(codes[1]) : low;
        if (codes.length > 2 || low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TypeCode(type.getAsInt(), low.getAsInt(), high.getAsInt()));
    }

    private static TypeCode typeCode(Name n) {
        return new TypeCode(n.type(), n.codeMin(), n.codeMax());
    }

    private static OptionalInt number(String text) {
        if (!text.matches("[0-9]{1,3}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value <= 255 ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
