package dev.zonec.lab;

import dev.zonec.lower.PathPlacement;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import dev.zonec.model.site.Zone;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * The routes of the lab: for every destination zone, the next hop of every namespace, as a router's table has one
 * route per destination. Where the policy's network has an admissible path to the destination, the route follows one
 * of the shortest admissible paths, the paths zonec places flows on ({@link PathPlacement}), so every allowed probe
 * crosses exactly devices that carry its rules. Everything else (a zone with no admissible path there) is routed along
 * the cabling anyway, so that denied probes meet the devices that must drop them rather than a missing route.
 *
 * <p>The routers are stateful: a reply that came back through another router than its request would be dropped there
 * as a connection it never saw, so {@link #checkSymmetric} asks that the way back of every allowed probe is its way
 * there, reversed. The choice between equally short paths is made the same way at every node (the first step, by zone
 * and then device name), which makes it so on the port terminal; a site where it does not is refused with a message,
 * not probed into confusing failures.
 */
final class LabRouting {
    /** By destination zone: each node's next node (a device after a zone, a zone after a device). */
    private final Map<String, Map<Node, Node>> next;

    private LabRouting(Map<String, Map<Node, Node>> next) {
        this.next = next;
    }

    static LabRouting of(Site site) {
        PathPlacement placement = PathPlacement.of(site);
        Graph<Node, DefaultEdge> graph = site.topology().graph();
        Map<String, Map<Node, Node>> next = new HashMap<>();
        for (Zone destination : site.zones()) {
            String b = destination.name();
            Map<Node, Node> hops = new HashMap<>();
            for (Zone source : site.zones()) {
                String a = source.name();
                if (a.equals(b)) {
                    continue;
                }
                // the last step into a on a shortest path from b is a's first step towards b (paths are symmetric)
                List<PathPlacement.Step> into = placement.paths(b, a, IpFamily.V4).steps().get(a);
                if (into == null) {
                    continue;
                }
                PathPlacement.Step first = into.get(0);
                Node device = new DeviceNode(first.device());
                set(hops, new ZoneNode(a), device, b);
                set(hops, device, new ZoneNode(first.from()), b);
            }
            extendAlongTheCabling(graph, b, hops);
            next.put(b, hops);
        }
        return new LabRouting(next);
    }

    private static void set(Map<Node, Node> hops, Node from, Node to, String destination) {
        Node before = hops.putIfAbsent(from, to);
        if (before != null && !before.equals(to)) {
            throw new IllegalStateException(from.name() + " would route " + destination + " both to " + before.name()
                    + " and to " + to.name() + ": the lab routes by destination only");
        }
    }

    /** Gives every node without a route to {@code destination} one towards a neighbour that has one. */
    private static void extendAlongTheCabling(Graph<Node, DefaultEdge> graph, String destination, Map<Node, Node> hops) {
        Node goal = new ZoneNode(destination);
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(goal);
        new TreeSet<>(hops.keySet()).forEach(queue::add);
        Set<Node> reached = new java.util.HashSet<>(queue);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            for (Node m : new TreeSet<>(Graphs.neighborListOf(graph, n))) {
                if (reached.add(m)) {
                    hops.put(m, n);
                    queue.add(m);
                }
            }
        }
    }

    /** The neighbour {@code from} sends traffic for {@code toZone} to. */
    Node nextHop(Node from, String toZone) {
        Node hop = next.get(toZone).get(from);
        if (hop == null) {
            throw new IllegalArgumentException(from.name() + " has no route to " + toZone);
        }
        return hop;
    }

    boolean reaches(Node from, String toZone) {
        return next.get(toZone).containsKey(from);
    }

    /**
     * The nodes a packet crosses from one zone to another, both included; a device's own end ({@code DEVICE@ZONE})
     * is reached through its zone and answers into it.
     */
    List<Node> path(String fromZone, String toZone) {
        Optional<LabLayout.Own> from = LabLayout.Own.of(fromZone);
        Optional<LabLayout.Own> to = LabLayout.Own.of(toZone);
        if (from.isPresent() || to.isPresent()) {
            List<Node> path = new ArrayList<>();
            from.ifPresent(o -> path.add(new DeviceNode(o.device())));
            path.addAll(path(from.map(LabLayout.Own::zone).orElse(fromZone), to.map(LabLayout.Own::zone).orElse(toZone)));
            to.ifPresent(o -> path.add(new DeviceNode(o.device())));
            return path;
        }
        List<Node> path = new ArrayList<>(List.of(new ZoneNode(fromZone)));
        Node at = path.get(0);
        while (!at.equals(new ZoneNode(toZone))) {
            at = nextHop(at, toZone);
            if (path.contains(at)) {
                throw new IllegalStateException("the lab's routes from " + fromZone + " to " + toZone + " loop at " + at.name());
            }
            path.add(at);
        }
        return path;
    }

    /** The routers a packet crosses from one zone to another, in order. */
    List<String> devicesBetween(String fromZone, String toZone) {
        return path(fromZone, toZone).stream().filter(n -> n instanceof DeviceNode).map(Node::name).toList();
    }

    /** The zones a router sends traffic to, for some destination, sorted. */
    List<String> zonesReachedFrom(String device) {
        Node d = new DeviceNode(device);
        Set<String> zones = new TreeSet<>();
        next.values().forEach(hops -> {
            Node hop = hops.get(d);
            if (hop != null) {
                zones.add(hop.name());
            }
        });
        return List.copyOf(zones);
    }

    /** Fails unless the way from {@code a} to {@code b} is the way back, reversed (stateful routers need both halves). */
    void checkSymmetric(String a, String b) {
        List<Node> there = path(a, b);
        List<Node> back = new ArrayList<>(path(b, a));
        java.util.Collections.reverse(back);
        if (!there.equals(back)) {
            throw new IllegalStateException("the lab routes " + a + " -> " + b + " along " + names(there)
                    + " but the replies along " + names(back) + ": stateful routers would drop them");
        }
    }

    private static String names(List<Node> path) {
        return String.join(" > ", path.stream().map(Node::name).toList());
    }
}
