package dev.zonec.readback.junosfilter;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.junos.JunosNames;
import dev.zonec.readback.junos.JunosPrefixes;
import dev.zonec.readback.junos.Unprovable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns one filter term into rules. A term matches when every condition matches; a condition matches when the
 * field holds one of its values (minus its {@code -except} values); address lists match by longest prefix, their
 * {@code except} entries taking addresses out. The either-direction conditions ({@code address},
 * {@code prefix-list}, {@code port}) become one rule per direction. A term without a terminating action accepts
 * (count, log and syslog carry an implicit accept); {@code next term} gives no verdict.
 */
final class TermRules {
    /** ICMPv6 router solicitation, router advertisement, neighbor solicitation and advertisement, redirect. */
    private static final Set<Integer> NEIGHBOR_DISCOVERY = Set.of(133, 134, 135, 136, 137);
    private static final int MAX_RULES = 4096;

    /** The source and destination addresses of one alternative: empty = any address. */
    private record Addresses(Optional<List<AddressBlock>> sources, Optional<List<AddressBlock>> destinations) {}

    /** The source and destination ports of one alternative: empty = any port. */
    private record Ports(Optional<NumberSet> sources, Optional<NumberSet> destinations) {}

    private final FilterConfig config;
    private final Unprovable unprovable;

    TermRules(FilterConfig config, Unprovable unprovable) {
        this.config = config;
        this.unprovable = unprovable;
    }

    /** The term's rules in a filter of {@code family}; empty when it cannot be read (reported). */
    Optional<List<FilterRule>> rules(FilterTerm term, IpFamily family) {
        if (term.nestedFilter.isPresent()) {
            unprovable.at(term.nestedFilter.get(), "term `" + term.name + "` applies another filter, not read back");
            return Optional.empty();
        }
        String verb = term.action.orElse("accept");
        if (verb.equals("next")) {
            return Optional.of(List.of());
        }
        FilterRule.Action action = verb.equals("accept") ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
        if (term.policer.isPresent() && action == FilterRule.Action.PERMIT) {
            unprovable.at(term.policer.get(), "term `" + term.name + "` accepts only what its policer lets through");
            return Optional.empty();
        }
        Map<String, List<FilterTerm.Condition>> byKeyword = new LinkedHashMap<>();
        term.conditions.forEach(c -> byKeyword.computeIfAbsent(c.keyword(), k -> new ArrayList<>()).add(c));
        if (!valid(term, byKeyword, family)) {
            return Optional.empty();
        }
        Optional<List<Addresses>> addresses = addresses(byKeyword, family);
        Optional<NumberSet> protocols = numbers(byKeyword, family == IpFamily.V4 ? List.of("protocol")
                : List.of("next-header", "payload-protocol"), 256, v -> JunosNames.protocol(v));
        Optional<List<Ports>> ports = ports(byKeyword);
        Optional<NumberSet> types = numbers(byKeyword, List.of("icmp-type"), 256, v -> JunosNames.icmpType(v, family));
        Optional<NumberSet> codes = numbers(byKeyword, List.of("icmp-code"), 256, v -> JunosNames.icmpCode(v, family));
        if (addresses.isEmpty() || protocols.isEmpty() || ports.isEmpty() || types.isEmpty() || codes.isEmpty()) {
            return Optional.empty();
        }
        NumberSet icmpTypes = types.get();
        if (family == IpFamily.V6 && action == FilterRule.Action.PERMIT && protocols.get().values().equals(List.of(58))
                && !icmpTypes.isAll()) {
            // ND messages are valid only with hop limit 255 (RFC 4861): one a router forwarded is discarded by
            // its receiver, so permitting them serves the unit and its neighbours, not forwarding
            icmpTypes = icmpTypes.minus(NumberSet.of(NEIGHBOR_DISCOVERY.stream().map(t -> new PortRange(t, t)).toList(), 256));
        }
        Optional<Boolean> established = established(byKeyword);
        if (protocols.get().isEmpty() || icmpTypes.isEmpty() || codes.get().isEmpty()) {
            return Optional.of(List.of()); // no packet matches
        }
        List<OptionalInt> typeValues = values(icmpTypes);
        List<OptionalInt> codeValues = values(codes.get());
        long count = (long) addresses.get().size() * ports.get().size() * typeValues.size() * codeValues.size();
        if (count > MAX_RULES) {
            unprovable.at(term.first, "term `" + term.name + "` is too large to read back");
            return Optional.empty();
        }
        LineParsing.Line line = term.verdictLine();
        List<FilterRule> rules = new ArrayList<>();
        for (Addresses a : addresses.get()) {
            for (Ports p : ports.get()) {
                if (p.sources().map(NumberSet::isEmpty).orElse(false)
                        || p.destinations().map(NumberSet::isEmpty).orElse(false)
                        || a.sources().map(List::isEmpty).orElse(false)
                        || a.destinations().map(List::isEmpty).orElse(false)) {
                    continue;
                }
                for (OptionalInt type : typeValues) {
                    for (OptionalInt code : codeValues) {
                        FilterMatch m = FilterMatch.any().withFamily(family);
                        m = a.sources().isPresent() ? m.withSources(a.sources().get()) : m;
                        m = a.destinations().isPresent() ? m.withDestinations(a.destinations().get()) : m;
                        m = protocols.get().isAll() ? m : m.withProtocols(protocols.get().values());
                        m = p.sources().isPresent() ? m.withSourcePorts(p.sources().get().ranges()) : m;
                        m = p.destinations().isPresent() ? m.withDestinationPorts(p.destinations().get().ranges()) : m;
                        m = type.isPresent() || code.isPresent() ? m.withIcmp(type, code) : m;
                        m = established.isPresent() ? m.withEstablished(established.get()) : m;
                        rules.add(new FilterRule(Set.of(), Set.of(), m, action, line.file().displayPath(),
                                line.number()));
                    }
                }
            }
        }
        return Optional.of(rules);
    }

