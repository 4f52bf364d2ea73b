package dev.zonec.platform.paloalto.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.platform.paloalto.PaloAltoPanos;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.LineParsing.Line;
import dev.zonec.readback.ReadValues;
import dev.zonec.platform.paloalto.readback.PanosState.Problem;
import dev.zonec.readback.zonefirewall.AddressSet;
import dev.zonec.readback.zonefirewall.RuleMatches;
import dev.zonec.readback.zonefirewall.Unprovable;
import dev.zonec.resolve.ServiceCatalogue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the one stage of a PAN-OS firewall from the final configuration: the security rules in order (first match
 * wins), each rule's from/to zones resolved to their interfaces, then the predefined default rules (intrazone allow,
 * interzone deny, unless the file overrides them). A rule allows (one of its applications) AND (one of its services):
 * applications are reduced to packets as {@link IcmpIdentification} says for ICMP, and a function-level App-ID
 * (Modbus read, ...) as "that application's sessions on the rule's service ports", which at the packet level is the
 * service ports of the application's transport. Which function App-IDs a rule lists is checked by name against
 * {@code inspection.yaml}: only whole function classes are accepted.
 */
final class PanosRuleBase {
    private static final Set<String> DENY_ACTIONS = Set.of("deny", "drop", "reset-client", "reset-server", "reset-both");
    private static final Map<String, List<FilterMatch>> PREDEFINED_SERVICES = Map.of(
            "service-http", List.of(tcp(List.of(new PortRange(80, 80), new PortRange(8080, 8080)))),
            "service-https", List.of(tcp(List.of(new PortRange(443, 443)))));
    private static final Map<String, Integer> PROTOCOLS = Map.of("tcp", 6, "udp", 17, "sctp", 132);

    private final String device;
    private final PanosState state;
    private final Diagnostics diagnostics;
    private final IcmpIdentification icmp;
    private final Set<String> reported = new HashSet<>();

    PanosRuleBase(String device, PanosState state, Diagnostics diagnostics) {
        this.device = device;
        this.state = state;
        this.diagnostics = diagnostics;
        List<IcmpIdentification.Custom> customs = new ArrayList<>();
        for (Map<String, PanosState.Application> scope : List.of(state.applications.shared, state.applications.vsys)) {
            scope.forEach((name, app) -> {
                if (app.icmp && app.type.isPresent() && !app.otherDefault) {
                    customs.add(new IcmpIdentification.Custom(name, app.v6, app.type.getAsInt(), app.code));
                }
            });
        }
        this.icmp = new IcmpIdentification(customs);
    }

    FilterStage stage() {
        Map<String, Set<String>> zones = new LinkedHashMap<>();
        state.zones.forEach((name, zone) -> zones.put(name, zone.interfaces));
        Set<String> zoned = new LinkedHashSet<>();
        zones.values().forEach(zoned::addAll);
        List<FilterRule> rules = new ArrayList<>();
        for (String name : state.order) {
            PanosState.Rule rule = state.rules.get(name);
            if (!rule.disabled) {
                try {
                    rules.addAll(rule(name, rule, zones));
                } catch (Unprovable e) {
                    report(new Problem(e.line(), e.why()));
                }
            }
        }
        defaults(zones, zoned, rules);
        return new FilterStage("security rules", Set.of(), Set.of(), rules, FilterRule.Action.DENY);
    }

