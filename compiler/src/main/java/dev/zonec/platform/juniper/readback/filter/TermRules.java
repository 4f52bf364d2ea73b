package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosNames;
import dev.zonec.platform.juniper.readback.Unprovable;
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

    private final Unprovable unprovable;
    private final TermAddresses addresses;
    private final TermNumbers numbers;

    TermRules(FilterConfig config, Unprovable unprovable) {
        this.unprovable = unprovable;
        this.addresses = new TermAddresses(config, unprovable);
        this.numbers = new TermNumbers(unprovable);
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
        Optional<List<TermAddresses.Alternative>> addresses = this.addresses.alternatives(byKeyword, family);
        Optional<NumberSet> protocols = numbers.values(byKeyword, family == IpFamily.V4 ? List.of("protocol")
                : List.of("next-header", "payload-protocol"), v -> JunosNames.protocol(v));
        Optional<List<TermNumbers.Ports>> ports = numbers.ports(byKeyword);
        Optional<NumberSet> types = numbers.values(byKeyword, List.of("icmp-type"), v -> JunosNames.icmpType(v, family));
        Optional<NumberSet> codes = numbers.values(byKeyword, List.of("icmp-code"), v -> JunosNames.icmpCode(v, family));
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
        for (TermAddresses.Alternative a : addresses.get()) {
            for (TermNumbers.Ports p : ports.get()) {
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
