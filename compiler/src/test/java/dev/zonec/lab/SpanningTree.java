package dev.zonec.lab;

import dev.zonec.model.site.Site;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import dev.zonec.model.site.Zone;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The one spanning tree of the zone/device graph that the lab routes along. The routers are stateful: a reply that
 * came back through another router than its request would be dropped there as a connection it never saw, so every
 * pair of zones must use one path in both directions. Routing along a tree gives exactly that: the unique tree path.
 *
 * <p>A no-transit zone ({@code cctv}, {@code iot-sensors}) is only ever a leaf of the tree: no other zone's traffic is
 * routed through it, as the policy demands. The tree starts as a breadth-first search from the first zone that
 * carries transit (neighbours in a fixed order); a router that is a leaf of the tree would carry no probe, so edges
 * are then swapped, deterministically, while that brings more routers inside the tree.
 *
 * <p>The tree path is always one of the paths zonec placed a flow on: zonec places each flow on every device of every
 * simple path between its zones that does not cross a no-transit zone, and a tree path is such a path. So the probes
 * test the placement on one path per zone pair; the other paths' rules are loaded but carry no traffic.
 */
final class SpanningTree {

    /** A zone/device edge of the topology, ordered by names so every choice is reproducible. */
    private record Edge(Node zone, Node device) implements Comparable<Edge> {
        private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::zone).thenComparing(Edge::device);

