package dev.zonec.platform.fortinet.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.LineParsing.Line;
import dev.zonec.platform.fortinet.readback.FortiosTables.Entry;
import dev.zonec.platform.fortinet.readback.FortiosTables.Setting;
import dev.zonec.platform.fortinet.readback.FortiosTables.Table;
import dev.zonec.readback.zonefirewall.AddressSet;
import dev.zonec.readback.zonefirewall.RuleMatches;
import dev.zonec.readback.zonefirewall.Unprovable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the one stage of a FortiGate from its tables: the firewall policies in list order (first match wins), an
 * IPv4 policy matching on {@code srcaddr}/{@code dstaddr} and an IPv6 one on {@code srcaddr6}/{@code dstaddr6}
 * (both when both pairs are set, the consolidated table of FortiOS 6.4 and later; {@code config firewall policy6}
 * of older releases adds IPv6 policies), interfaces or system zones resolved to interfaces, then intrazone traffic
 * of zones set to {@code intrazone allow}, then the implicit deny. Disabled policies are skipped.
 */
final class FortiosPolicies {
    /** Fields of each modelled table the read-back knows; any other field is not understood. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "firewall address", Set.of("type", "subnet", "start-ip", "end-ip", "comment", "uuid", "associated-interface",
                    "color", "visibility", "allow-routing", "fabric-object", "sub-type", "fqdn", "wildcard", "wildcard-fqdn",
                    "country", "cache-ttl", "interface", "macaddr", "start-mac", "end-mac", "sdn", "route-tag", "obj-id",
                    "node-ip-only", "dirty", "clearpass-spt"),
            "firewall address6", Set.of("type", "ip6", "start-ip", "end-ip", "comment", "uuid", "color", "visibility",
                    "fabric-object", "host", "host-type", "fqdn", "country", "cache-ttl", "sdn", "template", "macaddr",
                    "route-tag", "obj-id"),
            "firewall addrgrp", Set.of("member", "exclude", "exclude-member", "comment", "uuid", "color", "visibility",
                    "allow-routing", "fabric-object", "type", "category"),
            "firewall addrgrp6", Set.of("member", "exclude", "exclude-member", "comment", "uuid", "color", "visibility",
                    "fabric-object"),
            "firewall service custom", Set.of("protocol", "tcp-portrange", "udp-portrange", "sctp-portrange", "icmptype",
                    "icmpcode", "protocol-number", "iprange", "fqdn", "app-service-type", "app-category", "application",
                    "category", "comment", "color", "visibility", "proxy", "helper", "session-ttl", "tcp-halfclose-timer",
                    "tcp-halfopen-timer", "tcp-timewait-timer", "tcp-rst-timer", "udp-idle-timer", "check-reset-range",
                    "uuid", "fabric-object"),
            "firewall service group", Set.of("member", "comment", "proxy", "color", "uuid", "fabric-object"),
            "system zone", Set.of("interface", "intrazone", "description"));
    /** Local-in policy fields the read-back interprets, then those that change only logging or bookkeeping. */
    private static final Set<String> LOCAL_IN_FIELDS = Set.of("intf", "srcaddr", "dstaddr", "srcaddr-negate",
            "dstaddr-negate", "action", "status", "schedule", "service", "service-negate", "internet-service-src",
            "internet-service6-src", "ha-mgmt-intf-only", "virtual-patch");
    private static final Set<String> LOCAL_IN_NOTES = Set.of("uuid", "comments", "logtraffic", "custom-tags");
    /** Local-in fields that narrow a policy to something packet headers do not show, when set to this value. */
    private static final Map<String, String> LOCAL_IN_NARROWING = Map.of("internet-service-src", "enable",
            "internet-service6-src", "enable", "ha-mgmt-intf-only", "enable", "virtual-patch", "enable",
            "service-negate", "enable");
    /** Policy fields the read-back interprets. */
    private static final Set<String> POLICY_FIELDS = Set.of("srcintf", "dstintf", "srcaddr", "dstaddr", "srcaddr6",
            "dstaddr6", "srcaddr-negate", "dstaddr-negate", "srcaddr6-negate", "dstaddr6-negate", "action", "status",
            "schedule", "service", "service-negate", "internet-service", "internet-service-src", "internet-service6",
            "internet-service6-src", "groups", "users", "fsso-groups", "application-list", "ztna-status", "nat46", "nat64",
            "policy-expiry", "learning-mode", "utm-status");
    /** Policy fields that change logging, NAT, shaping, offload or content inspection, not which sessions may open. */
    private static final Set<String> POLICY_NOTES = Set.of("name", "uuid", "comments", "logtraffic", "logtraffic-start",
            "log-http-transaction", "capture-packet", "auto-asic-offload", "np-acceleration", "nat", "ippool", "poolname",
            "poolname6", "fixedport", "natip", "natinbound", "natoutbound", "permit-any-host", "permit-stun-host",
            "match-vip", "match-vip-only", "inspection-mode", "profile-type", "profile-group", "profile-protocol-options",
            "ssl-ssh-profile", "av-profile", "webfilter-profile", "dnsfilter-profile", "emailfilter-profile", "ips-sensor",
            "file-filter-profile", "dlp-sensor", "dlp-profile", "icap-profile", "voip-profile", "sctp-filter-profile",
            "waf-profile", "ssh-filter-profile", "videofilter-profile", "casb-profile", "virtual-patch-profile",
            "cifs-profile", "tcp-mss-sender", "tcp-mss-receiver", "diffserv-forward", "diffserv-reverse",
            "diffservcode-forward", "diffservcode-rev", "tos", "tos-mask", "tos-negate", "anti-replay",
            "tcp-session-without-syn", "geoip-anycast", "geoip-match", "session-ttl", "vlan-cos-fwd", "vlan-cos-rev",
            "wccp", "disclaimer", "fsso", "timeout-send-rst", "block-notification", "traffic-shaper",
            "traffic-shaper-reverse", "per-ip-shaper", "custom-log-fields", "replacemsg-override-group", "email-collect",
            "delay-tcp-npu-session", "passive-wan-health-measurement", "decrypted-traffic-mirror", "rtp-nat",
            "send-deny-packet", "dsri", "global-label", "label", "policy-expiry-date", "webcache", "webcache-https",
            "http-policy-redirect", "ssh-policy-redirect", "schedule-timeout", "dynamic-shaping", "identity-based-route");
    /** Policy fields that narrow a policy to something packet headers do not show, when set to this value. */
    private static final Map<String, String> NARROWING = Map.of("internet-service", "enable", "internet-service-src",
            "enable", "internet-service6", "enable", "internet-service6-src", "enable", "ztna-status", "enable", "nat46",
            "enable", "nat64", "enable", "policy-expiry", "enable", "learning-mode", "enable", "service-negate", "enable");

