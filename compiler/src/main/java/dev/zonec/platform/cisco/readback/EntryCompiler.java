package dev.zonec.platform.cisco.readback;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Turns one ACL entry, as written, into the packets it matches. Exact about what widens and narrows: {@code gt}
 * and {@code lt} exclude the port itself, {@code neq} is every other port, {@code established} is a TCP segment
 * with ACK or RST set, {@code log} changes nothing. Whatever else narrows an entry (DSCP, TTL, TCP flags,
 * fragments, time ranges, ...) cannot be expressed in the packet model, so the entry makes the device unprovable.
 */
final class EntryCompiler {

    private final Dialect dialect;
    private final NetworkGroups groups;
    private final Problems problems;

    EntryCompiler(Dialect dialect, NetworkGroups groups, Problems problems) {
        this.dialect = dialect;
        this.groups = groups;
        this.problems = problems;
    }

    /**
     * The entry's match in an ACL of the given IP version: empty when it matches no packet at all (an empty group,
     * {@code lt 0}) or cannot be read back (then reported).
     */
    Optional<FilterMatch> compile(AclEntry entry, IpFamily family) {
        FilterMatch match = FilterMatch.any().withFamily(family);
        OptionalInt protocol = OptionalInt.empty();
        if (entry.protocol().isPresent()) {
            Optional<OptionalInt> p = protocol(entry.protocol().get(), family, entry);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            protocol = p.get();
            if (protocol.isPresent()) {
                match = match.withProtocols(List.of(protocol.getAsInt()));
            }
        }
        Optional<Addresses.Resolved> src = Addresses.resolve(entry.source(), family, groups, entry.line(), problems);
        Optional<Addresses.Resolved> dst = Addresses.resolve(entry.destination(), family, groups, entry.line(), problems);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        if (src.get().none() || dst.get().none()) {
            return Optional.empty();
        }
        if (!src.get().any()) {
            match = match.withSources(src.get().blocks());
        }
        if (!dst.get().any()) {
            match = match.withDestinations(dst.get().blocks());
        }
        for (int side = 0; side < 2; side++) {
            Optional<PortMatch> ports = side == 0 ? entry.sourcePorts() : entry.destinationPorts();
            if (ports.isEmpty()) {
                continue;
            }
            int number = protocol.orElse(-1);
            if (number != CiscoNames.TCP && number != CiscoNames.UDP && number != CiscoNames.SCTP) {
                problems.unprovable(entry.line(), "ports are given for protocol `" + entry.protocol().orElse("ip")
                        + "`, which has none");
                return Optional.empty();
            }
            Optional<List<PortRange>> ranges = ports(ports.get(), number, entry);
            if (ranges.isEmpty()) {
                return Optional.empty();
            }
            if (ranges.get().isEmpty()) {
                return Optional.empty();
            }
            match = side == 0 ? match.withSourcePorts(ranges.get()) : match.withDestinationPorts(ranges.get());
        }
        return options(entry, family, protocol, match);
    }

    /** The protocol number, empty for every protocol ({@code ip}, {@code ipv6}); empty outside when unknown. */
    private Optional<OptionalInt> protocol(String word, IpFamily family, AclEntry entry) {
        String name = word.toLowerCase(Locale.ROOT);
        if (name.equals(family == IpFamily.V4 ? "ip" : "ipv6")) {
            return Optional.of(OptionalInt.empty());
        }
        Integer known = dialect.protocols(family).get(name);
        if (known != null) {
            return Optional.of(OptionalInt.of(known));
        }
        OptionalInt number = number(name, 255);
        if (number.isPresent()) {
            return Optional.of(number);
        }
        problems.unprovable(entry.line(), "protocol `" + word + "` is not one " + dialect.platform() + " accepts in an "
                + (family == IpFamily.V4 ? "IPv4" : "IPv6") + " ACL, as far as the read-back knows");
        return Optional.empty();
    }

