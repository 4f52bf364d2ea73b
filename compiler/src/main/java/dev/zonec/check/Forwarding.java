package dev.zonec.check;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What each device lets through, read from the IR exactly as it will be emitted: for a zone-pair platform the
 * rules of that (in, out) pair; for an ingress-ACL platform every rule of the ingress zone, whatever the egress,
 * because routing and not the ACL picks the way out. Rules a waiver tells the check to disregard are left out.
 *
 * <p>Permit sets are built per (device, in, out, source zone): every address belongs to one zone and a rule's
 * sources all lie in one zone (the flow's source zone, or its destination zone for a reply), so packets from one
 * zone can only match that zone's rules. Unions of a few rules stay small where the union of a device's thousands
 * of rules would not.
 */
public final class Forwarding {
    private final PacketSpace space;
    private final Map<String, DeviceIr> devices = new HashMap<>();
    private final Map<List<String>, Integer> permits = new HashMap<>();
    private final RuleSets ruleSets;
    private final Map<String, Map<String, List<IrRule>>> byIngress = new HashMap<>();
    private final BiPredicate<String, IrRule> disregarded;

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

    /** Packets from hosts of {@code sourceZone} that {@code device} forwards from {@code in} to {@code out}. */
    int permits(String device, String in, String out, String sourceZone) {
        return permits.computeIfAbsent(List.of(device, in, out, sourceZone), k -> space.union(rules(device, in, out)
                .stream().filter(rule -> rule.sources().get(0).zone().equals(sourceZone)).map(this::ruleSet).toList()));
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
