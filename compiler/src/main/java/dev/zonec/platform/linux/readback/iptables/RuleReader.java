package dev.zonec.platform.linux.readback.iptables;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.NotModelled;
import dev.zonec.readback.Matches;
import dev.zonec.readback.ReadValues;
import dev.zonec.platform.linux.readback.Netfilter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the options of one {@code -A}/{@code -I} line into an {@link IptRule}, exactly or not at all: every option
 * narrows the rule's guards (negations become complements within the file's IP version), and anything that cannot be
 * an exact packet set throws {@link NotModelled}.
 */
final class RuleReader {
    /** Protocol names iptables resolves itself or finds in every distribution's /etc/protocols. */
    private static final Map<String, Integer> PROTOCOLS = Map.ofEntries(Map.entry("tcp", 6), Map.entry("udp", 17),
            Map.entry("udplite", 136), Map.entry("icmp", 1), Map.entry("icmpv6", 58), Map.entry("ipv6-icmp", 58),
            Map.entry("esp", 50), Map.entry("ah", 51), Map.entry("sctp", 132), Map.entry("gre", 47),
            Map.entry("mh", 135), Map.entry("ipv6-mh", 135), Map.entry("ospf", 89), Map.entry("vrrp", 112));
    /** Matches the reader models (with their options in the grammar); any other module cannot be proven. */
    private static final Set<String> MODULES = Set.of("tcp", "udp", "multiport", "iprange", "icmp", "icmp6",
            "conntrack", "state", "comment", "limit");
    /** Protocols whose header has the ports --dport and multiport look at (tcp, udp, sctp). */
    private static final Set<Integer> PORTED = Set.of(6, 17, 132);
    private static final int MULTIPORT_SLOTS = 15;

    private final IpFamily family;

    RuleReader(IpFamily family) {
        this.family = family;
    }

