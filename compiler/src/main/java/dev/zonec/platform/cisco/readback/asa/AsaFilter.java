package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.NotModelled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of an ASA config, as the ASA decides a new connection entering interface A for interface B (Cisco ASA
 * configuration guides, "Access Rules" and "Completing Interface Configuration (Routed Mode)"):
 * <ul>
 *   <li>only interfaces with a {@code nameif} that are neither shut down nor {@code management-only} pass traffic;
 *   <li>A's inbound ACL decides, then the global ACL (interface rules first, global rules next, the implicit deny
 *       last); a global ACL acts as an inbound ACL of every interface;
 *   <li>an interface without either passes what goes to a lower security level and nothing else (same level only with
 *       {@code same-security-traffic permit inter-interface});
 *   <li>between two interfaces of one level nothing passes without {@code same-security-traffic permit
 *       inter-interface}, whatever the ACLs say;
 *   <li>B's outbound ACL must also permit.
 * </ul>
 * The ASA keeps a connection table, so the filter is stateful; ICMP only when it is inspected: without {@code inspect
 * icmp} the ASA forwards the echo request and drops the reply, which the stateful comparison cannot show, so a
 * permitted ICMP query without inspection makes the device unprovable.
 */
final class AsaFilter {
    private final String device;
    private final AsaConfig config;
    private final Diagnostics diagnostics;
    private final AceReader aces;
    private final Map<String, List<FilterRule>> resolved = new HashMap<>();
    private boolean unprovable;

    private static final String EXACT_HELP = "the read-back reads this line but cannot turn it into an exact set of "
            + "packets; see the Read-back section of docs/platforms/cisco-asa.md for the forms it models";
    private static final String ICMP_HELP = "turn ICMP inspection on in the global policy (`policy-map global_policy`, "
            + "` class inspection_default`, `  inspect icmp`), as zonec writes it";

    AsaFilter(String device, AsaConfig config, Diagnostics diagnostics) {
        this.device = device;
        this.config = config;
        this.diagnostics = diagnostics;
        this.aces = new AceReader(config.objects);
    }

    PacketFilter build() {
        List<AsaConfig.Iface> active = config.interfaces.values().stream().filter(AsaConfig.Iface::forwards).toList();
        Set<String> names = new LinkedHashSet<>();
        active.forEach(i -> names.add(i.name));
        List<FilterStage> stages = new ArrayList<>();
        for (AsaConfig.Iface in : active) {
            stages.add(inbound(in, active));
            Set<String> sameLevel = new LinkedHashSet<>();
            active.stream().filter(o -> o != in && o.level == in.level).forEach(o -> sameLevel.add(o.name));
            if (!config.sameSecurityInter && !sameLevel.isEmpty()) {
                stages.add(new FilterStage("same security level " + in.level + " as " + in.nameif.get(), Set.of(in.name),
                        sameLevel, List.of(), FilterRule.Action.DENY));
            }
            Optional<AsaConfig.Binding> out = Optional.ofNullable(config.outbound.get(in.nameif.get()));
            if (out.isPresent()) {
                stages.add(new FilterStage("access-group " + out.get().acl() + " out interface " + in.nameif.get(),
                        Set.of(), Set.of(in.name), acl(out.get()), FilterRule.Action.DENY));
            }
        }
        // an interface without a name, shut down, or for management only (or one the file does not have) passes
        // nothing; last, so that a counterexample names the ACL or security level that decided it
        List<FilterRule> up = names.isEmpty() ? List.of() : List.of(new FilterRule(names, names, FilterMatch.any(),
                FilterRule.Action.PERMIT, "", 0));
        stages.add(new FilterStage("interfaces that forward", Set.of(), Set.of(), up, FilterRule.Action.DENY));
        checkIcmpInspection();
        return new PacketFilter(device, true, stages, List.of(), new PacketFilter.Host(true, List.of(management()),
                true));
    }

