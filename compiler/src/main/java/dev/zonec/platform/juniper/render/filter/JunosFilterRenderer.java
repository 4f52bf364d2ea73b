package dev.zonec.platform.juniper.render.filter;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
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
 * name says where it comes from instead: {@code <conduit>-<flow>-<n>}, replies {@code <conduit>-<flow>-r<n>}.
 */
public final class JunosFilterRenderer implements Renderer {
    /** Term names zonec uses itself; policy-derived term names always end in a number, these never do. */
    static final String NEIGHBOR_DISCOVERY_TERM = "neighbor-discovery";
    static final String DEFAULT_TERM = "default-deny";


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
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
        Pattern names = device.device().platform().capabilities().names().pattern();
        JunosView view = build(device, site, (derived, what, origin) -> ConfigText.name(derived, names));
        return List.of(new FilePlan(device.device().name() + ".junos", "device.ftl", view));
    }

    /** Takes every name derived from the policy: checks it (validate) or guards it (render). */
    private interface Namer {
        String name(String derived, String what, Span origin);
    }

    private JunosView build(DeviceIr device, Site site, Namer namer) {
        Map<String, Zone> zones = site.zonesByName();
        Map<String, JunosView.PrefixList> prefixLists = new LinkedHashMap<>();
        List<JunosView.Filter> filters = new ArrayList<>();
        Map<String, List<JunosView.Binding>> bindings = new LinkedHashMap<>();
        device.device().interfaces().forEach(i -> bindings.put(i.name(), new ArrayList<>()));
        for (IngressAcl acl : IngressAcls.of(device, site)) {
            String family = acl.family() == IpFamily.V6 ? "inet6" : "inet";
            String filter = namer.name(IngressAclNames.of(acl), "firewall filter", zones.get(acl.zone()).span());
            List<JunosView.Term> terms = new ArrayList<>();
            Map<List<Object>, Integer> perFlow = new HashMap<>();
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Permit permit) {
                    IrRule rule = permit.rule();
                    int n = perFlow.merge(List.of(rule.flowId(), rule.kind()), 1, Integer::sum);
                    String term = namer.name(termName(rule, n), "filter term", rule.origin());
                    List<String> from = new ArrayList<>();
                    from.add(address("source", permit.source(), acl.family(), prefixLists, namer));
                    from.add(address("destination", permit.destination(), acl.family(), prefixLists, namer));
                    from.addAll(conditions(permit.match(), acl.family()));
                    List<String> then = new ArrayList<>();
                    if (permit.log()) {
                        then.add("count " + term);
                        then.add("syslog");
                    }
                    then.add("accept");
                    terms.add(new JunosView.Term(term, from, then));
                }
            }
            if (acl.family() == IpFamily.V6) {
                // the final discard would otherwise also drop neighbour discovery on the interface
                List<String> from = new ArrayList<>(List.of("next-header icmp6"));
                NeighborDiscovery.matches().forEach(nd -> from.add("icmp-type " + nd.type().getAsInt()));
                terms.add(new JunosView.Term(NEIGHBOR_DISCOVERY_TERM, from, List.of("accept")));
            }
            terms.add(new JunosView.Term(DEFAULT_TERM, List.of(), List.of("count " + DEFAULT_TERM, "syslog", "discard")));
            requireUniqueTerms(filter, terms);
            filters.add(new JunosView.Filter(family, filter, terms));
            for (Interface i : acl.interfaces()) {
                // an unparsable name is reported by validate; render never sees one
                LogicalInterface.parse(i.name()).ifPresent(unit -> bindings.get(i.name())
                        .add(new JunosView.Binding(unit.device(), unit.unit(), family, filter)));
            }
        }
        List<String> deletions = new ArrayList<>();
        filters.forEach(f -> deletions.add("firewall family " + f.family() + " filter " + f.name()));
        prefixLists.keySet().forEach(name -> deletions.add("policy-options prefix-list " + name));
        boolean ipv6 = filters.stream().anyMatch(f -> f.family().equals("inet6"));
        return new JunosView(header(device.device(), site, ipv6), deletions, List.copyOf(prefixLists.values()), filters,
                bindings.values().stream().flatMap(List::stream).toList());
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
        header.add("Load: configure, load set " + device.name() + ".junos, show | compare, commit check, commit.");
        return header;
    }

    /**
     * {@code <conduit>-<flow>-<n>} for the n-th term of a flow's requests in this filter, {@code <conduit>-<flow>-r<n>}
     * for its replies. An unnamed conduit {@code a,b->c} reads {@code a-b-to-c}. The last two segments are numbers
     * (or r and a number), so two terms share a name only if they share conduit, flow, kind and n.
     */
    static String termName(IrRule rule, int n) {
        String conduit = rule.conduit().replace("->", "-to-").replace(',', '-');
        return conduit + "-" + rule.flowId() + "-" + (rule.kind() == RuleKind.REPLY ? "r" : "") + n;
    }

    /** {@code source-address A/LEN} for one block; a {@code source-prefix-list} of the endpoint's blocks for more. */
    private static String address(String field, Endpoint endpoint, IpFamily family,
                                  Map<String, JunosView.PrefixList> prefixLists, Namer namer) {
        List<IPAddress> blocks = PrefixBlocks.prefixes(endpoint, family);
        if (blocks.size() == 1) {
            return field + "-address " + PrefixBlocks.cidr(blocks.get(0));
        }
        String name = namer.name((family == IpFamily.V6 ? "zc6-" : "zc-") + endpoint.name(), "prefix list", endpoint.span());
        prefixLists.computeIfAbsent(name, n -> new JunosView.PrefixList(n, blocks.stream().map(PrefixBlocks::cidr).toList()));
        return field + "-prefix-list " + name;
    }

    /**
     * The protocol and its fields. Junos tests only the fields named, so the protocol is always named with them:
     * {@code protocol} for IPv4, {@code next-header} for IPv6 (the form EX and QFX support as well as MX).
     */
    private static List<String> conditions(Match match, IpFamily family) {
        String protocol = family == IpFamily.V6 ? "next-header " : "protocol ";
        List<String> result = new ArrayList<>();
        if (match instanceof Match.L4 l4) {
            result.add(protocol + (l4.protocol() == Protocol.TCP ? "tcp" : "udp"));
            if (!l4.sourcePorts().isAll()) {
                result.add("source-port " + l4.sourcePorts());
            }
            if (!l4.destinationPorts().isAll()) {
                result.add("destination-port " + l4.destinationPorts());
            }
            if (l4.established()) {
                result.add("tcp-established");
            }
        } else if (match instanceof Match.Icmp icmp) {
            result.add(protocol + (family == IpFamily.V6 ? "icmp6" : "icmp"));
            icmp.type().ifPresent(t -> result.add("icmp-type " + t));
            icmp.code().ifPresent(c -> result.add("icmp-code " + c));
        }
        return result;
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
