package dev.zonec.check;

import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Proves {@code require no-path A -> B} on the emitted rules: the set of new-connection packets from A's addresses
 * to B's addresses is pushed from zone to zone through every device until nothing changes (a fixpoint over the
 * topology); the requirement holds when none of it arrives in B. Otherwise one packet that arrives is traced back
 * hop by hop as the witness.
 */
final class NoPathCheck {
    private final PacketSpace space;
    private final Forwarding forwarding;
    private final Graph<Node, DefaultEdge> graph;
    private final Map<String, Zone> zones;

    NoPathCheck(Site site, PacketSpace space, Forwarding forwarding) {
        this.space = space;
        this.forwarding = forwarding;
        this.graph = site.topology().graph();
        this.zones = site.zonesByName();
    }

    InvariantResult check(Invariant.NoPath invariant) {
        Zone from = zones.get(invariant.from());
        Zone to = zones.get(invariant.to());
        int fresh = space.established(false);
        int packets = space.and(fresh, addresses(from, to));
        space.release(fresh);
        Map<String, Integer> reached = reach(from.name(), packets);
        int arrived = reached.getOrDefault(to.name(), space.none());
        if (space.isEmpty(arrived)) {
            return new InvariantResult(invariant, Optional.empty());
        }
        Packet example = space.example(arrived);
        return new InvariantResult(invariant, Optional.of(new InvariantResult.Witness(example,
                trace(from.name(), to.name(), example))));
    }

    /** Packets from any address of {@code from} to any address of {@code to}, both IP versions. */
    private int addresses(Zone from, Zone to) {
        int result = space.none();
        for (var family : dev.zonec.model.site.IpFamily.values()) {
            if (from.hasFamily(family) && to.hasFamily(family)) {
                int f = space.family(family);
                int s = space.sources(from.subnets());
                int d = space.destinations(to.subnets());
                int sd = space.and(s, d);
                int one = space.and(f, sd);
                int union = space.or(result, one);
                List.of(f, s, d, sd, one, result).forEach(space::release);
                result = union;
            }
        }
        return result;
    }

    /** Fixpoint: for each zone, the packets of the start set that can arrive in it. */
    private Map<String, Integer> reach(String start, int packets) {
        Map<String, Integer> reached = new HashMap<>();
        reached.put(start, packets);
        Deque<String> work = new ArrayDeque<>(List.of(start));
        while (!work.isEmpty()) {
            String zone = work.poll();
            int here = reached.get(zone);
            for (Step step : steps(zone)) {
                int through = space.and(here, forwarding.permits(step.device(), zone, step.next()));
                int before = reached.getOrDefault(step.next(), space.none());
                if (!space.subsetOf(through, before)) {
                    reached.put(step.next(), space.or(before, through));
                    space.release(before);
                    work.add(step.next());
                }
                space.release(through);
            }
        }
        return reached;
    }

    /** A shortest chain of hops that lets {@code packet} from zone {@code start} to zone {@code goal}. */
    private List<Hop> trace(String start, String goal, Packet packet) {
        int one = space.packet(packet);
        Map<String, Hop> cameBy = new HashMap<>();
        Deque<String> work = new ArrayDeque<>(List.of(start));
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(start));
        while (!work.isEmpty()) {
            String zone = work.poll();
            if (zone.equals(goal)) {
                break;
            }
            for (Step step : steps(zone)) {
                if (seen.contains(step.next())) {
                    continue;
                }
                var rule = forwarding.decidingRule(step.device(), zone, step.next(), one);
                if (rule.isPresent()) {
                    seen.add(step.next());
                    cameBy.put(step.next(), new Hop(step.device(), zone, step.next(), rule.get()));
                    work.add(step.next());
                }
            }
        }
        space.release(one);
        List<Hop> hops = new ArrayList<>();
        for (String z = goal; cameBy.containsKey(z); z = cameBy.get(z).inZone()) {
            hops.add(cameBy.get(z));
        }
        Collections.reverse(hops);
        return hops;
    }

    private record Step(String device, String next) {}

    /** From a zone: through each of its devices to each other zone that device faces, in name order. */
    private List<Step> steps(String zone) {
        List<Step> steps = new ArrayList<>();
        for (Node d : new TreeSet<>(Graphs.neighborListOf(graph, new ZoneNode(zone)))) {
            for (Node z : new TreeSet<>(Graphs.neighborListOf(graph, d))) {
                if (d instanceof DeviceNode && !z.name().equals(zone)) {
                    steps.add(new Step(d.name(), z.name()));
                }
            }
        }
        return steps;
    }
}
