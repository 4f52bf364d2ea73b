package dev.zonec.check;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What each device lets through, read from the IR exactly as it will be emitted: for a zone-pair platform the
 * rules of that (in, out) pair; for an ingress-ACL platform every rule of the ingress zone, whatever the egress,
 * because routing and not the ACL picks the way out. Rules a waiver tells the check to disregard are left out.
 * Permit sets are built once per (device, in, out).
 */
public final class Forwarding {
    private final PacketSpace space;
    private final Map<String, DeviceIr> devices = new HashMap<>();
    private final Map<List<String>, Integer> permits = new HashMap<>();
    private final Map<IrRule, Integer> ruleSets;
    private final BiPredicate<String, IrRule> disregarded;

    /**
     * @param ruleSets    a cache of rule packet sets shared by every Forwarding of one run (keyed by identity)
     * @param disregarded (device, rule) pairs this view leaves out (waived for the check that uses it)
     */
    Forwarding(Ir ir, PacketSpace space, IdentityHashMap<IrRule, Integer> ruleSets,
               BiPredicate<String, IrRule> disregarded) {
        this.space = space;
        this.ruleSets = ruleSets;
        this.disregarded = disregarded;
        ir.devices().forEach(d -> devices.put(d.device().name(), d));
    }

    /** Packets {@code device} forwards from {@code in} to {@code out}. */
    int permits(String device, String in, String out) {
        return permits.computeIfAbsent(List.of(device, in, out), k -> {
            int set = space.none();
            for (IrRule rule : rules(device, in, out)) {
                int union = space.or(set, ruleSet(rule));
                space.release(set);
                set = union;
            }
            return set;
        });
    }

    /** Every rule of the IR, as emitted (no waivers): what a flow query asks about. */
    public static Forwarding of(Ir ir, PacketSpace space) {
        return new Forwarding(ir, space, new IdentityHashMap<>(), (device, rule) -> false);
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
        for (IrRule rule : ir.rules()) {
            if (rule.inZone().equals(in) && (ingressOnly || rule.outZone().equals(out)) && !disregarded.test(device, rule)) {
                result.add(rule);
            }
        }
        return result;
    }

    private int ruleSet(IrRule rule) {
        return ruleSets.computeIfAbsent(rule, space::rule);
    }
}
