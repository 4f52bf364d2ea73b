package dev.zonec.platform.juniper.render.filter;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.ControlPlane;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.RuleNameClashes;
import dev.zonec.render.StableNames;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.ingress.PrefixBlocks;
import dev.zonec.render.ingress.AclLine;
import dev.zonec.render.ingress.IngressAcl;
import dev.zonec.render.ingress.IngressAclNames;
import dev.zonec.render.ingress.IngressAcls;
import dev.zonec.render.ingress.NeighborDiscovery;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Juniper Junos OS 20 and later on EX, QFX and MX: stateless firewall filters ({@code firewall family inet} and
 * {@code inet6}), one per ingress zone, applied as input filters on the logical units facing it. The lowering has
 * already added the exact reply rules: TCP replies match {@code tcp-established} with the service port as source
 * port, UDP and ICMP replies are terms of their own.
 *
 * <p>The output is a list of {@code set} and {@code delete} commands for {@code load set}: each line is one complete
 * statement, so nothing on one line can open or close a hierarchy for the next (no braces, no semicolons). Every
 * token is a keyword, a number, an address or a name checked against the platform's name rule. Junos terms have
 * no remark, and the capability row says so (remark length 0): no policy free text is written at all. A term's
 * name says where it comes from instead: {@code <conduit>-<rule>-<n>}, replies {@code <conduit>-<rule>-r<n>}.
 */