    /** The rule, or empty when the line is for the other IP version ({@code -4} in an ip6tables file). */
    Optional<IptRule> read(IptablesLineParser.RuleLineContext ctx, Set<String> chains, LineParsing.Line line) {
        if (ctx.family != null && (ctx.family.getType() == IptablesLineParser.IPV4) != (family == IpFamily.V4)) {
            return Optional.empty();
        }
        List<Guard> guards = List.of(Guard.any(family));
        List<Guard> exceptions = new ArrayList<>();
        Optional<Integer> protocol = Optional.empty();
        boolean limited = false;
        IptRule.Kind kind = IptRule.Kind.CONTINUE;
        String target = "";
        for (IptablesLineParser.OptionContext option : ctx.option()) {
            if (option instanceof IptablesLineParser.FamilyOptionContext f) {
                if ((f.IPV4() != null) != (family == IpFamily.V4)) {
                    return Optional.empty();
                }
            } else if (option instanceof IptablesLineParser.AddressOptionContext a) {
                List<AddressBlock> blocks = addresses(a.address.getText());
                if (a.BANG() != null) {
                    if (blocks.size() != 1) {
                        throw new NotModelled("iptables refuses `!` with several addresses");
                    }
                    blocks = nonEmpty(Matches.complement(blocks, family), "`! " + a.address.getText() + "`");
                }
                FilterMatch m = a.SOURCE() != null ? FilterMatch.any().withSources(blocks)
                        : FilterMatch.any().withDestinations(blocks);
                guards = and(guards, m);
            } else if (option instanceof IptablesLineParser.InterfaceOptionContext i) {
                if (i.BANG() != null) {
                    exceptions.add(iface(i));
                } else {
                    guards = and(guards, iface(i));
                }
            } else if (option instanceof IptablesLineParser.ProtocolOptionContext p) {
                List<Integer> numbers = protocol(p.protocol.getText());
                if (p.BANG() != null && numbers.isEmpty()) {
                    throw new NotModelled("`! -p " + p.protocol.getText() + "` matches nothing");
                }
                if (p.BANG() != null) {
                    numbers = Matches.complementProtocols(numbers);
                } else if (numbers.size() == 1) {
                    protocol = Optional.of(numbers.get(0));
                }
                if (!numbers.isEmpty()) {
                    guards = and(guards, FilterMatch.any().withProtocols(numbers));
                }
            } else if (option instanceof IptablesLineParser.MatchOptionContext m) {
                if (!MODULES.contains(m.module.getText())) {
                    throw new NotModelled("match `-m " + m.module.getText() + "` is not modelled by the read-back");
                }
            } else if (option instanceof IptablesLineParser.JumpOptionContext j) {
                target = j.target.getText();
                kind = kind(target, j.GOTO() != null, chains);
            } else if (option instanceof IptablesLineParser.FragmentOptionContext) {
                throw new NotModelled("`-f` (fragments) is not modelled by the read-back");
            } else if (option instanceof IptablesLineParser.PortOptionContext p) {
                requirePorted(protocol, p.DPORT() != null ? "--dport" : "--sport");
                List<PortRange> ports = List.of(portRange(p.ports.getText()));
                if (p.BANG() != null) {
                    ports = nonEmpty(Matches.complement(ports), "`! " + p.ports.getText() + "`");
                }
                guards = and(guards, p.DPORT() != null ? FilterMatch.any().withDestinationPorts(ports)
                        : FilterMatch.any().withSourcePorts(ports));
            } else if (option instanceof IptablesLineParser.MultiportOptionContext p) {
                requirePorted(protocol, "multiport");
                guards = multiport(guards, p);
            } else if (option instanceof IptablesLineParser.RangeOptionContext r) {
                List<AddressBlock> blocks = List.of(range(r.range.getText()));
                if (r.BANG() != null) {
                    blocks = nonEmpty(Matches.complement(blocks, family), "`! " + r.range.getText() + "`");
                }
                guards = and(guards, r.SRC_RANGE() != null ? FilterMatch.any().withSources(blocks)
                        : FilterMatch.any().withDestinations(blocks));
            } else if (option instanceof IptablesLineParser.IcmpTypeOptionContext t) {
                if (t.BANG() != null) {
                    exceptions.add(icmp(t, protocol));
                } else {
                    guards = and(guards, icmp(t, protocol));
                }
            } else if (option instanceof IptablesLineParser.StateOptionContext s) {
                Set<Netfilter.State> states = states(s.states.getText());
                if (s.BANG() != null) {
                    states = Netfilter.complement(states);
                }
                guards = andStates(guards, states);
            } else if (option instanceof IptablesLineParser.LimitOptionContext) {
                limited = true;
            } else if (option instanceof IptablesLineParser.SynOptionContext
                    || option instanceof IptablesLineParser.TcpFlagsOptionContext) {
                throw new NotModelled("TCP flag matches (`--syn`, `--tcp-flags`) are not modelled by the read-back");
            }
            // comments, log and reject options change no verdict
        }
        if (limited && kind != IptRule.Kind.CONTINUE) {
            throw new NotModelled("a rate-limited `-j " + target + "` applies to only some of its packets");
        }
        return Optional.of(new IptRule(guards, exceptions, kind, target, line));
    }

    /** A chain of the table (declared before use, as iptables-restore requires) or a target the reader models. */
    private static IptRule.Kind kind(String target, boolean goTo, Set<String> chains) {
        if (chains.contains(target)) {
            return goTo ? IptRule.Kind.GOTO : IptRule.Kind.JUMP;
        }
        if (goTo) {
            throw new NotModelled("`-g " + target + "` names no chain of the table");
        }
        return switch (target) {
            case "ACCEPT" -> IptRule.Kind.ACCEPT;
            case "DROP", "REJECT" -> IptRule.Kind.DROP;
            case "RETURN" -> IptRule.Kind.RETURN;
            case "LOG", "NFLOG" -> IptRule.Kind.CONTINUE;
            default -> throw new NotModelled("target `-j " + target + "` is neither a chain of the table nor a "
                    + "target the read-back models");
        };
    }