    private List<FilterRule> rule(String name, PanosState.Rule rule, Map<String, Set<String>> zones) {
        Line line = rule.line();
        if (!rule.problems.isEmpty()) {
            throw new Unprovable(rule.problems.get(0).line(), rule.problems.get(0).why());
        }
        String verdict = rule.action.orElseThrow(() -> new Unprovable(rule.firstLine, "rule `" + name + "` has no action"));
        FilterRule.Action action;
        if (verdict.equals("allow")) {
            action = FilterRule.Action.PERMIT;
        } else if (DENY_ACTIONS.contains(verdict)) {
            action = FilterRule.Action.DENY;
        } else {
            throw new Unprovable(line, "rule `" + name + "` has action `" + verdict + "`");
        }
        for (String field : List.of("source-user", "category", "source-hip", "destination-hip", "hip-profiles")) {
            Set<String> values = rule.lists.get(field);
            if (values != null && !values.equals(Set.of("any"))) {
                throw new Unprovable(line, "rule `" + name + "` matches " + field + " " + values
                        + ", which packet headers do not show");
            }
        }
        if (rule.schedule.isPresent()) {
            throw new Unprovable(line, "rule `" + name + "` applies only on schedule `" + rule.schedule.get() + "`");
        }
        List<String> from = zones(name, rule, "from", zones);
        List<String> to = rule.type.equals("intrazone") ? from : zones(name, rule, "to", zones);
        AddressSet sources = addresses(name, rule, "source", rule.negateSource);
        AddressSet destinations = addresses(name, rule, "destination", rule.negateDestination);
        Set<IpFamily> families = EnumSet.noneOf(IpFamily.class);
        for (IpFamily f : IpFamily.values()) {
            if (sources.admits(f) && destinations.admits(f)) {
                families.add(f);
            }
        }
        List<FilterMatch> matches = RuleMatches.of(sources, destinations, terms(name, rule, families));
        List<Pair> pairs = new ArrayList<>();
        if (rule.type.equals("universal")) {
            pairs.add(new Pair(interfaces(from, zones), interfaces(to, zones)));
        } else {
            for (String f : from) {
                for (String t : to) {
                    if (f.equals(t) == rule.type.equals("intrazone")) {
                        pairs.add(new Pair(zones.get(f), zones.get(t)));
                    }
                }
            }
        }
        List<FilterRule> rules = new ArrayList<>();
        for (Pair pair : pairs) {
            // an empty interface set would mean "every interface" to the filter: a zone without interfaces matches none
            if (pair.in().isEmpty() || pair.out().isEmpty()) {
                continue;
            }
            for (FilterMatch m : matches) {
                rules.add(new FilterRule(pair.in(), pair.out(), m, action, line.file().displayPath(), line.number()));
            }
        }
        return rules;
    }

    private void defaults(Map<String, Set<String>> zones, Set<String> zoned, List<FilterRule> rules) {
        Optional<PanosState.DefaultAction> intra = Optional.ofNullable(state.defaults.get("intrazone-default"));
        Optional<PanosState.DefaultAction> inter = Optional.ofNullable(state.defaults.get("interzone-default"));
        FilterRule.Action intraAction = intra.map(this::action).orElse(FilterRule.Action.PERMIT);
        for (Map.Entry<String, Set<String>> zone : zones.entrySet()) {
            if (!zone.getValue().isEmpty()) {
                Line line = intra.map(PanosState.DefaultAction::line).orElse(state.zones.get(zone.getKey()).line);
                rules.add(new FilterRule(zone.getValue(), zone.getValue(), FilterMatch.any(), intraAction,
                        line.file().displayPath(), line.number()));
            }
        }
        if (inter.isPresent() && action(inter.get()) == FilterRule.Action.PERMIT && !zoned.isEmpty()) {
            Line line = inter.get().line();
            rules.add(new FilterRule(zoned, zoned, FilterMatch.any(), FilterRule.Action.PERMIT, line.file().displayPath(),
                    line.number()));
        }
    }

    private FilterRule.Action action(PanosState.DefaultAction d) {
        if (d.action().equals("allow")) {
            return FilterRule.Action.PERMIT;
        }
        if (!DENY_ACTIONS.contains(d.action())) {
            report(new Problem(d.line(), "default rule action `" + d.action() + "`"));
        }
        return FilterRule.Action.DENY;
    }

    private List<String> zones(String name, PanosState.Rule rule, String field, Map<String, Set<String>> zones) {
        Set<String> names = required(name, rule, field);
        if (names.contains("any")) {
            return List.copyOf(zones.keySet());
        }
        for (String zone : names) {
            if (!zones.containsKey(zone)) {
                throw new Unprovable(rule.line(), "rule `" + name + "` names zone `" + zone
                        + "`, which the file does not define");
            }
        }
        return List.copyOf(names);
    }

    private static Set<String> interfaces(List<String> names, Map<String, Set<String>> zones) {
        Set<String> interfaces = new LinkedHashSet<>();
        names.forEach(z -> interfaces.addAll(zones.get(z)));
        return interfaces;
    }

    /** The interfaces a rule applies from and to. */
    private record Pair(Set<String> in, Set<String> out) {}

    private AddressSet addresses(String name, PanosState.Rule rule, String field, boolean negate) {
        Set<String> names = required(name, rule, field);
        AddressSet set = AddressSet.none();
        for (String n : names) {
            set = set.union(n.equals("any") ? AddressSet.anyAddress() : address(n, rule.line(), new HashSet<>()));
        }
        return negate ? set.complement() : set;
    }