    /** Combinations Junos refuses to commit, or whose combination the read-back does not know exactly. */
    private boolean valid(FilterTerm term, Map<String, List<FilterTerm.Condition>> byKeyword, IpFamily family) {
        Set<String> keys = byKeyword.keySet();
        List<List<String>> exclusive = List.of(
                List.of("address", "source-address"), List.of("address", "destination-address"),
                List.of("port", "source-port"), List.of("port", "destination-port"),
                List.of("port-except", "source-port"), List.of("port-except", "destination-port"),
                List.of("prefix-list", "source-prefix-list"), List.of("prefix-list", "destination-prefix-list"),
                List.of("address", "source-prefix-list"), List.of("address", "destination-prefix-list"),
                List.of("prefix-list", "source-address"), List.of("prefix-list", "destination-address"),
                List.of("address", "prefix-list"), List.of("source-address", "source-prefix-list"),
                List.of("destination-address", "destination-prefix-list"), List.of("tcp-established", "tcp-initial"));
        for (List<String> pair : exclusive) {
            if (keys.containsAll(pair)) {
                unprovable.at(byKeyword.get(pair.get(1)).get(0).line(), "term `" + term.name + "` combines `"
                        + pair.get(0) + "` and `" + pair.get(1) + "`, which the read-back does not combine");
                return false;
            }
        }
        List<String> wrongFamily = family == IpFamily.V4
                ? List.of("next-header", "next-header-except", "payload-protocol", "payload-protocol-except")
                : List.of("protocol", "protocol-except");
        for (String k : wrongFamily) {
            if (keys.contains(k)) {
                unprovable.at(byKeyword.get(k).get(0).line(), "`" + k + "` is not a match condition of family "
                        + (family == IpFamily.V4 ? "inet" : "inet6") + ", so the commit fails");
                return false;
            }
        }
        return true;
    }

    /** The address alternatives: one (source and destination lists), or one per direction for either-forms. */
    private Optional<List<Addresses>> addresses(Map<String, List<FilterTerm.Condition>> byKeyword, IpFamily family) {
        Optional<Optional<List<AddressBlock>>> src = prefixes(byKeyword, "source-address", "source-prefix-list", family);
        Optional<Optional<List<AddressBlock>>> dst = prefixes(byKeyword, "destination-address",
                "destination-prefix-list", family);
        Optional<Optional<List<AddressBlock>>> either = prefixes(byKeyword, "address", "prefix-list", family);
        if (src.isEmpty() || dst.isEmpty() || either.isEmpty()) {
            return Optional.empty();
        }
        if (either.get().isPresent()) {
            return Optional.of(List.of(new Addresses(either.get(), Optional.empty()),
                    new Addresses(Optional.empty(), either.get())));
        }
        return Optional.of(List.of(new Addresses(src.get(), dst.get())));
    }

    /** One address field's list (addresses or prefix lists): empty inside = no condition; empty outside = error. */
    private Optional<Optional<List<AddressBlock>>> prefixes(Map<String, List<FilterTerm.Condition>> byKeyword,
                                                            String addressKey, String listKey, IpFamily family) {
        List<JunosPrefixes.Entry> entries = new ArrayList<>();
        List<FilterTerm.Condition> conditions = new ArrayList<>(byKeyword.getOrDefault(addressKey, List.of()));
        for (FilterTerm.Condition c : conditions) {
            Optional<AddressBlock> block = JunosPrefixes.prefix(c.value());
            if (block.isEmpty() || block.get().family() != family) {
                unprovable.at(c.line(), "`" + c.value() + "` is not an " + (family == IpFamily.V4 ? "IPv4" : "IPv6")
                        + " prefix the read-back knows");
                return Optional.empty();
            }
            entries.add(new JunosPrefixes.Entry(block.get(), c.except()));
        }
        for (FilterTerm.Condition c : byKeyword.getOrDefault(listKey, List.of())) {
            if (config.unreadPrefixLists.containsKey(c.value())) {
                unprovable.at(config.unreadPrefixLists.get(c.value()), "prefix list `" + c.value()
                        + "` holds a statement the read-back does not understand");
                return Optional.empty();
            }
            List<AddressBlock> list = config.prefixLists.get(c.value());
            if (list == null) {
                unprovable.at(c.line(), "prefix list `" + c.value() + "` is not defined, so the commit fails");
                return Optional.empty();
            }
            // a prefix list holds both versions; a filter uses the entries of its own
            list.forEach(b -> entries.add(new JunosPrefixes.Entry(b, c.except())));
            conditions.add(c);
        }
        if (conditions.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(JunosPrefixes.longestMatch(entries, family)));
    }