    /** The ports an operator matches; an empty list when it matches none ({@code lt 0}, {@code gt 65535}). */
    private Optional<List<PortRange>> ports(PortMatch m, int protocol, AclEntry entry) {
        List<Integer> values = new ArrayList<>();
        for (String v : m.values()) {
            Map<String, Integer> names = protocol == CiscoNames.TCP ? CiscoNames.TCP_PORTS
                    : protocol == CiscoNames.UDP ? CiscoNames.UDP_PORTS : Map.of();
            Integer named = names.get(v.toLowerCase(Locale.ROOT));
            OptionalInt port = named != null ? OptionalInt.of(named) : number(v, 65535);
            if (port.isEmpty()) {
                problems.unprovable(entry.line(), "`" + v + "` after `" + m.operator() + "` is not a port the read-back "
                        + "knows (a number 0-65535 or a Cisco port name)");
                return Optional.empty();
            }
            values.add(port.getAsInt());
        }
        String op = m.operator().toLowerCase(Locale.ROOT);
        switch (op) {
            case "eq":
                return Optional.of(values.stream().distinct().sorted().map(PortRange::single).toList());
            case "neq":
                return Optional.of(complement(new TreeSet<>(values)));
            case "lt":
                return Optional.of(values.get(0) == 0 ? List.of() : List.of(new PortRange(0, values.get(0) - 1)));
            case "gt":
                return Optional.of(values.get(0) == 65535 ? List.of() : List.of(new PortRange(values.get(0) + 1, 65535)));
            case "range":
                if (values.get(0) > values.get(1)) {
                    problems.unprovable(entry.line(), "port range " + values.get(0) + " " + values.get(1) + " is reversed");
                    return Optional.empty();
                }
                return Optional.of(List.of(new PortRange(values.get(0), values.get(1))));
            default:
                throw new IllegalArgumentException("port operator " + op);
        }
    }

    private static List<PortRange> complement(TreeSet<Integer> excluded) {
        List<PortRange> ranges = new ArrayList<>();
        int next = 0;
        for (int port : excluded) {
            if (port > next) {
                ranges.add(new PortRange(next, port - 1));
            }
            next = port + 1;
        }
        if (next <= 65535) {
            ranges.add(new PortRange(next, 65535));
        }
        return ranges;
    }

    /** {@code established}, {@code log}, the ICMP type and code or name; anything else is not read back. */
    private Optional<FilterMatch> options(AclEntry entry, IpFamily family, OptionalInt protocol, FilterMatch match) {
        int number = protocol.orElse(-1);
        boolean icmp = family == IpFamily.V4 ? number == CiscoNames.ICMP : number == CiscoNames.ICMPV6;
        boolean icmpGiven = false;
        List<String> options = entry.options();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i).toLowerCase(Locale.ROOT);
            if (o.equals("log") || o.equals("log-input")) {
                continue;
            }
            if (o.equals("established") && number == CiscoNames.TCP) {
                match = match.withEstablished(true);
                continue;
            }
            if (icmp && !icmpGiven) {
                icmpGiven = true;
                OptionalInt type = number(o, 255);
                if (type.isPresent()) {
                    OptionalInt code = i + 1 < options.size() ? number(options.get(i + 1), 255) : OptionalInt.empty();
                    if (code.isPresent()) {
                        i++;
                    }
                    match = match.withIcmp(type, code);
                    continue;
                }
                IcmpType named = dialect.icmpNames(family).get(o);
                if (named != null) {
                    match = match.withIcmp(OptionalInt.of(named.type()), named.code());
                    continue;
                }
                problems.unprovable(entry.line(), "ICMP message `" + options.get(i) + "` is not one the read-back knows "
                        + "for " + dialect.platform() + " (numbers always are)");
                return Optional.empty();
            }
            problems.unprovable(entry.line(), "`" + options.get(i) + "` is not read back: it changes which packets the "
                    + "entry matches in a way zonec's packet model does not express");
            return Optional.empty();
        }
        return Optional.of(match);
    }

    private static OptionalInt number(String text, int max) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value <= max ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