    private final String device;
    private final FortiosTables tables;
    private final Diagnostics diagnostics;
    private final String vdom;
    private final FortiosObjects objects;
    private final Map<String, Set<String>> zones = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();

    FortiosPolicies(String device, FortiosTables tables, Diagnostics diagnostics) {
        this.device = device;
        this.tables = tables;
        this.diagnostics = diagnostics;
        this.vdom = policyVdom();
        this.objects = new FortiosObjects(tables, vdom);
    }

    FilterStage stage() {
        checkFields();
        checkVdom();
        tables.find(vdom, "system zone").ifPresent(t -> t.inOrder().forEach(z -> zones.put(z.key, new LinkedHashSet<>(z.list("interface")))));
        List<FilterRule> rules = new ArrayList<>();
        Optional<Table> policies = tables.find(vdom, "firewall policy");
        Optional<Table> policies6 = tables.find(vdom, "firewall policy6");
        policies.ifPresent(t -> t.inOrder().forEach(p -> rules.addAll(policy(p, false))));
        if (policies6.isPresent() && !policies6.get().order.isEmpty()) {
            if (policies.isPresent() && policies.get().inOrder().stream().anyMatch(p -> p.get("srcaddr6").isPresent())) {
                report(policies6.get().line, "the file has IPv6 policies in both `firewall policy` and `firewall policy6`,"
                        + " whose relative order is not known");
            }
            policies6.get().inOrder().forEach(p -> rules.addAll(policy(p, true)));
        }
        tables.find(vdom, "system zone").ifPresent(t -> t.inOrder().forEach(z -> {
            if (z.value("intrazone", "deny").equals("allow") && !z.list("interface").isEmpty()) {
                // intrazone allow is checked after the policies (an explicit deny policy still wins), before the implicit deny
                Line line = FortiosObjects.line(z, "intrazone");
                Set<String> members = Set.copyOf(z.list("interface"));
                rules.add(new FilterRule(members, members, FilterMatch.any(), FilterRule.Action.PERMIT,
                        line.file().displayPath(), line.number()));
            }
        }));
        return new FilterStage("firewall policy", Set.of(), Set.of(), rules, FilterRule.Action.DENY);
    }

