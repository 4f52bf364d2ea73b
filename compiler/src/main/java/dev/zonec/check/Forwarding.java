package dev.zonec.check;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * What each device lets through, read from the IR exactly as it will be emitted: for a zone-pair platform the
 * rules of that (in, out) pair; for an ingress-ACL platform every rule of the ingress zone, whatever the egress,
 * because routing and not the ACL picks the way out. Rules a waiver tells the check to disregard are left out.
 *
 * <p>Permit sets are built per (device, in, source zone), by egress: every address belongs to one zone and a rule's
 * sources all lie in one zone (the flow's source zone, or its destination zone for a reply), so packets from one
 * zone can only match that zone's rules. Unions of a few rules stay small where the union of a device's thousands
 * of rules would not.
 */
public final class Forwarding {
    private final PacketSpace space;
    private final Map<String, DeviceIr> devices = new HashMap<>();
    /** {@link #exits}, by device, ingress zone and source zone: nested, as lists of similar names hash alike. */
    private final Map<String, Map<String, Map<String, Exits>>> exits = new HashMap<>();
    private final RuleSets ruleSets;
    private final Map<String, Map<String, List<IrRule>>> byIngress = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> egresses = new HashMap<>();
    private final BiPredicate<String, IrRule> disregarded;

    /**
     * What a device forwards from one ingress zone for packets from one source zone: on a zone-pair platform a set per
     * egress zone that has rules ({@code toEvery} empty); on an ingress-ACL platform one set for every egress zone.
     * Egress zones a zone-pair device has no rule to get nothing. The sets belong to the Forwarding.
     */
    record Exits(Optional<Integer> toEvery, Map<String, Integer> byEgress) {}

    /**
     * @param ruleSets    the rule packet sets shared by every Forwarding of one run
     * @param disregarded (device, rule) pairs this view leaves out (waived for the check that uses it)
     */
    Forwarding(Ir ir, PacketSpace space, RuleSets ruleSets,
               BiPredicate<String, IrRule> disregarded) {
        this.space = space;
        this.ruleSets = ruleSets;
        this.disregarded = disregarded;
        ir.devices().forEach(d -> devices.put(d.device().name(), d));
    }

    /**
     * What {@code device} forwards from {@code in} for packets from hosts of {@code sourceZone}, built once: the rules
     * of the ingress zone whose sources lie in that zone (every rule's sources lie in one zone), by egress zone.
     * Asking by egress zone one pair at a time would cost every zone a device faces for every zone a search reaches.
     */
    Exits exits(String device, String in, String sourceZone) {
        return exits.computeIfAbsent(device, d -> new HashMap<>()).computeIfAbsent(in, i -> new HashMap<>())
                .computeIfAbsent(sourceZone, z -> {
                    DeviceIr ir = devices.get(device);
                    List<IrRule> rules = new ArrayList<>();
                    for (IrRule rule : byIngress.computeIfAbsent(device, x -> index(ir)).getOrDefault(in, List.of())) {
                        if (rule.sources().get(0).zone().equals(sourceZone) && !disregarded.test(device, rule)) {
                            rules.add(rule);
                        }
                    }
                    if (ir.device().platform().capabilities().scope() == FilterScope.INGRESS) {
                        return new Exits(Optional.of(space.union(rules.stream().map(this::ruleSet).toList())), Map.of());
                    }
                    Map<String, List<Integer>> byEgress = new TreeMap<>();
                    rules.forEach(r -> byEgress.computeIfAbsent(r.outZone(), o -> new ArrayList<>()).add(ruleSet(r)));
                    Map<String, Integer> sets = new TreeMap<>();
                    byEgress.forEach((out, list) -> sets.put(out, space.union(list)));
                    return new Exits(Optional.empty(), sets);
                });
    }

    /**
     * The zones {@code device} has a rule to from {@code in} (any source, waivers left out); empty for an ingress-ACL
     * device, whose rules apply whatever the egress.
     */
    Optional<Set<String>> egresses(String device, String in) {
        DeviceIr ir = devices.get(device);
        if (ir.device().platform().capabilities().scope() == FilterScope.INGRESS) {
            return Optional.empty();
        }
        return Optional.of(egresses.computeIfAbsent(device, d -> new HashMap<>()).computeIfAbsent(in, i -> {
            Set<String> outs = new HashSet<>();
            for (IrRule rule : byIngress.computeIfAbsent(device, x -> index(ir)).getOrDefault(in, List.of())) {
                if (!disregarded.test(device, rule)) {
                    outs.add(rule.outZone());
                }
            }
            return outs;
        }));
    }

    /** Every rule of the IR, as emitted (no waivers): what a flow query asks about. */
    public static Forwarding of(Ir ir, PacketSpace space) {
        return new Forwarding(ir, space, new RuleSets(space), (device, rule) -> false);
    }

    /** The first rule, in device order, that lets {@code packet} (a one-packet set) from {@code in} to {@code out}. */
    public Optional<IrRule> decidingRule(String device, String in, String out, int packet) {
        for (IrRule rule : rules(device, in, out)) {
            int hit = space.and(ruleSet(rule), packet);
            boolean matches = !space.isEmpty(hit);
            space.release(hit);
            if (matches) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private List<IrRule> rules(String device, String in, String out) {
        DeviceIr ir = devices.get(device);
        boolean ingressOnly = ir.device().platform().capabilities().scope() == FilterScope.INGRESS;
        List<IrRule> result = new ArrayList<>();
        for (IrRule rule : byIngress.computeIfAbsent(device, d -> index(ir)).getOrDefault(in, List.of())) {
            if ((ingressOnly || rule.outZone().equals(out)) && !disregarded.test(device, rule)) {
                result.add(rule);
            }
        }
        return result;
    }

    private static Map<String, List<IrRule>> index(DeviceIr ir) {
        Map<String, List<IrRule>> index = new HashMap<>();
        ir.rules().forEach(r -> index.computeIfAbsent(r.inZone(), z -> new ArrayList<>()).add(r));
        return index;
    }

    private int ruleSet(IrRule rule) {
        return ruleSets.of(rule);
    }
}
