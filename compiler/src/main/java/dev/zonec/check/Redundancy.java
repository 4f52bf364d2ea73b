package dev.zonec.check;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.source.Span;
import dev.zonec.packet.PacketSpace;
import dev.zonec.support.Workers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ZC0611: a rule on a device whose packets earlier rules of the same filter list already permit. The IR holds only
 * permits before the default deny, so a rule can be redundant but never shadowed by a deny. A rule placed twice for
 * one ingress ACL (same flow, two egress zones) is one ACL line, not a redundancy. Reported once per allow rule and
 * service, naming the devices and the earlier allow rules that cover it.
 */
final class Redundancy {

    private Redundancy() {}

    /** One rule covered on one device: the later rule, and the earlier rules that overlap it, in list order. */
    private record Cover(Span later, String service, String device, List<Integer> flows, List<Span> earlier) {}

    private record Key(Span later, String service) {}

    private record Covered(Set<String> devices, Set<Span> earlier, Set<Integer> flows) {}

    /**
     * Devices are checked on {@code threads} threads, each with its own BDD kernel; their covers are merged in
     * device order, so the findings do not depend on the number of threads.
     */
    static List<Finding> run(Ir ir, int threads) {
        int largest = ir.devices().stream().mapToInt(d -> d.rules().size()).max().orElse(0);
        List<List<Cover>> perDevice = Workers.map(ir.devices(), threads, () -> PacketSpace.forRules(largest),
                Redundancy::covers);
        Map<Key, Covered> found = new LinkedHashMap<>();
        for (List<Cover> covers : perDevice) {
            for (Cover cover : covers) {
                Covered c = found.computeIfAbsent(new Key(cover.later(), cover.service()),
                        k -> new Covered(new TreeSet<>(), new LinkedHashSet<>(), new TreeSet<>()));
                c.devices().add(cover.device());
                c.flows().addAll(cover.flows());
                c.earlier().addAll(cover.earlier());
            }
        }
        List<Finding> findings = new ArrayList<>();
        found.forEach((key, covered) -> {
            Diagnostic.Builder d = Diagnostic.warning(Code.ZC0611, "`" + key.service() + "` here is already allowed by "
                            + "earlier rules on " + String.join(", ", covered.devices()))
                    .at(key.later())
                    .help("remove the redundant rule, or narrow the earlier one if it is wider than intended");
            covered.earlier().stream().filter(s -> !s.equals(key.later()))
                    .forEach(s -> d.label(s, "covered by this earlier rule"));
            findings.add(new Finding(d.build(), covered.flows(), Set.of(), covered.devices(), Set.of()));
        });
        return findings;
    }

    private static List<Cover> covers(PacketSpace space, DeviceIr device) {
        List<Cover> covers = new ArrayList<>();
        boolean ingress = device.device().platform().capabilities().scope() == FilterScope.INGRESS;
        Map<List<String>, List<IrRule>> lists = new LinkedHashMap<>();
        for (IrRule r : device.rules()) {
            if (r.kind() == RuleKind.REQUEST) {
                // rules of different (source zone, destination zone) pairs cannot overlap: zones are disjoint
                String pair = r.sources().get(0).zone() + ">" + r.destinations().get(0).zone();
                lists.computeIfAbsent(ingress ? List.of(r.inZone(), pair) : List.of(r.inZone(), r.outZone(), pair),
                        k -> new ArrayList<>()).add(r);
            }
        }
        for (List<IrRule> rules : lists.values()) {
            if (rules.size() < 2) {
                continue; // a rule alone in its list cannot be covered by another
            }
            // the sets are built for this list only and released after it, so the check's memory stays flat
            Map<IrRule, Integer> sets = new IdentityHashMap<>();
            int union = space.none();
            Set<List<Object>> lines = new HashSet<>();
            List<IrRule> earlier = new ArrayList<>();
            for (IrRule r : rules) {
                if (!lines.add(List.of(r.flowId(), r.service().name(), r.family(), r.sources(), r.destinations()))) {
                    continue;
                }
                int set = sets.computeIfAbsent(r, space::rule);
                if (space.subsetOf(set, union)) {
                    List<Integer> flows = new ArrayList<>(List.of(r.flowId()));
                    List<Span> overlapping = new ArrayList<>();
                    for (IrRule e : earlier) {
                        int overlap = space.and(set, sets.get(e));
                        if (!space.isEmpty(overlap)) {
                            overlapping.add(e.origin());
                            flows.add(e.flowId());
                        }
                        space.release(overlap);
                    }
                    covers.add(new Cover(r.origin(), r.service().name(), device.device().name(), flows, overlapping));
                }
                int next = space.or(union, set);
                space.release(union);
                union = next;
                earlier.add(r);
            }
            space.release(union);
            sets.values().forEach(space::release);
        }
        return covers;
    }
}