    /**
     * What the FortiGate accepts addressed to itself, after the firewall policies for an address on another interface
     * than the arrival one: the local-in policies in list order, IPv4 ones from {@code local-in-policy} and IPv6 ones
     * from {@code local-in-policy6}, each by the interface packets arrive on ({@code intf}, {@code any} or a system
     * zone); what none matches falls to the implicit local-in rules of the interfaces' {@code allowaccess}, which are
     * not zonec's and are read as permitting, the wider reading. Disabled policies are skipped.
     */
    FilterStage localIn() {
        List<FilterRule> rules = new ArrayList<>();
        tables.find(vdom, "firewall local-in-policy").ifPresent(t -> t.inOrder().forEach(p -> rules.addAll(localIn(p,
                IpFamily.V4))));
        tables.find(vdom, "firewall local-in-policy6").ifPresent(t -> t.inOrder().forEach(p -> rules.addAll(localIn(p,
                IpFamily.V6))));
        return new FilterStage("local-in policy", Set.of(), Set.of(), rules, FilterRule.Action.PERMIT);
    }

    private List<FilterRule> localIn(Entry p, IpFamily family) {
        if (p.value("status", "enable").equals("disable")) {
            return List.of();
        }
        try {
            reducible(p, LOCAL_IN_NARROWING, "local-in policy");
            FilterRule.Action action = action(p);
            if (!p.value("schedule", "").equals("always")) {
                throw new Unprovable(FortiosObjects.line(p, "schedule"), "local-in policy " + p.key + " has schedule `"
                        + p.value("schedule", "") + "`, not `always`");
            }
            Optional<Set<String>> in = interfaces(p, "intf");
            List<FilterMatch> terms = new ArrayList<>();
            for (String s : required(p, "service")) {
                terms.addAll(objects.service(s, FortiosObjects.line(p, "service")));
            }
            if (p.get("srcaddr").isEmpty() || p.get("dstaddr").isEmpty()) {
                throw new Unprovable(p.line, "local-in policy " + p.key + " has no source or destination address");
            }
            if (in.map(Set::isEmpty).orElse(false)) {
                return List.of();
            }
            Line line = FortiosObjects.line(p, "action");
            List<FilterRule> rules = new ArrayList<>();
            for (FilterMatch m : family(p, family, "srcaddr", "dstaddr", terms)) {
                rules.add(new FilterRule(in.orElse(Set.of()), Set.of(), m, action, line.file().displayPath(),
                        line.number()));
            }
            return rules;
        } catch (Unprovable e) {
            report(e.line(), e.why());
            return List.of();
        }
    }

