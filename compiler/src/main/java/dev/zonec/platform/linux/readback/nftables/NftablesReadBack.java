package dev.zonec.platform.linux.readback.nftables;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import dev.zonec.readback.ReadValues;
import dev.zonec.platform.linux.readback.Netfilter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads an nftables ruleset back: the sets, and every base chain on the forward hook as one stage (first match
 * wins, the chain policy by default); a base chain on the input hook is a local stage (what the host accepts for
 * itself), scoped the same way by {@code iifname != S accept}. {@code ct state established,related accept} makes the device stateful. A chain
 * whose first rule accepts what neither enters nor leaves through a set of interfaces
 * ({@code iifname != S oifname != S accept}, how zonec leaves the host's other traffic alone) judges only packets
 * that enter or leave through S: it is read as two stages with the same rules, one for packets entering through S
 * and one for packets leaving through S, so that a pair of interfaces outside S is not filtered by it.
 */
public final class NftablesReadBack implements ReadBack {
    private static final Map<String, Integer> PROTOCOLS = Map.of("tcp", 6, "udp", 17, "icmp", 1, "ipv6-icmp", 58, "icmpv6", 58);
    private static final Map<String, Integer> ICMP_NAMES = Map.of("echo-reply", 0, "echo-request", 8,
            "destination-unreachable", 3, "time-exceeded", 11);
    private static final Map<String, Integer> ICMP6_NAMES = Map.of("echo-request", 128, "echo-reply", 129,
            "destination-unreachable", 1, "nd-neighbor-solicit", 135, "nd-neighbor-advert", 136);


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        Reader reader = new Reader(device, diagnostics);
        for (SourceFile file : files) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                reader.line(new LineParsing.Line(file, i + 1, lines[i]));
            }
        }
        return new PacketFilter(device, reader.stateful, reader.stages, reader.local);
    }

    /** The context of one file: where in table, set or chain the next line is. */
    private static final class Reader {
        private final String device;
        private final Diagnostics diagnostics;
        private final Map<String, List<AddressBlock>> sets = new HashMap<>();
        private final List<FilterStage> stages = new ArrayList<>();
        /** The input hook's chains: what the host accepts for itself. */
        private final List<FilterStage> local = new ArrayList<>();
        private String set;
        private String chain;
        private boolean forwardHook;
        private boolean inputHook;
        private FilterRule.Action policy = FilterRule.Action.PERMIT;
        private List<FilterRule> rules = new ArrayList<>();
        private boolean stateful;
        private int depth;
        /** The interfaces a chain is scoped to by its first rule, when it is. */
        private Optional<Set<String>> scope = Optional.empty();

        Reader(String device, Diagnostics diagnostics) {
            this.device = device;
            this.diagnostics = diagnostics;
        }

        void line(LineParsing.Line line) {
            if (line.text().isBlank() || line.text().strip().startsWith("#")) {
                return;
            }
            Optional<NftLineParser.LineContext> parsed = LineParsing.parse(line, NftLineLexer::new, NftLineParser::new,
                    NftLineParser::line, diagnostics);
            if (parsed.isEmpty()) {
                if (chain != null) {
                    LineParsing.unprovable(device, line, "a line inside chain `" + chain + "` was not understood", diagnostics);
                }
                return;
            }
            NftLineParser.StatementContext s = parsed.get().statement();
            if (s == null) {
                return;
            }
            if (s instanceof NftLineParser.TableLineContext t) {
                if (t.LBRACE() != null) {
                    depth++;
                }
            } else if (s instanceof NftLineParser.SetOpenContext o) {
                set = o.name.getText();
                sets.put(set, new ArrayList<>());
                depth++;
            } else if (s instanceof NftLineParser.ElementsLineContext e && set != null) {
                for (NftLineParser.ElementContext el : e.element()) {
                    address(el.getText(), line).ifPresent(sets.get(set)::add);
                }
            } else if (s instanceof NftLineParser.ChainOpenContext c) {
                chain = c.name.getText();
                forwardHook = false;
                inputHook = false;
                scope = Optional.empty();
                policy = FilterRule.Action.PERMIT;
                rules = new ArrayList<>();
                depth++;
            } else if (s instanceof NftLineParser.ChainTypeLineContext t && chain != null) {
                forwardHook = t.hook.getText().equals("forward");
                inputHook = t.hook.getText().equals("input");
                policy = t.policy.ACCEPT() != null ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
            } else if (s instanceof NftLineParser.CloseLineContext) {
                close();
            } else if (s instanceof NftLineParser.RuleLineContext r && chain != null) {
                rule(r, line);
            } else if (s instanceof NftLineParser.StatementLineContext st && chain != null) {
                // log, limit or counter without a verdict: the packet goes on to the next rule
                if (st.expression().stream().anyMatch(x -> !(x instanceof NftLineParser.LogStatementContext
                        || x instanceof NftLineParser.CounterStatementContext
                        || x instanceof NftLineParser.LimitStatementContext))) {
                    LineParsing.unprovable(device, line, "a rule without a verdict that is not only log, limit or counter",
                            diagnostics);
                }
            }
        }

        private void close() {
            if (set != null) {
                set = null;
            } else if (chain != null) {
                if (forwardHook && scope.isPresent()) {
                    stages.add(new FilterStage("chain " + chain + " (entering " + String.join(", ", scope.get()) + ")",
                            scope.get(), Set.of(), rules, policy));
                    stages.add(new FilterStage("chain " + chain + " (leaving " + String.join(", ", scope.get()) + ")",
                            Set.of(), scope.get(), rules, policy));
                } else if (forwardHook) {
                    stages.add(new FilterStage("chain " + chain, Set.of(), Set.of(), rules, policy));
                } else if (inputHook) {
                    local.add(new FilterStage("chain " + chain + scope.map(s -> " (entering " + String.join(", ", s)
                            + ")").orElse(""), scope.orElse(Set.of()), Set.of(), rules, policy));
                }
                chain = null;
            }
            depth--;
        }

        private void rule(NftLineParser.RuleLineContext r, LineParsing.Line line) {
            FilterRule.Action action = r.verdict().ACCEPT() != null ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
            Set<String> in = new LinkedHashSet<>();
            Set<String> out = new LinkedHashSet<>();
            FilterMatch match = FilterMatch.any();
            boolean limited = false;
            if (r.expression().stream().anyMatch(x -> x instanceof NftLineParser.InterfaceMatchContext i && i.NEQ() != null)) {
                scope(r, action, line);
                return;
            }
            for (NftLineParser.ExpressionContext x : r.expression()) {
                if (x instanceof NftLineParser.InterfaceMatchContext i) {
                    Set<String> target = i.IIFNAME() != null ? in : out;
                    for (var n : i.names.STRING()) {
                        Optional<String> name = Netfilter.exactInterface(unquote(n.getText()), '*');
                        if (name.isEmpty()) {
                            LineParsing.unprovable(device, line, "interface wildcard " + n.getText()
                                    + " matches interfaces the read-back cannot list", diagnostics);
                            return;
                        }
                        target.add(name.get());
                    }
                } else if (x instanceof NftLineParser.AddressMatchContext a) {
                    List<AddressBlock> blocks = addresses(a.addressSet(), line);
                    match = match.withFamily(a.IP() != null ? IpFamily.V4 : IpFamily.V6);
                    match = a.SADDR() != null ? match.withSources(blocks) : match.withDestinations(blocks);
                } else if (x instanceof NftLineParser.PortMatchContext p) {
                    match = match.withProtocols(List.of(p.TCP() != null ? 6 : 17));
                    List<PortRange> ports = new ArrayList<>();
                    for (NftLineParser.WordContext w : p.portSet().word()) {
                        Optional<PortRange> range = ReadValues.ports(w.getText());
                        if (range.isEmpty()) {
                            LineParsing.unprovable(device, line, "port `" + w.getText() + "` is not a port or range", diagnostics);
                            return;
                        }
                        ports.add(range.get());
                    }
                    match = p.SPORT() != null ? match.withSourcePorts(ports) : match.withDestinationPorts(ports);
                } else if (x instanceof NftLineParser.ProtocolMatchContext p) {
                    Integer number = PROTOCOLS.get(p.word().getText());
                    if (number == null && p.word().getText().matches("[0-9]{1,3}")
                            && Integer.parseInt(p.word().getText()) <= 255) {
                        number = Integer.parseInt(p.word().getText());
                    }
                    if (number == null) {
                        LineParsing.unprovable(device, line, "protocol `" + p.word().getText() + "` is unknown", diagnostics);
                        return;
                    }
                    match = match.withProtocols(List.of(number));
                } else if (x instanceof NftLineParser.FamilyMatchContext f) {
                    String family = f.word().getText();
                    if (!family.equals("ipv4") && !family.equals("ipv6")) {
                        LineParsing.unprovable(device, line, "`meta nfproto " + family + "` is not ipv4 or ipv6",
                                diagnostics);
                        return;
                    }
                    match = match.withFamily(family.equals("ipv4") ? IpFamily.V4 : IpFamily.V6);
                } else if (x instanceof NftLineParser.IcmpTypeMatchContext t) {
                    boolean v6 = t.ICMPV6() != null;
                    OptionalInt type = icmp(t.word().getText(), v6 ? ICMP6_NAMES : ICMP_NAMES);
                    if (type.isEmpty()) {
                        LineParsing.unprovable(device, line, "ICMP type `" + t.word().getText() + "` is unknown", diagnostics);
                        return;
                    }
                    match = match.withProtocols(List.of(v6 ? 58 : 1)).withIcmp(type, match.icmpCode());
                } else if (x instanceof NftLineParser.IcmpCodeMatchContext c) {
                    OptionalInt code = icmp(c.word().getText(), Map.of());
                    match = match.withProtocols(List.of(c.ICMPV6() != null ? 58 : 1)).withIcmp(match.icmpType(), code);
                } else if (x instanceof NftLineParser.StateMatchContext st) {
                    Set<Netfilter.State> states = EnumSet.noneOf(Netfilter.State.class);
                    for (NftLineParser.WordContext w : st.word()) {
                        Optional<Netfilter.State> state = Netfilter.State.parse(w.getText());
                        if (state.isEmpty()) {
                            LineParsing.unprovable(device, line, "conntrack state `" + w.getText() + "` is unknown", diagnostics);
                            return;
                        }
                        states.add(state.get());
                    }
                    Optional<Boolean> established = Netfilter.established(states);
                    if (established.isPresent()) {
                        match = match.withEstablished(established.get());
                    }
                    if (action == FilterRule.Action.PERMIT && Netfilter.passesReplies(states)) {
                        stateful = true;
                    }
                } else if (x instanceof NftLineParser.LimitStatementContext) {
                    limited = true;
                }
            }
            if (limited) {
                if (action == FilterRule.Action.PERMIT) {
                    LineParsing.unprovable(device, line, "a rate-limited accept permits only some of its packets", diagnostics);
                }
                // a rate-limited drop drops only some packets; the rest go on, so the rule is left out (the
                // packets it might drop are then judged by the rules after it: the proof stays an upper bound)
                return;
            }
            rules.add(new FilterRule(in, out, match, action, line.file().displayPath(), line.number()));
        }

        /**
         * {@code iifname != S oifname != S accept} as a chain's first rule: the chain leaves every packet that neither
         * enters nor leaves through S to the rest of the host. Anywhere else, or in any other shape, a negated
         * interface match is not read.
         */
        private void scope(NftLineParser.RuleLineContext r, FilterRule.Action action, LineParsing.Line line) {
            List<Set<String>> sets = new ArrayList<>();
            boolean in = false;
            boolean out = false;
            for (NftLineParser.ExpressionContext x : r.expression()) {
                if (!(x instanceof NftLineParser.InterfaceMatchContext i) || i.NEQ() == null) {
                    sets.clear();
                    break;
                }
                Set<String> names = new LinkedHashSet<>();
                for (var n : i.names.STRING()) {
                    Optional<String> name = Netfilter.exactInterface(unquote(n.getText()), '*');
                    if (name.isEmpty()) {
                        sets.clear();
                        break;
                    }
                    names.add(name.get());
                }
                in |= i.IIFNAME() != null;
                out |= i.OIFNAME() != null;
                sets.add(names);
            }
            // an input chain has no egress: `iifname != S accept` scopes it
            boolean scoped = inputHook ? in && !out && sets.size() == 1
                    : in && out && sets.size() == 2 && sets.get(0).equals(sets.get(1));
            if (!rules.isEmpty() || scope.isPresent() || action != FilterRule.Action.PERMIT || !scoped) {
                LineParsing.unprovable(device, line, "a negated interface match is read only as a chain's first rule, "
                        + "`iifname != S oifname != S accept` (an input chain: `iifname != S accept`) with one set of "
                        + "exact names S", diagnostics);
                return;
            }
            scope = Optional.of(java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(sets.get(0))));
        }

        private List<AddressBlock> addresses(NftLineParser.AddressSetContext set, LineParsing.Line line) {
            List<AddressBlock> blocks = new ArrayList<>();
            if (set.AT() != null) {
                List<AddressBlock> named = sets.get(set.word().getText());
                if (named == null) {
                    LineParsing.unprovable(device, line, "set `@" + set.word().getText() + "` is not defined", diagnostics);
                    return List.of();
                }
                return named;
            }
            for (NftLineParser.ElementContext e : set.element()) {
                address(e.getText(), line).ifPresent(blocks::add);
            }
            return blocks;
        }

        private Optional<AddressBlock> address(String text, LineParsing.Line line) {
            Optional<AddressBlock> block = ReadValues.address(text);
            if (block.isEmpty()) {
                LineParsing.unprovable(device, line, "`" + text + "` is not an address", diagnostics);
            }
            return block;
        }

        private static OptionalInt icmp(String text, Map<String, Integer> names) {
            if (names.containsKey(text)) {
                return OptionalInt.of(names.get(text));
            }
            try {
                int value = Integer.parseInt(text);
                return value >= 0 && value <= 255 ? OptionalInt.of(value) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }

        private static String unquote(String s) {
            return s.substring(1, s.length() - 1);
        }
    }
}
