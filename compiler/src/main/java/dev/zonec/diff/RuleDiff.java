package dev.zonec.diff;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Match;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one device before and after. A rule is the same rule on both sides when it says the same thing in the
 * policy's words — kind, direction (in and out zone), IP version, conduit, source and destination names, service —
 * and unchanged when it also matches the same packets (addresses, ports, logging). Same words with other packets
 * (an asset renumbered, a service given another port) is a changed rule.
 */
public final class RuleDiff {

    private RuleDiff() {}

    static List<Plan.RuleChange> compare(List<IrRule> before, List<IrRule> after) {
        Map<String, List<IrRule>> was = byIdentity(before);
        Map<String, List<IrRule>> is = byIdentity(after);
        List<Plan.RuleChange> changes = new ArrayList<>();
        for (Map.Entry<String, List<IrRule>> e : is.entrySet()) {
            List<IrRule> olds = new ArrayList<>(was.getOrDefault(e.getKey(), List.of()));
            List<IrRule> news = new ArrayList<>();
            for (IrRule r : e.getValue()) {
                Optional<IrRule> same = olds.stream().filter(o -> content(o).equals(content(r))).findFirst();
                if (same.isPresent()) {
                    olds.remove(same.get());
                } else {
                    news.add(r);
                }
            }
            Iterator<IrRule> unmatched = olds.iterator();
            for (IrRule r : news) {
                if (unmatched.hasNext()) {
                    changes.add(new Plan.RuleChange(Plan.RuleChange.Kind.CHANGED, Optional.of(unmatched.next()), Optional.of(r)));
                    unmatched.remove();
                } else {
                    changes.add(new Plan.RuleChange(Plan.RuleChange.Kind.ADDED, Optional.empty(), Optional.of(r)));
                }
            }
            olds.forEach(o -> changes.add(new Plan.RuleChange(Plan.RuleChange.Kind.REMOVED, Optional.of(o), Optional.empty())));
            was.remove(e.getKey());
        }
        was.values().forEach(list -> list.forEach(o ->
                changes.add(new Plan.RuleChange(Plan.RuleChange.Kind.REMOVED, Optional.of(o), Optional.empty()))));
        changes.sort(java.util.Comparator.comparing((Plan.RuleChange c) -> identity(c.rule())).thenComparing(c -> c.kind()));
        return changes;
    }

    /** The rule in the policy's words, e.g. {@code historian -> tank-plc[*] modbus.read (site-ops -> tank-farm, IPv4)}. */
    public static String describe(IrRule r) {
        boolean reply = r.kind() == RuleKind.REPLY;
        return (reply ? "replies: " : "") + names(reply ? r.destinations() : r.sources()) + " -> "
                + names(reply ? r.sources() : r.destinations()) + " " + r.service().name() + " (" + r.inZone() + " -> "
                + r.outZone() + ", " + (r.family() == dev.zonec.model.site.IpFamily.V4 ? "IPv4" : "IPv6") + ")";
    }

    /** What a rule matches, in brief: its addresses and services. */
    public static String packets(IrRule r) {
        return addresses(r.sources()) + " -> " + addresses(r.destinations()) + " "
                + String.join(",", r.matches().stream().map(RuleDiff::match).toList()) + (r.log() ? " log" : "");
    }

    /** A service term as the policy writes one: {@code tcp/502}, {@code udp/161 from 1024-65535}, {@code icmp/8}. */
    static String match(Match m) {
        if (m instanceof Match.L4 l4) {
            String proto = l4.protocol().name().toLowerCase(java.util.Locale.ROOT);
            return proto + "/" + (l4.destinationPorts().isAll() ? "any" : l4.destinationPorts())
                    + (l4.sourcePorts().isAll() ? "" : " from " + l4.sourcePorts())
                    + (l4.established() ? " established" : "");
        }
        if (m instanceof Match.Icmp icmp) {
            return icmp.protocol().name().toLowerCase(java.util.Locale.ROOT)
                    + (icmp.type().isPresent() ? "/" + icmp.type().getAsInt() : "")
                    + (icmp.code().isPresent() ? "/" + icmp.code().getAsInt() : "");
        }
        return "ip";
    }

    private static String identity(IrRule r) {
        return r.conduit() + "|" + describe(r);
    }

    private static String content(IrRule r) {
        return packets(r);
    }

    private static Map<String, List<IrRule>> byIdentity(List<IrRule> rules) {
        Map<String, List<IrRule>> map = new LinkedHashMap<>();
        rules.forEach(r -> map.computeIfAbsent(identity(r), k -> new ArrayList<>()).add(r));
        return map;
    }

    private static String names(List<Endpoint> endpoints) {
        return String.join(",", endpoints.stream().map(e -> switch (e.kind()) {
            case FAMILY -> e.name() + "[*]";
            case ZONE -> "zone " + e.name();
            case ASSET -> e.name();
            case DEVICE -> "device " + e.name();
        }).toList());
    }

    private static String addresses(List<Endpoint> endpoints) {
        return String.join(",", endpoints.stream().flatMap(e -> e.addresses().stream()).map(Object::toString).toList());
    }
}
