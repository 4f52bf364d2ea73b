package dev.zonec.check;

import dev.zonec.model.site.Topology;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Network reachability on the emitted rules: a set of packets is pushed from zone to zone through every device
 * until nothing changes (a fixpoint over the topology), and a single packet can be traced hop by hop.
 */
final class Reachability {
    private final PacketSpace space;
    private final Map<String, List<Step>> steps = new HashMap<>();

    /** From a zone, through one of its devices, to another zone that device faces. */
    record Step(String device, String next) {}

    Reachability(Topology topology, PacketSpace space) {
        this.space = space;
        Graph<Node, DefaultEdge> graph = topology.graph();
        for (Node zone : graph.vertexSet()) {
            if (!(zone instanceof ZoneNode)) {
                continue;
            }
            List<Step> list = new ArrayList<>();
            for (Node d : new TreeSet<>(Graphs.neighborListOf(graph, zone))) {
                for (Node z : new TreeSet<>(Graphs.neighborListOf(graph, d))) {
                    if (d instanceof DeviceNode && !z.equals(zone)) {
                        list.add(new Step(d.name(), z.name()));
                    }
                }
            }
            steps.put(zone.name(), list);
        }
    }

    /**
     * For each zone, the packets of {@code start} (zone to packets entering the network there) that arrive in it;
     * every packet's source lies in one of {@code sourceZones}.
     */
    Map<String, Integer> reach(Forwarding forwarding, Map<String, Integer> start, java.util.Collection<String> sourceZones) {
        Map<String, Integer> reached = new HashMap<>(start);
        Deque<String> work = new ArrayDeque<>(new TreeSet<>(start.keySet()));
        Set<String> queued = new HashSet<>(work);
        while (!work.isEmpty()) {
            String zone = work.poll();
            queued.remove(zone);
            int here = reached.get(zone);
            for (Step step : steps.getOrDefault(zone, List.of())) {
                int permitted = space.union(sourceZones.stream()
                        .map(source -> forwarding.permits(step.device(), zone, step.next(), source)).toList());
                int through = space.and(here, permitted);
                space.release(permitted);
                int before = reached.getOrDefault(step.next(), space.none());
                if (!space.subsetOf(through, before)) {
                    reached.put(step.next(), space.or(before, through));
                    space.release(before);
                    if (queued.add(step.next())) {
                        work.add(step.next());
                    }
                }
                space.release(through);
            }
        }
        return reached;
    }

    /** A shortest chain of device hops that lets {@code packet} from zone {@code start} to zone {@code goal}. */
    List<Hop> trace(Forwarding forwarding, String start, String goal, Packet packet) {
        int one = space.packet(packet);
        Map<String, Hop> cameBy = new HashMap<>();
        Deque<String> work = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(List.of(start));
        while (!work.isEmpty()) {
            String zone = work.poll();
            if (zone.equals(goal)) {
                break;
            }
            for (Step step : steps.getOrDefault(zone, List.of())) {
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
}
