package dev.zonec.check;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.source.Span;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.LazySpace;
import dev.zonec.packet.PacketSpace;
import dev.zonec.packet.Terms;
import dev.zonec.support.Workers;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** What one worker thread checks with: its BDD kernel (made if a list needs it), and address blocks cut into prefixes. */
    private record Worker(LazySpace space, Map<AddressBlock, List<HeaderCube.Prefix>> prefixes) {}

    /** Overlap tests of cubes one list may cost before it goes to the BDDs instead: keeps the pre-check linear. */
    private static final int OVERLAP_TESTS_PER_LIST = 100_000;

    /**
     * Devices are checked on {@code threads} threads, each with its own BDD kernel; their covers are merged in
     * device order, so the findings do not depend on the number of threads.
     */
    static List<Finding> run(Ir ir, int threads) {
        int largest = ir.devices().stream().mapToInt(d -> d.rules().size()).max().orElse(0);
        List<List<Cover>> perDevice = Workers.map(ir.devices(), threads,
                () -> new Worker(new LazySpace(largest), new HashMap<>()), Redundancy::covers);
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

    private static List<Cover> covers(Worker worker, DeviceIr device) {
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
        for (List<IrRule> list : lists.values()) {
            List<IrRule> rules = oneRulePerLine(list);
            if (rules.size() < 2 || disjoint(rules, worker.prefixes())) {
                continue; // a rule alone in its list, or meeting no earlier one, cannot be covered
            }
            // the sets are built for this list only and released after it, so the check's memory stays flat
            PacketSpace space = worker.space().get();
            Map<IrRule, Integer> sets = new IdentityHashMap<>();
            int union = space.none();
            List<IrRule> earlier = new ArrayList<>();
            for (IrRule r : rules) {
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

    /**
     * The list without repeats of a line: a rule placed twice for one ingress ACL (the same flow, service, version and
     * endpoints, two egress zones) is one line of it, not a redundancy.
     */
    private static List<IrRule> oneRulePerLine(List<IrRule> rules) {
        Set<List<Object>> lines = new HashSet<>();
        return rules.stream()
                .filter(r -> lines.add(List.of(r.flowId(), r.service().name(), r.family(), r.sources(), r.destinations())))
                .toList();
    }

    /**
     * Whether no rule of the list shares a packet with an earlier one, shown with cubes (see {@link HeaderCube}), so
     * that none is covered: a rule's packets are never empty, as its cubes are not. False means only "not shown this
     * way" (a rule that meets an earlier one, too many cubes or tests): the BDDs decide.
     */
    private static boolean disjoint(List<IrRule> rules, Map<AddressBlock, List<HeaderCube.Prefix>> prefixes) {
        List<HeaderCube> earlier = new ArrayList<>();
        long tests = 0;
        for (IrRule r : rules) {
            List<HeaderCube> cubes = new ArrayList<>();
            for (FilterMatch term : Terms.of(r)) {
                if (!HeaderCube.expand(term, prefixes, cubes::add)) {
                    return false;
                }
            }
            tests += (long) cubes.size() * earlier.size();
            if (cubes.isEmpty() || tests > OVERLAP_TESTS_PER_LIST) {
                return false;
            }
            for (HeaderCube c : cubes) {
                for (HeaderCube e : earlier) {
                    if (c.overlaps(e)) {
                        return false;
                    }
                }
            }
            earlier.addAll(cubes);
        }
        return true;
    }
}
