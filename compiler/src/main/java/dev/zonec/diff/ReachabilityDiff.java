package dev.zonec.diff;

import dev.zonec.check.Hop;
import dev.zonec.check.ZoneReach;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reachability gained and lost between two versions of a site, computed on the rules each would emit, in one packet
 * space (BDDs) so the two can be subtracted.
 *
 * <p>Only source zones whose reach can differ are pushed through the network. What new connections from zone Z reach
 * depends on Z's subnets, the rules whose sources lie in Z (every address belongs to one zone, and a rule's sources
 * to one zone), and the zones each device faces; and a device forwards only what its rules permit, so a device that
 * faces other zones changes the reach of its rules' source zones only. The zones compared are those whose subnets
 * changed, the source zones of rules that differ, and the source zones of the rules of devices whose zones changed.
 * A zone's subnets bound what counts as arriving there, but they cannot make a packet that reached it by rules
 * unchanged start or stop arriving: a rule's destinations lie in its zone, on both sides.
 *
 * <p>A difference between two zones is cut into one entry per allow rule: an example packet is traced hop by hop on
 * the side that permits it, the rule that lets it through the last device names the service and, with the rules of
 * the other hops, the policy lines; the packets that rule permits are then taken out and the next example is drawn,
 * until nothing is left.
 */
final class ReachabilityDiff {

    private ReachabilityDiff() {}

    record Result(List<Plan.Reach> added, List<Plan.Reach> removed, int zonesCompared) {}

    /** @param same devices whose emitted config is the same bytes on both sides: their rules are the same rules */
    static Result compare(Optional<Site> beforeSite, Optional<Ir> beforeIr, Optional<Site> afterSite, Optional<Ir> afterIr,
                          Set<String> same) {
        return compareZones(beforeSite, beforeIr, afterSite, afterIr,
                zonesToCompare(beforeSite, beforeIr, afterSite, afterIr, same));
    }

    /** As {@link #compare}, pushing the given source zones through the network (all of them, in tests). */
    static Result compareZones(Optional<Site> beforeSite, Optional<Ir> beforeIr, Optional<Site> afterSite,
                               Optional<Ir> afterIr, Set<String> zones) {
        long rules = beforeIr.map(ReachabilityDiff::ruleCount).orElse(0L) + afterIr.map(ReachabilityDiff::ruleCount).orElse(0L);
        PacketSpace space = PacketSpace.forRules(rules);
        Optional<ZoneReach> before = reach(beforeSite, beforeIr, space);
        Optional<ZoneReach> after = reach(afterSite, afterIr, space);
        List<Plan.Reach> added = new ArrayList<>();
        List<Plan.Reach> removed = new ArrayList<>();
        for (String from : zones) {
            Map<String, Integer> was = before.map(r -> r.from(from)).orElseGet(HashMap::new);
            Map<String, Integer> is = after.map(r -> r.from(from)).orElseGet(HashMap::new);
            for (String to : new TreeSet<>(union(was.keySet(), is.keySet()))) {
                int old = was.getOrDefault(to, space.none());
                int now = is.getOrDefault(to, space.none());
                if (old != now) { // BDDs are canonical: one node is one set
                    int gained = space.minus(now, old);
                    int lost = space.minus(old, now);
                    if (!space.isEmpty(gained)) {
                        explain(space, after.orElseThrow(), from, to, gained, added);
                    }
                    if (!space.isEmpty(lost)) {
                        explain(space, before.orElseThrow(), from, to, lost, removed);
                    }
                    space.release(gained);
                    space.release(lost);
                }
            }
            was.values().forEach(space::release);
            is.values().forEach(space::release);
        }
        Comparator<Plan.Reach> order = Comparator.comparing(Plan.Reach::from).thenComparing(Plan.Reach::to)
                .thenComparing(Plan.Reach::service).thenComparing(Plan.Reach::replies);
        added.sort(order);
        removed.sort(order);
        return new Result(added, removed, zones.size());
    }

    /** Cuts {@code set} (not released here) into entries, one per allow rule that lets its packets reach {@code to}. */
    private static void explain(PacketSpace space, ZoneReach side, String from, String to, int set, List<Plan.Reach> out) {
        Map<List<Object>, Plan.Reach> merged = new LinkedHashMap<>();
        int rest = space.retain(set);
        while (!space.isEmpty(rest)) {
            Packet example = space.example(rest);
            List<Hop> hops = side.trace(from, to, example);
            if (hops.isEmpty()) {
                throw new IllegalStateException("packet " + example.describe() + " reaches " + to + " from " + from
                        + " but no chain of rules lets it");
            }
            IrRule last = hops.get(hops.size() - 1).rule();
            int covered = space.and(rest, side.packets(last));
            Packet nicer = space.example(covered);
            int next = space.minus(rest, covered);
            space.release(covered);
            space.release(rest);
            rest = next;
            TreeSet<Span> policy = new TreeSet<>();
            TreeSet<String> devices = new TreeSet<>();
            hops.forEach(h -> {
                policy.add(h.rule().origin());
                devices.add(h.device());
            });
            boolean replies = last.kind() == RuleKind.REPLY;
            List<Object> key = List.of(last.service().name(), replies);
            Plan.Reach previous = merged.get(key);
            if (previous != null) {
                policy.addAll(previous.policy());
                devices.addAll(previous.devices());
                nicer = previous.example();
            }
            merged.put(key, new Plan.Reach(from, to, last.service().name(), replies, nicer, List.copyOf(policy),
                    List.copyOf(devices)));
        }
        space.release(rest);
        out.addAll(merged.values());
    }