    /** An address object, a static group (nested groups too), or an address written in the rule itself. */
    private AddressSet address(String name, Line at, Set<String> seen) {
        broken("address", name);
        Optional<PanosState.Address> object = state.addresses.find(name);
        if (object.isPresent()) {
            object.get().problems.forEach(p -> {
                throw new Unprovable(p.line(), p.why());
            });
            return object.get().value.orElseThrow(() -> new Unprovable(at, "address `" + name + "` has no value"));
        }
        Optional<PanosState.AddressGroup> group = state.addressGroups.find(name);
        if (group.isPresent()) {
            group.get().problems.forEach(p -> {
                throw new Unprovable(p.line(), p.why());
            });
            if (!seen.add(name)) {
                throw new Unprovable(at, "address group `" + name + "` contains itself");
            }
            AddressSet set = AddressSet.none();
            for (String member : group.get().members) {
                set = set.union(address(member, at, seen));
            }
            seen.remove(name);
            return set;
        }
        return ReadValues.address(name).map(b -> AddressSet.of(List.of(b))).orElseThrow(() -> new Unprovable(at,
                "`" + name + "` is neither an address object or group of the file nor an address"));
    }

    /** What the rule's applications and services together allow, without addresses. */
    private List<FilterMatch> terms(String name, PanosState.Rule rule, Set<IpFamily> families) {
        Set<String> applications = applications(required(name, rule, "application"), rule.line(), new HashSet<>());
        Set<String> services = required(name, rule, "service");
        boolean anyService = services.contains("any");
        boolean defaultService = !anyService && services.contains("application-default");
        if (applications.contains("any")) {
            if (anyService) {
                return List.of(FilterMatch.any());
            }
            if (defaultService) {
                throw new Unprovable(rule.line(), "rule `" + name + "` allows any application on its "
                        + "`application-default` ports, which differ per application");
            }
            return services(services, rule.line());
        }
        Set<String> icmpApps = new LinkedHashSet<>();
        Set<String> functions = new LinkedHashSet<>();
        Set<String> functionIds = new HashSet<>();
        PaloAltoPanos.PLATFORM.capabilities().inspection().values().forEach(functionIds::addAll);
        for (String app : applications) {
            if (IcmpIdentification.predefined(app) || customIcmp(app, rule.line())) {
                icmpApps.add(app);
            } else if (functionIds.contains(app)) {
                functions.add(app);
            } else {
                throw new Unprovable(rule.line(), "rule `" + name + "` allows application `" + app
                        + "`, which the read-back cannot reduce to packet headers");
            }
        }
        List<FilterMatch> terms = new ArrayList<>();
        if (!icmpApps.isEmpty() && (anyService || defaultService)) {
            // ICMP has no ports: `any` and an ICMP application's default ports both leave it whole, and a port
            // service (TCP, UDP or SCTP) never matches an ICMP packet
            IcmpIdentification.Result r = icmp.matches(icmpApps, families);
            if (r.ambiguity().isPresent()) {
                throw new Unprovable(rule.line(), "rule `" + name + "`: " + r.ambiguity().get());
            }
            terms.addAll(r.matches());
        }
        if (!functions.isEmpty()) {
            terms.addAll(functionTerms(name, rule, functions, anyService, defaultService, services));
        }
        return terms;
    }

    private List<FilterMatch> functionTerms(String name, PanosState.Rule rule, Set<String> functions, boolean anyService,
                                            boolean defaultService, Set<String> services) {
        Set<Integer> transports = new LinkedHashSet<>();
        Set<String> covered = new HashSet<>();
        for (Map.Entry<String, List<String>> c : PaloAltoPanos.PLATFORM.capabilities().inspection().entrySet()) {
            long listed = c.getValue().stream().filter(functions::contains).count();
            if (listed == 0) {
                continue;
            }
            if (listed < c.getValue().size()) {
                throw new Unprovable(rule.line(), "rule `" + name + "` lists only some App-IDs of function "
                        + "class " + c.getKey() + " (inspection.yaml lists " + c.getValue().size() + ")");
            }
            covered.addAll(c.getValue());
            transports.addAll(transports(c.getKey(), rule.line()));
        }
        if (defaultService) {
            throw new Unprovable(rule.line(), "rule `" + name + "` allows function App-IDs on their "
                    + "`application-default` ports, which the read-back does not know");
        }
        List<FilterMatch> terms = new ArrayList<>();
        if (anyService) {
            transports.forEach(p -> terms.add(FilterMatch.any().withProtocols(List.of(p))));
            return terms;
        }
        for (FilterMatch m : services(services, rule.line())) {
            if (m.protocols().stream().anyMatch(transports::contains)) {
                terms.add(m);
            }
        }
        return terms;
    }