    /** Values of one field: those of the listed keywords, minus those of their {@code -except} forms. */
    private Optional<NumberSet> numbers(Map<String, List<FilterTerm.Condition>> byKeyword, List<String> keywords,
                                        int size, java.util.function.Function<String, OptionalInt> parse) {
        NumberSet set = NumberSet.all(size);
        for (String keyword : keywords) {
            for (boolean except : new boolean[] {false, true}) {
                List<FilterTerm.Condition> conditions = byKeyword.get(except ? keyword + "-except" : keyword);
                if (conditions == null) {
                    continue;
                }
                List<PortRange> values = new ArrayList<>();
                for (FilterTerm.Condition c : conditions) {
                    Optional<PortRange> range = range(c.value(), size, parse);
                    if (range.isEmpty()) {
                        unprovable.at(c.line(), "`" + c.value() + "` is not a value of `" + c.keyword() + "`");
                        return Optional.empty();
                    }
                    values.add(range.get());
                }
                NumberSet listed = NumberSet.of(values, size);
                set = except ? set.minus(listed) : set.and(listed);
            }
        }
        return Optional.of(set);
    }

    /** A value or a range {@code low-high} of numbers or names (ports and ICMP fields accept ranges). */
    private static Optional<PortRange> range(String text, int size,
                                             java.util.function.Function<String, OptionalInt> parse) {
        if (size > 256) {
            return JunosNames.ports(text);
        }
        OptionalInt single = parse.apply(text);
        if (single.isPresent()) {
            return Optional.of(new PortRange(single.getAsInt(), single.getAsInt()));
        }
        String[] parts = text.split("-", -1);
        if (parts.length == 2) {
            OptionalInt low = parse.apply(parts[0]);
            OptionalInt high = parse.apply(parts[1]);
            if (low.isPresent() && high.isPresent() && low.getAsInt() <= high.getAsInt()) {
                return Optional.of(new PortRange(low.getAsInt(), high.getAsInt()));
            }
        }
        return Optional.empty();
    }

    /** Port alternatives: one (source and destination), or one per direction for {@code port}. */
    private Optional<List<Ports>> ports(Map<String, List<FilterTerm.Condition>> byKeyword) {
        Optional<NumberSet> sources = numbers(byKeyword, List.of("source-port"), 65536, v -> OptionalInt.empty());
        Optional<NumberSet> destinations = numbers(byKeyword, List.of("destination-port"), 65536,
                v -> OptionalInt.empty());
        Optional<NumberSet> either = numbers(byKeyword, List.of("port"), 65536, v -> OptionalInt.empty());
        if (sources.isEmpty() || destinations.isEmpty() || either.isEmpty()) {
            return Optional.empty();
        }
        Optional<NumberSet> src = constrained(sources.get());
        Optional<NumberSet> dst = constrained(destinations.get());
        if (byKeyword.containsKey("port-except")) {
            if (byKeyword.containsKey("port")) {
                unprovable.at(byKeyword.get("port").get(0).line(), "`port` and `port-except` in one term are not read back");
                return Optional.empty();
            }
            // port-except: neither the source nor the destination port is one of the values
            NumberSet outside = either.get();
            return Optional.of(List.of(new Ports(Optional.of(src.orElse(outside).and(outside)),
                    Optional.of(dst.orElse(outside).and(outside)))));
        }
        if (byKeyword.containsKey("port")) {
            return Optional.of(List.of(new Ports(Optional.of(either.get()), dst), new Ports(src, Optional.of(either.get()))));
        }
        return Optional.of(List.of(new Ports(src, dst)));
    }

    private static Optional<NumberSet> constrained(NumberSet set) {
        return set.isAll() ? Optional.empty() : Optional.of(set);
    }

    /**
     * {@code tcp-established} is {@code tcp-flags "(ack | rst)"}, {@code tcp-initial} the first packet of a
     * connection: the packet space's established bit, one way or the other (neither tests the protocol).
     */
    private static Optional<Boolean> established(Map<String, List<FilterTerm.Condition>> byKeyword) {
        if (byKeyword.containsKey("tcp-established")) {
            return Optional.of(true);
        }
        if (byKeyword.containsKey("tcp-initial")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static List<OptionalInt> values(NumberSet set) {
        if (set.isAll()) {
            return List.of(OptionalInt.empty());
        }
        return set.values().stream().map(OptionalInt::of).toList();
    }
}