    private static Optional<ZoneReach> reach(Optional<Site> site, Optional<Ir> ir, PacketSpace space) {
        return site.isPresent() && ir.isPresent() ? Optional.of(new ZoneReach(site.get(), ir.get(), space)) : Optional.empty();
    }

    /** The source zones whose reach may differ (see the class comment), sorted. */
    static Set<String> zonesToCompare(Optional<Site> beforeSite, Optional<Ir> beforeIr, Optional<Site> afterSite,
                                      Optional<Ir> afterIr, Set<String> same) {
        Set<String> all = new TreeSet<>();
        beforeSite.ifPresent(s -> s.zones().forEach(z -> all.add(z.name())));
        afterSite.ifPresent(s -> s.zones().forEach(z -> all.add(z.name())));
        if (beforeIr.isEmpty() || afterIr.isEmpty()) {
            return all;
        }
        Set<String> changed = new TreeSet<>();
        // a zone whose subnets changed starts from other packets
        Map<String, List<String>> subnetsBefore = subnets(beforeSite.get());
        Map<String, List<String>> subnetsAfter = subnets(afterSite.get());
        for (String zone : all) {
            if (!java.util.Objects.equals(subnetsBefore.get(zone), subnetsAfter.get(zone))) {
                changed.add(zone);
            }
        }
        // a device that faces other zones carries the packets its rules permit elsewhere: those of their source zones
        Map<String, Set<String>> facesBefore = faces(beforeSite.get());
        Map<String, Set<String>> facesAfter = faces(afterSite.get());
        Set<String> moved = new TreeSet<>();
        for (String device : union(facesBefore.keySet(), facesAfter.keySet())) {
            if (!java.util.Objects.equals(facesBefore.get(device), facesAfter.get(device))) {
                moved.add(device);
            }
        }
        for (Ir ir : List.of(beforeIr.get(), afterIr.get())) {
            for (DeviceIr d : ir.devices()) {
                if (moved.contains(d.device().name())) {
                    d.rules().forEach(r -> changed.add(sourceZone(r)));
                }
            }
        }
        // and a zone whose rules differ anywhere
        Map<String, List<String>> was = rulesBySourceZone(beforeIr.get(), same);
        Map<String, List<String>> is = rulesBySourceZone(afterIr.get(), same);
        for (String zone : union(was.keySet(), is.keySet())) {
            if (!was.getOrDefault(zone, List.of()).equals(is.getOrDefault(zone, List.of()))) {
                changed.add(zone);
            }
        }
        changed.retainAll(all);
        return changed;
    }

    private static Map<String, Set<String>> faces(Site site) {
        Map<String, Set<String>> devices = new HashMap<>();
        for (Device d : site.devices()) {
            devices.put(d.name(), d.zones());
        }
        return devices;
    }

    private static Map<String, List<String>> subnets(Site site) {
        Map<String, List<String>> zones = new HashMap<>();
        for (Zone z : site.zones()) {
            zones.put(z.name(), z.subnets().stream().map(Object::toString).sorted().toList());
        }
        return zones;
    }

    private static String sourceZone(IrRule r) {
        return r.sources().isEmpty() ? "" : r.sources().get(0).zone();
    }

    /**
     * Every rule's packets and place, as text, by the zone of its sources; sorted so that order does not count. The
     * rules of devices in {@code same} are left out: they are equal on both sides.
     */
    private static Map<String, List<String>> rulesBySourceZone(Ir ir, Set<String> same) {
        Map<String, List<String>> byZone = new HashMap<>();
        for (DeviceIr d : ir.devices()) {
            if (same.contains(d.device().name())) {
                continue;
            }
            for (IrRule r : d.rules()) {
                String zone = sourceZone(r);
                byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(d.device().name() + "|" + r.inZone() + "|"
                        + r.outZone() + "|" + r.family() + "|" + addresses(r.sources()) + "|" + addresses(r.destinations())
                        + "|" + r.matches());
            }
        }
        byZone.values().forEach(list -> list.sort(null));
        return byZone;
    }

    private static String addresses(List<dev.zonec.model.site.Endpoint> endpoints) {
        return endpoints.stream().flatMap(e -> e.addresses().stream()).map(Object::toString).sorted().toList().toString();
    }

    private static long ruleCount(Ir ir) {
        return ir.devices().stream().mapToLong(d -> d.rules().size()).sum();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