    /** The transport of a function class's protocol, from the service catalogue (`modbus.read` is Modbus/TCP). */
    private static Set<Integer> transports(String functionClass, Line at) {
        String protocol = functionClass.substring(0, functionClass.indexOf('.') < 0 ? functionClass.length()
                : functionClass.indexOf('.'));
        Set<Integer> numbers = new LinkedHashSet<>();
        ServiceCatalogue.builtIn().find(protocol).ifPresent(e -> e.matches().forEach(m -> {
            if (m instanceof Match.L4 l4) {
                numbers.add(l4.protocol().number());
            }
        }));
        if (numbers.isEmpty()) {
            throw new Unprovable(at, "function class " + functionClass + " has no transport in the catalogue");
        }
        return numbers;
    }

    private boolean customIcmp(String app, Line at) {
        broken("application", app);
        Optional<PanosState.Application> custom = state.applications.find(app);
        if (custom.isEmpty()) {
            return false;
        }
        custom.get().problems.forEach(p -> {
            throw new Unprovable(p.line(), p.why());
        });
        if (!custom.get().icmp || custom.get().otherDefault) {
            throw new Unprovable(at, "custom application `" + app
                    + "` is not identified by ICMP type alone (signatures and ports are not reduced to packets)");
        }
        return true;
    }

    private Set<String> applications(Set<String> names, Line at, Set<String> seen) {
        Set<String> apps = new LinkedHashSet<>();
        for (String name : names) {
            broken("application", name);
            Optional<Set<String>> group = state.applicationGroups.find(name);
            if (group.isPresent()) {
                if (!seen.add(name)) {
                    throw new Unprovable(at, "application group `" + name + "` contains itself");
                }
                apps.addAll(applications(group.get(), at, seen));
                seen.remove(name);
            } else {
                apps.add(name);
            }
        }
        return apps;
    }

    /** Service objects and groups (nested), and the predefined `service-http` and `service-https`. */
    private List<FilterMatch> services(Set<String> names, Line at) {
        List<FilterMatch> terms = new ArrayList<>();
        for (String name : names) {
            terms.addAll(service(name, at, new HashSet<>()));
        }
        return terms;
    }

    private List<FilterMatch> service(String name, Line at, Set<String> seen) {
        broken("service", name);
        Optional<PanosState.Service> object = state.services.find(name);
        if (object.isPresent()) {
            PanosState.Service s = object.get();
            s.problems.forEach(p -> {
                throw new Unprovable(p.line(), p.why());
            });
            if (s.protocol.isEmpty() || s.ports.isEmpty()) {
                throw new Unprovable(at, "service `" + name + "` has no protocol and port");
            }
            FilterMatch m = FilterMatch.any().withProtocols(List.of(PROTOCOLS.get(s.protocol))).withDestinationPorts(s.ports);
            return List.of(s.sourcePorts.isEmpty() ? m : m.withSourcePorts(s.sourcePorts));
        }
        Optional<Set<String>> group = state.serviceGroups.find(name);
        if (group.isPresent()) {
            if (!seen.add(name)) {
                throw new Unprovable(at, "service group `" + name + "` contains itself");
            }
            List<FilterMatch> terms = new ArrayList<>();
            for (String member : group.get()) {
                terms.addAll(service(member, at, seen));
            }
            seen.remove(name);
            return terms;
        }
        if (PREDEFINED_SERVICES.containsKey(name)) {
            return PREDEFINED_SERVICES.get(name);
        }
        throw new Unprovable(at, "service `" + name + "` is not defined in the file");
    }

    private Set<String> required(String name, PanosState.Rule rule, String field) {
        Set<String> values = rule.lists.get(field);
        if (values == null || values.isEmpty()) {
            throw new Unprovable(rule.firstLine, "rule `" + name + "` has no `" + field
                    + "` (PAN-OS refuses to commit it)");
        }
        return values;
    }

    private void broken(String namespace, String name) {
        PanosState.Problem p = state.broken.get(namespace + ":" + name);
        if (p != null) {
            throw new Unprovable(p.line(), p.why());
        }
    }

    private void report(Problem p) {
        if (reported.add(p.line().number() + "\n" + p.line().file().displayPath() + "\n" + p.why())) {
            LineParsing.unprovable(device, p.line(), p.why(), diagnostics);
        }
    }

    private static FilterMatch tcp(List<PortRange> ports) {
        return FilterMatch.any().withProtocols(List.of(6)).withDestinationPorts(ports);
    }

}