    private List<FilterRule> policy(Entry p, boolean policy6) {
        if (p.value("status", "enable").equals("disable")) {
            return List.of();
        }
        try {
            reducible(p, NARROWING, "policy");
            for (String field : List.of("groups", "users", "fsso-groups")) {
                if (!p.list(field).isEmpty()) {
                    throw new Unprovable(FortiosObjects.line(p, field), "policy " + p.key + " matches " + field
                            + ", which packet headers do not show");
                }
            }
            if (!p.list("application-list").isEmpty() && p.value("utm-status", "disable").equals("enable")) {
                throw new Unprovable(FortiosObjects.line(p, "application-list"), "policy " + p.key
                        + " applies application control, which can block sessions by their content");
            }
            FilterRule.Action action = action(p);
            if (!p.value("schedule", "").equals("always")) {
                throw new Unprovable(FortiosObjects.line(p, "schedule"), "policy " + p.key + " has schedule `"
                        + p.value("schedule", "") + "`, not `always`");
            }
            Optional<Set<String>> in = interfaces(p, "srcintf");
            Optional<Set<String>> out = interfaces(p, "dstintf");
            List<String> services = required(p, "service");
            List<FilterMatch> terms = new ArrayList<>();
            for (String s : services) {
                terms.addAll(objects.service(s, FortiosObjects.line(p, "service")));
            }
            List<FilterMatch> matches = new ArrayList<>();
            if (policy6) {
                matches.addAll(family(p, IpFamily.V6, "srcaddr", "dstaddr", terms));
            } else {
                matches.addAll(family(p, IpFamily.V4, "srcaddr", "dstaddr", terms));
                matches.addAll(family(p, IpFamily.V6, "srcaddr6", "dstaddr6", terms));
            }
            if (p.get("srcaddr").isEmpty() && p.get("srcaddr6").isEmpty()) {
                throw new Unprovable(p.line, "policy " + p.key + " has no source address (FortiOS refuses it)");
            }
            // a policy without interfaces to apply to (an empty zone) matches nothing: an empty set would mean "any"
            if (in.map(Set::isEmpty).orElse(false) || out.map(Set::isEmpty).orElse(false)) {
                return List.of();
            }
            Line line = FortiosObjects.line(p, "action");
            List<FilterRule> rules = new ArrayList<>();
            for (FilterMatch m : matches) {
                rules.add(new FilterRule(in.orElse(Set.of()), out.orElse(Set.of()), m, action,
                        line.file().displayPath(), line.number()));
            }
            return rules;
        } catch (Unprovable e) {
            report(e.line(), e.why());
            return List.of();
        }
    }

    /** Throws what keeps an entry from being reduced to packets: a line not understood, or a narrowing field set. */
    private static void reducible(Entry p, Map<String, String> narrowing, String what) {
        p.problems.forEach(x -> {
            throw new Unprovable(x.line(), x.why());
        });
        for (Map.Entry<String, String> n : narrowing.entrySet()) {
            if (p.value(n.getKey(), "disable").equals(n.getValue())) {
                throw new Unprovable(FortiosObjects.line(p, n.getKey()), what + " " + p.key + " sets `" + n.getKey()
                        + " " + n.getValue() + "`, which the read-back does not reduce to packets");
            }
        }
    }

    /** The matches of one IP family: both address fields set (one alone is refused by FortiOS), or none. */
    private List<FilterMatch> family(Entry p, IpFamily family, String srcField, String dstField, List<FilterMatch> terms) {
        List<String> src = p.list(srcField);
        List<String> dst = p.list(dstField);
        if (src.isEmpty() && dst.isEmpty()) {
            return List.of();
        }
        if (src.isEmpty() || dst.isEmpty()) {
            throw new Unprovable(p.line, "policy " + p.key + " sets only one of " + srcField + " and " + dstField);
        }
        AddressSet sources = addresses(p, family, srcField, src);
        AddressSet destinations = addresses(p, family, dstField, dst);
        return RuleMatches.of(sources, destinations, terms);
    }

    private AddressSet addresses(Entry p, IpFamily family, String field, List<String> names) {
        Line at = FortiosObjects.line(p, field);
        AddressSet set = AddressSet.none();
        for (String name : names) {
            set = set.union(objects.address(family, name, at));
        }
        if (p.value(field + "-negate", "disable").equals("enable")) {
            AddressSet complement = set.complement();
            // the complement within this family only: the other family is another pair of fields
            set = AddressSet.of(family == IpFamily.V4 ? complement.v4() : complement.v6());
        }
        return set;
    }

    private FilterRule.Action action(Entry p) {
        String action = p.value("action", "deny");
        if (action.equals("accept")) {
            return FilterRule.Action.PERMIT;
        }
        if (action.equals("deny")) {
            return FilterRule.Action.DENY;
        }
        throw new Unprovable(FortiosObjects.line(p, "action"), "policy " + p.key + " has action " + action);
    }

