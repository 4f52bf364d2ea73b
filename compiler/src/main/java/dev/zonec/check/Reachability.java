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
import java.util.TreeMap;
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
    /** For each zone, its devices and the other zones each of them faces, sorted. */
    private final Map<String, Map<String, List<String>>> exits = new HashMap<>();

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
            Map<String, List<String>> byDevice = new TreeMap<>();
            for (Node d : new TreeSet<>(Graphs.neighborListOf(graph, zone))) {
                for (Node z : new TreeSet<>(Graphs.neighborListOf(graph, d))) {
                    if (d instanceof DeviceNode && !z.equals(zone)) {
                        list.add(new Step(d.name(), z.name()));
                        byDevice.computeIfAbsent(d.name(), x -> new ArrayList<>()).add(z.name());
                    }
                }
            }
            steps.put(zone.name(), list);
            exits.put(zone.name(), byDevice);
        }
    }

    /**
     * For each zone, the packets of {@code start} (zone to packets entering the network there) that arrive in it;
     * every packet's source lies in one of {@code sourceZones}. A zone reached is pushed on through each of its devices
     * only to the zones that device has rules to for those sources (every zone it faces, on an ingress-ACL device
     * that has such rules): a core facing hundreds of zones costs the rules, not its zones, per zone reached.
     */
    Map<String, Integer> reach(Forwarding forwarding, Map<String, Integer> start, java.util.Collection<String> sourceZones) {
        Map<String, Integer> reached = new HashMap<>(start);
        Deque<String> work = new ArrayDeque<>(new TreeSet<>(start.keySet()));
        Set<String> queued = new HashSet<>(work);
        while (!work.isEmpty()) {
            String zone = work.poll();
            queued.remove(zone);
            int here = reached.get(zone);
            for (Map.Entry<String, List<String>> device : exits.getOrDefault(zone, Map.of()).entrySet()) {
                for (Map.Entry<String, Integer> step : permitted(forwarding, device.getKey(), zone, device.getValue(),
                        sourceZones).entrySet()) {
                    String next = step.getKey();
                    int through = space.and(here, step.getValue());
                    space.release(step.getValue());
                    int before = reached.getOrDefault(next, space.none());
                    if (!space.subsetOf(through, before)) {
                        reached.put(next, space.or(before, through));
                        space.release(before);
                        if (queued.add(next)) {
                            work.add(next);
                        }
                    }
                    space.release(through);
                }
            }
        }
        return reached;
    }

    /**
     * What {@code device} lets from {@code zone} on to each zone of {@code next} for packets of {@code sourceZones},
     * leaving out the zones it lets nothing to; each set a new reference the caller releases.
     */
    private Map<String, Integer> permitted(Forwarding forwarding, String device, String zone, List<String> next,
                                           java.util.Collection<String> sourceZones) {
        Map<String, Integer> result = new TreeMap<>();
        int toEvery = space.none();
        for (String source : sourceZones) {
            Forwarding.Exits exits = forwarding.exits(device, zone, source);
            if (exits.toEvery().isPresent()) {
                int wider = space.or(toEvery, exits.toEvery().get());
                space.release(toEvery);
                toEvery = wider;
            }
            exits.byEgress().forEach((out, set) -> result.merge(out, space.retain(set), (a, b) -> {
                int both = space.or(a, b);
                space.release(a);
                space.release(b);
                return both;
            }));
        }
        Set<String> faced = Set.copyOf(next); // rules only name zones the device faces; kept exact all the same
        result.entrySet().removeIf(e -> {
            if (faced.contains(e.getKey())) {
                return false;
            }
            space.release(e.getValue());
            return true;
        });
        if (!space.isEmpty(toEvery)) {
            for (String out : next) {
                int set = result.containsKey(out) ? space.or(result.get(out), toEvery) : space.retain(toEvery);
                Integer old = result.put(out, set);
                if (old != null) {
                    space.release(old);
                }
            }
        }
        space.release(toEvery);
        result.values().removeIf(set -> {
            if (space.isEmpty(set)) {
                space.release(set);
                return true;
            }
            return false;
        });
        return result;
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
