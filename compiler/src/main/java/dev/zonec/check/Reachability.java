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
import java.util.Optional;
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
    /** Each zone's devices, and each device's zones, sorted by name: the topology's edges, twice. */
    private final Map<String, List<String>> devicesOfZone = new HashMap<>();
    private final Map<String, List<String>> zonesOfDevice = new HashMap<>();
    private final Map<String, Set<String>> zoneSetOfDevice = new HashMap<>();

    Reachability(Topology topology, PacketSpace space) {
        this.space = space;
        Graph<Node, DefaultEdge> graph = topology.graph();
        for (Node node : new TreeSet<>(graph.vertexSet())) {
            List<String> names = new TreeSet<>(Graphs.neighborListOf(graph, node)).stream().map(Node::name).toList();
            if (node instanceof ZoneNode) {
                devicesOfZone.put(node.name(), names);
            } else if (node instanceof DeviceNode) {
                zonesOfDevice.put(node.name(), names);
                zoneSetOfDevice.put(node.name(), Set.copyOf(names));
            }
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
            for (String device : devicesOfZone.getOrDefault(zone, List.of())) {
                for (Map.Entry<String, Integer> step : permitted(forwarding, device, zone, sourceZones).entrySet()) {
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
     * What {@code device} lets from {@code zone} on to each other zone it faces for packets of {@code sourceZones},
     * leaving out the zones it lets nothing to; each set a new reference the caller releases.
     */
    private Map<String, Integer> permitted(Forwarding forwarding, String device, String zone,
                                           java.util.Collection<String> sourceZones) {
        Map<String, Integer> result = new TreeMap<>();
        int toEvery = space.none();
        Set<String> faced = zoneSetOfDevice.get(device);
        for (String source : sourceZones) {
            Forwarding.Exits exits = forwarding.exits(device, zone, source);
            if (exits.toEvery().isPresent()) {
                int wider = space.or(toEvery, exits.toEvery().get());
                space.release(toEvery);
                toEvery = wider;
            }
            exits.byEgress().forEach((out, set) -> {
                if (!out.equals(zone) && faced.contains(out)) { // rules only name zones the device faces; kept exact
                    result.merge(out, space.retain(set), (a, b) -> {
                        int both = space.or(a, b);
                        space.release(a);
                        space.release(b);
                        return both;
                    });
                }
            });
        }
        if (!space.isEmpty(toEvery)) {
            for (String out : zonesOfDevice.get(device)) {
                if (out.equals(zone)) {
                    continue;
                }
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
            for (String device : devicesOfZone.getOrDefault(zone, List.of())) {
                Optional<Set<String>> ruled = forwarding.egresses(device, zone);
                for (String next : zonesOfDevice.get(device)) {
                    if (next.equals(zone) || seen.contains(next) || ruled.isPresent() && !ruled.get().contains(next)) {
                        continue;
                    }
                    var rule = forwarding.decidingRule(device, zone, next, one);
                    if (rule.isPresent()) {
                        seen.add(next);
                        cameBy.put(next, new Hop(device, zone, next, rule.get()));
                        work.add(next);
                    }
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