    /** The interfaces a policy names (system zones stand for their members); empty for `any`. */
    private Optional<Set<String>> interfaces(Entry p, String field) {
        List<String> names = required(p, field);
        if (names.contains("any")) {
            return Optional.empty();
        }
        Set<String> interfaces = new LinkedHashSet<>();
        for (String name : names) {
            interfaces.addAll(zones.getOrDefault(name, Set.of(name)));
        }
        return Optional.of(interfaces);
    }

    private static List<String> required(Entry p, String field) {
        List<String> values = p.list(field);
        if (values.isEmpty()) {
            throw new Unprovable(p.line, "policy " + p.key + " has no " + field + " (FortiOS refuses it)");
        }
        return values;
    }

    /** Every field of the modelled tables is one the read-back knows; any other is ZC0802 (and breaks its entry). */
    private void checkFields() {
        for (Map<String, Table> byPath : tables.byVdom.values()) {
            for (Table t : byPath.values()) {
                Set<String> known = FIELDS.get(t.path);
                boolean policy = t.path.equals("firewall policy") || t.path.equals("firewall policy6");
                boolean localIn = t.path.startsWith("firewall local-in-policy");
                if (FortiosLines.DECIDING.contains(t.path) && !t.order.isEmpty()) {
                    report(t.line, "`config " + t.path + "` has entries, which decide forwarding in a way the read-back "
                            + "does not model");
                }
                if (t.path.equals("system settings") && t.settings.containsKey("ngfw-mode")
                        && t.settings.get("ngfw-mode").first().equals("policy-based")) {
                    report(t.settings.get("ngfw-mode").line(), "the VDOM is in policy-based NGFW mode (security policies)");
                }
                if (known == null && !policy && !localIn) {
                    continue;
                }
                for (Entry e : t.inOrder()) {
                    for (Map.Entry<String, Setting> s : e.settings.entrySet()) {
                        boolean ok = policy ? POLICY_FIELDS.contains(s.getKey()) || POLICY_NOTES.contains(s.getKey())
                                : localIn ? LOCAL_IN_FIELDS.contains(s.getKey()) || LOCAL_IN_NOTES.contains(s.getKey())
                                : known.contains(s.getKey());
                        if (!ok) {
                            Line line = s.getValue().line();
                            LineParsing.unknown(line, "a field the read-back does not model (`" + s.getKey() + "`), so not understood",
                                    diagnostics);
                            e.problems.add(new FortiosTables.Problem(line, "`" + e.key + "` in `config " + t.path
                                    + "` sets `" + s.getKey() + "`, which the read-back does not model"));
                        }
                    }
                }
            }
        }
    }

    /** One VDOM's policies are what the read-back models; several VDOMs with policies cannot be told apart. */
    private void checkVdom() {
        List<String> withPolicies = withPolicies();
        if (withPolicies.size() > 1) {
            Table t = tables.find(withPolicies.get(1), "firewall policy").orElseGet(() ->
                    tables.find(withPolicies.get(1), "firewall policy6").orElseThrow());
            report(t.line, "policies in more than one VDOM (" + String.join(", ", withPolicies) + ")");
        }
    }

    private String policyVdom() {
        List<String> withPolicies = withPolicies();
        return withPolicies.isEmpty() ? tables.byVdom.keySet().stream().filter(v -> !v.equals("global")).findFirst().orElse("")
                : withPolicies.get(0);
    }

    private List<String> withPolicies() {
        List<String> vdoms = new ArrayList<>();
        tables.byVdom.forEach((v, byPath) -> {
            if (byPath.values().stream().anyMatch(t -> t.path.startsWith("firewall policy") && !t.order.isEmpty())) {
                vdoms.add(v);
            }
        });
        return vdoms;
    }

    private void report(Line line, String why) {
        if (reported.add(line.number() + "\n" + line.file().displayPath() + "\n" + why)) {
            LineParsing.unprovable(device, line, why, diagnostics);
        }
    }
}