public final class JunosFilterRenderer implements Renderer {
    /**
     * Term names zonec uses itself; a policy-derived term name ends in a number, or in a hash when shortened, and
     * neither is a word.
     */
    static final String NEIGHBOR_DISCOVERY_TERM = "neighbor-discovery";
    static final String DEFAULT_TERM = "default-deny";


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        StableNames names = new StableNames(site);
        int length = device.device().platform().capabilities().names().length();
        boolean clash = false;
        for (IngressAcl acl : IngressAcls.of(device, site)) {
            clash |= RuleNameClashes.check(device.device(), "filter term", " in filter " + IngressAclNames.of(acl),
                    terms(acl, names, length), diagnostics);
        }
        if (clash) {
            return; // a filter with two terms of one name cannot be built
        }
        Set<String> checked = new HashSet<>();
        build(device, site, (derived, what, origin) -> {
            if (checked.add(what + " " + derived)) {
                NameCheck.check(device.device(), derived, what, origin, diagnostics);
            }
            return derived;
        });
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        return plan(device, site, Ownership.NONE);
    }

    /**
     * The file: each filter and prefix list zonec writes is deleted and set again (one commit makes the change), then
     * what the previous output created and this one does not is deleted: its filters, prefix lists, and its input
     * filter on a unit this output binds no filter of that family to (a unit this output binds is simply set to the
     * new filter). A binding is deleted with its filter's name, so Junos deletes it only while it is still zonec's.
     */
    @Override
    public List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        Pattern names = device.device().platform().capabilities().names().pattern();
        JunosView view = build(device, site, (derived, what, origin) -> ConfigText.name(derived, names));
        Ownership.Builder owned = Ownership.builder();
        view.filters().forEach(f -> owned.add(FILTER, f.owned()));
        view.prefixLists().forEach(p -> owned.add(PREFIX_LIST, p.name()));
        view.bindings().forEach(b -> owned.add(BINDING, b.owned()));
        Ownership owns = owned.build();
        Set<String> boundUnits = new HashSet<>();
        view.bindings().forEach(b -> boundUnits.add(b.ifd() + " " + b.unit() + " " + JunosView.family(b.v6())));
        Ownership.Builder stale = Ownership.builder();
        List<String> removals = new ArrayList<>();
        for (String binding : previous.of(BINDING)) {
            String[] w = binding.split(" ");
            if (w.length == 4 && !boundUnits.contains(w[0] + " " + w[1] + " " + w[2]) && !owns.of(BINDING).contains(binding)) {
                stale.add(BINDING, binding);
                removals.add("interfaces " + w[0] + " unit " + w[1] + " family " + w[2] + " filter input " + w[3]);
            }
        }
        for (String filter : previous.minus(owns).of(FILTER)) {
            String[] w = filter.split(" ");
            if (w.length == 2) {
                stale.add(FILTER, filter);
                removals.add("firewall family " + w[0] + " filter " + w[1]);
            }
        }
        for (String list : previous.minus(owns).of(PREFIX_LIST)) {
            stale.add(PREFIX_LIST, list);
            removals.add("policy-options prefix-list " + list);
        }
        view = new JunosView(view.header(), view.prefixLists(), view.filters(), view.bindings(),
                removals.stream().map(r -> ConfigText.line(r)).toList());
        return List.of(new FilePlan(device.device().name() + ".junos", "device.ftl", view, owns, stale.build()));
    }

    /** The manifest's kinds: {@code FAMILY NAME}, a prefix list's name, {@code IFD UNIT FAMILY FILTER}. */
    static final String FILTER = "filter";
    static final String PREFIX_LIST = "prefix-list";
    static final String BINDING = "input-filter";

    @Override
    public ConfigEscape escape() {
        return new ConfigEscape("juniper-junos", "\"\\;{}#?", '_');
    }

    /** Takes every name derived from the policy: checks it (validate) or guards it (render). */
    private interface Namer {
        String name(String derived, String what, Span origin);
    }

    private JunosView build(DeviceIr device, Site site, Namer namer) {
        Map<String, Zone> zones = site.zonesByName();
        StableNames names = new StableNames(site);
        int length = device.device().platform().capabilities().names().length();
        Map<String, PrefixListPlan> prefixLists = new java.util.TreeMap<>(); // by name: stable under rule moves
        List<JunosView.Filter> filters = new ArrayList<>();
        Map<String, List<JunosView.Binding>> bindings = new LinkedHashMap<>();
        device.device().interfaces().forEach(i -> bindings.put(i.name(), new ArrayList<>()));
        for (IngressAcl acl : IngressAcls.of(device, site)) {
            boolean v6 = acl.family() == IpFamily.V6;
            String filter = namer.name(IngressAclNames.of(acl), "firewall filter", zones.get(acl.zone()).span());
            List<JunosView.Term> terms = new ArrayList<>();
            Set<IrRule> rules = new LinkedHashSet<>();
            List<RuleNameClashes.Named> termNames = terms(acl, names, length);
            int index = 0;
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Permit permit) {
                    IrRule rule = permit.rule();
                    rules.addAll(permit.rules());
                    String term = namer.name(termNames.get(index++).name(), "filter term", rule.origin());
                    terms.add(term(term, address(permit.source(), acl.family(), prefixLists, namer, permit.rules()),
                            address(permit.destination(), acl.family(), prefixLists, namer, permit.rules()),
                            permit.match(), permit.log(), permit.rules()));
                }
            }
            terms.addAll(controlPlane(device.device(), acl.zone(), acl.family()));
            if (v6) {
                // the final discard would otherwise also drop neighbour discovery on the interface
                terms.add(new JunosView.Term(NEIGHBOR_DISCOVERY_TERM, JunosView.Address.NONE, JunosView.Address.NONE,
                        JunosView.Term.Protocol.ICMP6, PortRange.ALL, PortRange.ALL, false,
                        NeighborDiscovery.matches().stream().map(nd -> nd.type().getAsInt()).toList(), List.of(),
                        true, false, true, List.of(), "neighbour discovery"));
            }
            terms.add(new JunosView.Term(DEFAULT_TERM, JunosView.Address.NONE, JunosView.Address.NONE,
                    JunosView.Term.Protocol.NONE, PortRange.ALL, PortRange.ALL, false, List.of(), List.of(), true, true,
                    false, List.of(), "default deny"));
            requireUniqueTerms(filter, terms);
            filters.add(new JunosView.Filter(v6, filter, terms));
            for (Interface i : acl.interfaces()) {
                // an unparsable name is reported by the target's interface check; render never sees one
                LogicalInterface.parse(i.name()).ifPresent(unit -> bindings.get(i.name())
                        .add(new JunosView.Binding(unit.device(), unit.unit(), v6, filter, List.copyOf(rules))));
            }
        }
        boolean ipv6 = filters.stream().anyMatch(JunosView.Filter::v6);
        return new JunosView(header(device.device(), site, ipv6),
                prefixLists.values().stream().map(p -> new JunosView.PrefixList(p.name(), p.prefixes(),
                        List.copyOf(p.users()))).toList(),
                filters, bindings.values().stream().flatMap(List::stream).toList(), List.of());
    }

    /**
     * The control plane the units facing the zone declare (inventory {@code control-plane:}), ahead of the final
     * discard: one counted term per source and destination prefix, named {@code control-plane-<protocol>-<n>}.
     */
    private static List<JunosView.Term> controlPlane(dev.zonec.model.site.Device device, String zone, IpFamily family) {
        List<JunosView.Term> terms = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (ControlPlane.Permit p : ControlPlane.permits(device, zone, family)) {
            JunosView.Term.Protocol protocol = switch (p.protocol()) {
                case ControlPlane.TCP -> JunosView.Term.Protocol.TCP;
                case ControlPlane.UDP -> JunosView.Term.Protocol.UDP;
                case ControlPlane.OSPF_PROTOCOL -> JunosView.Term.Protocol.OSPF;
                case ControlPlane.VRRP_PROTOCOL -> JunosView.Term.Protocol.VRRP;
                default -> throw new IllegalStateException("no filter keyword for protocol " + p.protocol());
            };
            for (dev.zonec.model.site.AddressBlock source : p.sources()) {
                for (dev.zonec.model.site.AddressBlock destination : p.destinations()) {
                    String word = p.of().protocol().word();
                    int n = counts.merge(word, 1, Integer::sum);
                    terms.add(new JunosView.Term(CONTROL_PLANE_TERM + "-" + word + "-" + n,
                            new JunosView.Address(JunosView.Address.Kind.PREFIX, prefix(source)),
                            new JunosView.Address(JunosView.Address.Kind.PREFIX, prefix(destination)), protocol,
                            p.sourcePorts(), p.destinationPorts(), p.established(), List.of(), List.of(), true, false,
                            true, List.of(), "control plane"));
                }
            }
        }
        return terms;
    }

    /** A control-plane block is one prefix (a host, a subnet, a multicast group). */
    private static String prefix(dev.zonec.model.site.AddressBlock block) {
        return PrefixBlocks.cidr(block.prefixBlocks().get(0));
    }

    static final String CONTROL_PLANE_TERM = "control-plane";

    /** A prefix list being collected: its prefixes, and the rules whose terms refer to it. */
    private record PrefixListPlan(String name, List<String> prefixes, Set<IrRule> users) {}

    /**
     * A term for one permit: its addresses, the protocol with its fields, a count (every term counts: {@code show
     * firewall filter} then says what matched), and syslog when logged.
     */
    private static JunosView.Term term(String name, JunosView.Address source, JunosView.Address destination,
                                       Match match, boolean log, List<IrRule> rules) {
        if (match instanceof Match.L4 l4) {
            return new JunosView.Term(name, source, destination, l4.protocol() == Protocol.TCP
                    ? JunosView.Term.Protocol.TCP : JunosView.Term.Protocol.UDP, l4.sourcePorts(),
                    l4.destinationPorts(), l4.established(), List.of(), List.of(), true, log, true, rules, "");
        }
        if (match instanceof Match.Icmp icmp) {
            return new JunosView.Term(name, source, destination, icmp.protocol() == Protocol.ICMP
                    ? JunosView.Term.Protocol.ICMP : JunosView.Term.Protocol.ICMP6, PortRange.ALL, PortRange.ALL,
                    false, icmp.type().stream().boxed().toList(), icmp.code().stream().boxed().toList(), true, log, true,
                    rules, "");
        }
        return new JunosView.Term(name, source, destination, JunosView.Term.Protocol.NONE, PortRange.ALL,
                PortRange.ALL, false, List.of(), List.of(), true, log, true, rules, "");
    }

    private static List<String> header(Device device, Site site, boolean ipv6) {
        List<String> header = new ArrayList<>(List.of(
                "zonec: " + device.name() + " (juniper-junos), site " + site.name() + ". Target: Junos OS 20 and later, EX QFX MX.",
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Stateless input filters, each ending in a counted, logged discard."));
        if (!ipv6) {
            // binding an inet6 filter would enable IPv6 on the unit, so none is written; say what that assumes
            header.add("No IPv6 in the policy, so no inet6 filters: keep family inet6 off these units.");
        }
        header.add("Load: configure exclusive, load set " + device.name() + ".junos, show | compare, commit check,");
        header.add("commit confirmed 5, check the device is still reachable, commit (docs/platforms/juniper-junos.md).");
        return header;
    }

    /** The term name of each permit of the filter, in order, with what it stands for. */
    private static List<RuleNameClashes.Named> terms(IngressAcl acl, StableNames names, int length) {
        List<RuleNameClashes.Named> terms = new ArrayList<>();
        Map<List<Object>, Integer> perFlow = new HashMap<>();
        for (AclLine line : acl.lines()) {
            if (line instanceof AclLine.Permit permit) {
                IrRule rule = permit.rule();
                int n = perFlow.merge(List.of(rule.flowId(), rule.kind()), 1, Integer::sum);
                terms.add(new RuleNameClashes.Named(termName(rule, n, names, length),
                        List.of(rule.flow(), rule.kind(), n), rule.flow().ruleId(), rule.origin()));
            }
        }
        return terms;
    }

    /**
     * {@code <conduit>-<rule>-<n>} for the n-th term of a flow's requests in this filter (its n-th source, destination
     * and service term combination), {@code <conduit>-<rule>-r<n>} for its replies, with the flow's zones after the
     * rule where its conduit has several ({@link StableNames#flowParts}). An unnamed conduit {@code a,b->c} reads
     * {@code a-b-to-c}. Derived from the rule alone, so no other rule's insertion, deletion or move renames a term;
     * a name over the length limit is shortened with a hash ({@link StableNames#fit}).
     */
    static String termName(IrRule rule, int n, StableNames names, int length) {
        List<String> parts = new ArrayList<>();
        parts.add(StableNames.conduit(rule.conduit()));
        parts.add(rule.rule());
        parts.addAll(names.flowParts(rule.flow()));
        parts.add((rule.kind() == RuleKind.REPLY ? "r" : "") + n);
        return StableNames.join(parts, '-', length);
    }

    /** One prefix for one block; a prefix list of the endpoint's blocks for more. */
    private static JunosView.Address address(Endpoint endpoint, IpFamily family, Map<String, PrefixListPlan> lists,
                                             Namer namer, List<IrRule> rules) {
        List<IPAddress> blocks = PrefixBlocks.prefixes(endpoint, family);
        if (blocks.size() == 1) {
            return new JunosView.Address(JunosView.Address.Kind.PREFIX, PrefixBlocks.cidr(blocks.get(0)));
        }
        String name = namer.name((family == IpFamily.V6 ? "zc6-" : "zc-") + endpoint.name(), "prefix list", endpoint.span());
        lists.computeIfAbsent(name, n -> new PrefixListPlan(n, blocks.stream().map(PrefixBlocks::cidr).toList(),
                new LinkedHashSet<>())).users().addAll(rules);
        return new JunosView.Address(JunosView.Address.Kind.LIST, name);
    }

    /** A repeated term name would merge two terms into one on load; the naming scheme excludes it, this proves it. */
    private static void requireUniqueTerms(String filter, List<JunosView.Term> terms) {
        Set<String> seen = new HashSet<>();
        for (JunosView.Term t : terms) {
            if (!seen.add(t.name())) {
                throw new IllegalStateException("term `" + t.name() + "` twice in filter `" + filter + "`");
            }
        }
    }
}