        @Override
        public int compareTo(Edge other) {
            return ORDER.compare(this, other);
        }
    }

    private final Map<Node, Node> parent;
    private final Map<Node, Integer> depth;

    private SpanningTree(Map<Node, Node> parent, Map<Node, Integer> depth) {
        this.parent = parent;
        this.depth = depth;
    }

    static SpanningTree of(Site site) {
        Set<Node> leavesOnly = site.zones().stream().filter(z -> !z.transit()).map(z -> new ZoneNode(z.name()))
                .collect(Collectors.toSet());
        Node root = site.zones().stream().filter(Zone::transit).findFirst().map(z -> (Node) new ZoneNode(z.name()))
                .orElseThrow(() -> new IllegalStateException("no zone carries transit: the lab has nothing to route through"));
        Set<Edge> all = edges(site.topology().graph());
        Set<Edge> tree = breadthFirst(root, all, leavesOnly);
        Set<Node> nodes = nodes(tree, root);
        for (Zone zone : site.zones()) {
            if (!nodes.contains(new ZoneNode(zone.name()))) {
                throw new IllegalStateException("zone " + zone.name()
                        + " can be reached only through a no-transit zone; the lab cannot route to it");
            }
        }
        Set<Edge> candidates = all.stream().filter(e -> nodes.contains(e.zone()) && nodes.contains(e.device()))
                .collect(Collectors.toCollection(TreeSet::new));
        tree = bringRoutersInside(tree, candidates, root, nodes, leavesOnly);

        Map<Node, Node> parent = new HashMap<>();
        Map<Node, Integer> depth = new HashMap<>(Map.of(root, 0));
        Deque<Node> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            for (Node next : neighbours(tree, node)) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(node) + 1);
                    parent.put(next, node);
                    queue.addLast(next);
                }
            }
        }
        return new SpanningTree(parent, depth);
    }

    private static Set<Edge> edges(Graph<Node, DefaultEdge> graph) {
        Set<Edge> edges = new TreeSet<>();
        for (DefaultEdge e : graph.edgeSet()) {
            Node a = graph.getEdgeSource(e);
            Node b = graph.getEdgeTarget(e);
            edges.add(a instanceof ZoneNode ? new Edge(a, b) : new Edge(b, a));
        }
        return edges;
    }

    private static Set<Edge> breadthFirst(Node root, Set<Edge> all, Set<Node> leavesOnly) {
        Set<Edge> tree = new TreeSet<>();
        Set<Node> seen = new HashSet<>(List.of(root));
        Deque<Node> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            if (leavesOnly.contains(node)) {
                continue; // never route others' traffic through a no-transit zone
            }
            for (Node next : neighbours(all, node)) {
                if (seen.add(next)) {
                    tree.add(node instanceof ZoneNode ? new Edge(node, next) : new Edge(next, node));
                    queue.addLast(next);
                }
            }
        }
        return tree;
    }

    /**
     * Swaps one tree edge for one other edge while that puts more routers inside the tree (two or more tree edges):
     * a simple hill climb, tiny at the size of a site, ending when no single swap helps.
     */
    private static Set<Edge> bringRoutersInside(Set<Edge> start, Set<Edge> candidates, Node root, Set<Node> nodes,
                                                Set<Node> leavesOnly) {
        Set<Edge> tree = new TreeSet<>(start);
        boolean improved = true;
        while (improved) {
            improved = false;
            int score = routersInside(tree);
            search:
            for (Edge add : candidates) {
                if (tree.contains(add)) {
                    continue;
                }
                for (Edge drop : List.copyOf(tree)) {
                    Set<Edge> swapped = new TreeSet<>(tree);
                    swapped.remove(drop);
                    swapped.add(add);
                    if (routersInside(swapped) > score && valid(swapped, root, nodes, leavesOnly)) {
                        tree = swapped;
                        improved = true;
                        break search;
                    }
                }
            }
        }
        return tree;
    }

    private static int routersInside(Set<Edge> tree) {
        Map<Node, Integer> degree = new HashMap<>();
        tree.forEach(e -> degree.merge(e.device(), 1, Integer::sum));
        return (int) degree.values().stream().filter(d -> d >= 2).count();
    }

    /** Spans every node (with nodes - 1 edges, so it is a tree), and every no-transit zone is a leaf. */
    private static boolean valid(Set<Edge> tree, Node root, Set<Node> nodes, Set<Node> leavesOnly) {
        for (Node zone : leavesOnly) {
            if (tree.stream().filter(e -> e.zone().equals(zone)).count() > 1) {
                return false;
            }
        }
        return nodes(tree, root).equals(nodes);
    }

    /** The nodes reachable from {@code root} over {@code edges}. */
    private static Set<Node> nodes(Set<Edge> edges, Node root) {
        Set<Node> seen = new HashSet<>(List.of(root));
        Deque<Node> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            for (Node next : neighbours(edges, queue.removeFirst())) {
                if (seen.add(next)) {
                    queue.addLast(next);
                }
            }
        }
        return seen;
    }

    private static List<Node> neighbours(Set<Edge> edges, Node node) {
        List<Node> neighbours = new ArrayList<>();
        for (Edge e : edges) {
            if (e.zone().equals(node)) {
                neighbours.add(e.device());
            } else if (e.device().equals(node)) {
                neighbours.add(e.zone());
            }
        }
        Collections.sort(neighbours);
        return neighbours;
    }

    /** The tree path from {@code from} to {@code to}, both included. */
    List<Node> path(Node from, Node to) {
        List<Node> up = new ArrayList<>();
        List<Node> down = new ArrayList<>();
        Node a = from;
        Node b = to;
        while (depth(a) > depth(b)) {
            up.add(a);
            a = parent.get(a);
        }
        while (depth(b) > depth(a)) {
            down.add(b);
            b = parent.get(b);
        }
        while (!a.equals(b)) {
            up.add(a);
            down.add(b);
            a = parent.get(a);
            b = parent.get(b);
        }
        up.add(a);
        Collections.reverse(down);
        up.addAll(down);
        return up;
    }

    /** The neighbour of {@code from} on the tree path to {@code to}. */
    Node nextHop(Node from, Node to) {
        return path(from, to).get(1);
    }

    /** The routers a packet crosses from one zone to another, in order. */
    List<String> devicesBetween(String fromZone, String toZone) {
        return path(new ZoneNode(fromZone), new ZoneNode(toZone)).stream()
                .filter(n -> n instanceof DeviceNode).map(Node::name).toList();
    }

    /** The zones a router links in the tree, sorted: the router forwards between these. */
    List<String> zonesLinkedBy(String device) {
        Node d = new DeviceNode(device);
        return parent.entrySet().stream()
                .filter(e -> e.getValue().equals(d) || e.getKey().equals(d))
                .map(e -> e.getKey().equals(d) ? e.getValue() : e.getKey())
                .map(Node::name).sorted().toList();
    }

    boolean reaches(Node node) {
        return depth.containsKey(node);
    }

    private int depth(Node node) {
        Integer d = depth.get(node);
        if (d == null) {
            throw new IllegalArgumentException(node.name() + " is not in the lab's spanning tree");
        }
        return d;
    }
}