    /**
     * What the ASA accepts itself (General Operations CLI Configuration Guide, "Management Access"): interface access
     * rules do not apply to it, and it answers only at the address of the interface a packet arrives on (except over a
     * VPN with {@code management-access}, not modelled). SSH and the HTTPS server ({@code http server enable}, port
     * 443 unless it names another) from the sources of the {@code ssh} / {@code http} lines of the arrival interface,
     * nothing else (nor anything on port 443 when the server listens elsewhere); ICMPv4 by the {@code icmp} lines of the arrival interface, first match, then denied, where it has
     * one, and accepted where it has none (the ASA's default). Everything else (the routing protocols, SNMP,
     * ICMPv6, ...) is decided by settings the file does not govern: read as accepted, the wider reading.
     */
    private FilterStage management() {
        List<FilterRule> rules = new ArrayList<>();
        FilterMatch tcp = FilterMatch.any().withProtocols(List.of(6));
        Map<String, List<ManagementLine>> icmp = new java.util.LinkedHashMap<>();
        for (ManagementLine m : config.management) {
            Optional<AsaConfig.Iface> iface = config.byNameif(m.nameif()).filter(AsaConfig.Iface::forwards);
            if (iface.isEmpty()) {
                continue; // an interface that is down or management-only answers nothing zonec judges
            }
            if (m.command().equals("icmp")) {
                icmp.computeIfAbsent(iface.get().name, k -> new ArrayList<>()).add(m);
                continue;
            }
            int port = m.command().equals("ssh") ? 22 : config.httpPort;
            FilterMatch match = tcp.withFamily(m.source().get().family()).withSources(List.of(m.source().get()))
                    .withDestinationPorts(List.of(dev.zonec.model.site.PortRange.single(port)));
            rules.add(new FilterRule(Set.of(iface.get().name), Set.of(), match, FilterRule.Action.PERMIT,
                    m.line().file().displayPath(), m.line().number()));
        }
        // SSH, and the HTTPS server on its port; port 443 when the server is elsewhere answers no management either
        for (int port : new java.util.TreeSet<>(List.of(22, 443, config.httpPort))) {
            rules.add(new FilterRule(Set.of(), Set.of(), tcp.withDestinationPorts(List.of(
                    dev.zonec.model.site.PortRange.single(port))), FilterRule.Action.DENY, "", 0));
        }
        FilterMatch icmp4 = FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(1));
        icmp.forEach((name, lines) -> {
            for (ManagementLine m : lines) {
                FilterMatch match = icmp4.withIcmp(m.icmpType(), java.util.OptionalInt.empty());
                if (m.source().isPresent()) {
                    match = match.withSources(List.of(m.source().get()));
                }
                rules.add(new FilterRule(Set.of(name), Set.of(), match, m.permit() ? FilterRule.Action.PERMIT
                        : FilterRule.Action.DENY, m.line().file().displayPath(), m.line().number()));
            }
            rules.add(new FilterRule(Set.of(name), Set.of(), icmp4, FilterRule.Action.DENY, "", 0));
        });
        return new FilterStage("management access", Set.of(), Set.of(), rules, FilterRule.Action.PERMIT);
    }

    /** The inbound decision of one interface: its ACL and the global one, or its security level. */
    private FilterStage inbound(AsaConfig.Iface in, List<AsaConfig.Iface> active) {
        String nameif = in.nameif.get();
        Optional<AsaConfig.Binding> own = Optional.ofNullable(config.inbound.get(nameif));
        if (own.isPresent() || config.global.isPresent()) {
            List<FilterRule> rules = new ArrayList<>();
            own.ifPresent(b -> rules.addAll(acl(b)));
            config.global.ifPresent(b -> rules.addAll(acl(b)));
            String name = own.map(b -> "access-group " + b.acl() + " in interface " + nameif)
                    .orElseGet(() -> "access-group " + config.global.get().acl() + " global");
            return new FilterStage(name, Set.of(in.name), Set.of(), rules, FilterRule.Action.DENY);
        }
        List<FilterRule> rules = new ArrayList<>();
        // an interface set up as the inventory says has its level from no line of the files
        String file = in.levelLine.map(l -> l.file().displayPath()).orElse("");
        int number = in.levelLine.map(LineParsing.Line::number).orElse(0);
        for (AsaConfig.Iface out : active) {
            if (out == in) {
                continue;
            }
            boolean down = in.level > out.level || in.level == out.level && config.sameSecurityInter;
            rules.add(new FilterRule(Set.of(in.name), Set.of(out.name), FilterMatch.any(),
                    down ? FilterRule.Action.PERMIT : FilterRule.Action.DENY, file, number));
        }
        return new FilterStage("security level " + in.level + " of " + nameif + " (no access-group)", Set.of(in.name),
                Set.of(), rules, FilterRule.Action.DENY);
    }

    /** The rules of an applied ACL; an entry that cannot be modelled makes the device unprovable. */
    private List<FilterRule> acl(AsaConfig.Binding binding) {
        return resolved.computeIfAbsent(binding.acl(), name -> {
            List<FilterRule> rules = new ArrayList<>();
            for (AsaConfig.Entry e : config.acls.getOrDefault(name, List.of())) {
                if (e.problem().isPresent()) {
                    unprovable = true;
                    LineParsing.unprovable(device, e.line(), e.problem().get() + " (the list is applied by line "
                            + binding.line().number() + ")", diagnostics);
                    continue;
                }
                if (e.ace().isEmpty() || e.ace().get().aceOption().stream()
                        .anyMatch(o -> o instanceof AsaLineParser.InactiveOptionContext)) {
                    continue; // a remark, or an entry switched off with `inactive`
                }
                FilterRule.Action action = e.ace().get().action.getText().equals("permit") ? FilterRule.Action.PERMIT
                        : FilterRule.Action.DENY;
                try {
                    for (FilterMatch m : aces.read(e.ace().get())) {
                        rules.add(new FilterRule(Set.of(), Set.of(), m, action, e.line().file().displayPath(),
                                e.line().number()));
                    }
                } catch (NotModelled x) {
                    fail(e.line(), x.getMessage());
                }
            }
            return rules;
        });
    }

    /**
     * Without {@code inspect icmp} the ASA keeps no state for ICMP (Cisco ASA CLI configuration guide, "ICMP
     * Inspection"): the echo request passes the ACL, the reply meets the other interface's ACL and is dropped. The
     * proof compares new connections only and would miss that, so a permitted ICMP query cannot be proven then.
     */
    private void checkIcmpInspection() {
        if (unprovable || config.inspectsIcmp()) {
            return;
        }
        for (List<FilterRule> rules : resolved.values()) {
            for (FilterRule r : rules) {
                if (r.action() == FilterRule.Action.PERMIT && icmpQuery(r.match())) {
                    unprovable = true;
                    LineParsing.unprovable(device, sourceLine(r), "it permits ICMP echo (ping) without `inspect icmp` "
                            + "in the global policy: the ASA does not track ICMP then and drops the replies", ICMP_HELP,
                            diagnostics);
                    return;
                }
            }
        }
    }

    /** Can the match hold an ICMP echo or timestamp request (v4) or an ICMPv6 echo request? */
    private static boolean icmpQuery(FilterMatch m) {
        boolean v4 = (m.protocols().isEmpty() || m.protocols().contains(1))
                && (m.icmpType().isEmpty() || m.icmpType().getAsInt() == 8 || m.icmpType().getAsInt() == 13)
                && m.family().map(f -> f == IpFamily.V4).orElse(true);
        boolean v6 = (m.protocols().isEmpty() || m.protocols().contains(58))
                && (m.icmpType().isEmpty() || m.icmpType().getAsInt() == 128)
                && m.family().map(f -> f == IpFamily.V6).orElse(true);
        return v4 || v6;
    }

    private LineParsing.Line sourceLine(FilterRule r) {
        for (List<AsaConfig.Entry> entries : config.acls.values()) {
            for (AsaConfig.Entry e : entries) {
                if (e.line().number() == r.line() && e.line().file().displayPath().equals(r.file())) {
                    return e.line();
                }
            }
        }
        throw new IllegalStateException("no entry at line " + r.line());
    }

    private void fail(LineParsing.Line line, String why) {
        unprovable = true;
        LineParsing.unprovable(device, line, why, EXACT_HELP, diagnostics);
    }
}