    private List<AddressBlock> addresses(String text) {
        List<AddressBlock> blocks = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            blocks.add(address(part));
        }
        return blocks;
    }

    /** {@code 10.1.1.11}, {@code 10.1.0.0/16}, {@code 10.1.0.0/255.255.0.0}; host bits under the mask are ignored. */
    private AddressBlock address(String text) {
        int slash = text.indexOf('/');
        Optional<AddressBlock> block;
        if (slash > 0 && text.substring(slash + 1).matches(".*[.:].*")) {
            block = ReadValues.addressWithMask(text.substring(0, slash), text.substring(slash + 1), false);
            if (block.isEmpty()) {
                throw new NotModelled("`" + text + "` is not an address with a contiguous mask");
            }
        } else {
            block = ReadValues.address(text).filter(b -> b.form() != AddressBlock.Form.RANGE);
        }
        if (block.isEmpty() || block.get().family() != family) {
            throw new NotModelled("`" + text + "` is not an " + (family == IpFamily.V4 ? "IPv4" : "IPv6")
                    + " address or prefix (host names are resolved by the device, not here)");
        }
        return block.get();
    }

    private AddressBlock range(String text) {
        Optional<AddressBlock> block = ReadValues.address(text).filter(b -> text.indexOf('/') < 0);
        if (block.isEmpty() || block.get().family() != family) {
            throw new NotModelled("`" + text + "` is not an " + (family == IpFamily.V4 ? "IPv4" : "IPv6") + " range");
        }
        return block.get();
    }

    /** The interface an {@code -i}/{@code -o} names (negated: the exception a rule makes for it). */
    private static Guard iface(IptablesLineParser.InterfaceOptionContext i) {
        Optional<String> name = Netfilter.exactInterface(i.name.getText(), '+');
        if (name.isEmpty()) {
            throw new NotModelled("interface wildcard `" + i.name.getText() + "` matches interfaces the read-back "
                    + "cannot list");
        }
        return new Guard(i.IN_INTERFACE() != null ? name : Optional.empty(),
                i.OUT_INTERFACE() != null ? name : Optional.empty(), FilterMatch.any(), Netfilter.all());
    }

    /** The protocol numbers of {@code -p}; an empty list is every protocol ({@code all}, {@code 0}). */
    private static List<Integer> protocol(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("all") || lower.equals("0")) {
            return List.of();
        }
        if (PROTOCOLS.containsKey(lower)) {
            return List.of(PROTOCOLS.get(lower));
        }
        if (lower.matches("[0-9]{1,3}") && Integer.parseInt(lower) <= 255) {
            return List.of(Integer.parseInt(lower));
        }
        throw new NotModelled("protocol `" + text + "` is not known to the read-back");
    }

    private static void requirePorted(Optional<Integer> protocol, String what) {
        if (protocol.isEmpty() || !PORTED.contains(protocol.get())) {
            throw new NotModelled("`" + what + "` needs `-p tcp`, `-p udp` or `-p sctp` (iptables-restore "
                    + "refuses it otherwise)");
        }
    }

    /** {@code 502}, {@code 20000:20010}, {@code :1023}, {@code 1024:}; names depend on the device's /etc/services. */
    private static PortRange portRange(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length > 2) {
            throw new NotModelled("`" + text + "` is not a port or port range");
        }
        int first = parts[0].isEmpty() && parts.length == 2 ? 0 : port(parts[0]);
        int last = parts.length == 1 ? first : parts[1].isEmpty() ? 65535 : port(parts[1]);
        if (first > last) {
            throw new NotModelled("`" + text + "` is a port range from high to low, which iptables refuses");
        }
        return new PortRange(first, last);
    }

    private static int port(String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) > 65535) {
            throw new NotModelled("`" + text + "` is not a port number (service names depend on the device's "
                    + "/etc/services)");
        }
        return Integer.parseInt(text);
    }

    /** {@code --dports a,b:c}: at most 15 slots, a range taking two (iptables-extensions(8)). */
    private List<Guard> multiport(List<Guard> guards, IptablesLineParser.MultiportOptionContext p) {
        List<PortRange> ports = new ArrayList<>();
        int slots = 0;
        for (String part : p.ports.getText().split(",", -1)) {
            PortRange r = portRange(part);
            ports.add(r);
            slots += part.contains(":") ? 2 : 1;
        }
        if (slots > MULTIPORT_SLOTS) {
            throw new NotModelled("more than 15 multiport slots, which iptables refuses");
        }
        List<PortRange> outside = p.BANG() != null ? Matches.complement(ports) : ports;
        if (p.BANG() != null && outside.isEmpty()) {
            throw new NotModelled("`! " + p.ports.getText() + "` matches no port");
        }
        if (p.DPORTS() != null) {
            return and(guards, FilterMatch.any().withDestinationPorts(outside));
        }
        if (p.SPORTS() != null) {
            return and(guards, FilterMatch.any().withSourcePorts(outside));
        }
        if (p.BANG() != null) {
            // neither port in the list: both outside it
            return and(guards, FilterMatch.any().withSourcePorts(outside).withDestinationPorts(outside));
        }
        // --ports: either port in the list, two guards of one rule
        List<Guard> either = new ArrayList<>(and(guards, FilterMatch.any().withSourcePorts(ports)));
        either.addAll(and(guards, FilterMatch.any().withDestinationPorts(ports)));
        return either;
    }

    private Guard icmp(IptablesLineParser.IcmpTypeOptionContext t, Optional<Integer> protocol) {
        boolean v6 = t.ICMPV6_TYPE() != null;
        int expected = v6 ? 58 : 1;
        if (v6 != (family == IpFamily.V6) || protocol.isEmpty() || protocol.get() != expected) {
            throw new NotModelled("`" + (v6 ? "--icmpv6-type" : "--icmp-type") + "` needs `-p "
                    + (v6 ? "ipv6-icmp` in an ip6tables" : "icmp` in an iptables") + " file");
        }
        Optional<IcmpNames.TypeCode> parsed = IcmpNames.parse(t.type.getText(), v6);
        if (parsed.isEmpty()) {
            throw new NotModelled("ICMP type `" + t.type.getText() + "` is unknown or ambiguous to iptables");
        }
        IcmpNames.TypeCode tc = parsed.get();
        if (!v6 && tc.type() == 0xFF) {
            // the kernel's icmp match treats type 255 as "every type" (icmp_type_code_match)
            return Guard.any(family);
        }
        if (tc.codeMin() > tc.codeMax() || tc.code().isPresent() && tc.codeMin() != tc.codeMax()) {
            throw new NotModelled("an ICMP code range is not modelled by the read-back");
        }
        OptionalInt code = tc.code();
        return Guard.any(family).withMatch(FilterMatch.any().withFamily(family).withProtocols(List.of(expected))
                .withIcmp(OptionalInt.of(tc.type()), code));
    }

    private static Set<Netfilter.State> states(String text) {
        Set<Netfilter.State> states = EnumSet.noneOf(Netfilter.State.class);
        for (String part : text.split(",", -1)) {
            Optional<Netfilter.State> state = Netfilter.State.parse(part);
            if (state.isEmpty()) {
                throw new NotModelled("conntrack state `" + part + "` is not modelled by the read-back");
            }
            states.add(state.get());
        }
        return states;
    }

    private static <T> List<T> nonEmpty(List<T> values, String what) {
        if (values.isEmpty()) {
            throw new NotModelled(what + " matches nothing");
        }
        return values;
    }

    private static List<Guard> and(List<Guard> guards, FilterMatch m) {
        return and(guards, new Guard(Optional.empty(), Optional.empty(), m, Netfilter.all()));
    }

    private static List<Guard> and(List<Guard> guards, Guard g) {
        List<Guard> result = new ArrayList<>();
        for (Guard x : guards) {
            x.and(g).ifPresent(result::add);
        }
        return result;
    }

    private static List<Guard> andStates(List<Guard> guards, Set<Netfilter.State> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        return and(guards, new Guard(Optional.empty(), Optional.empty(), FilterMatch.any(), states));
    }
}
