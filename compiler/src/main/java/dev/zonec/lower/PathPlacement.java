package dev.zonec.lower;

import dev.zonec.model.site.Topology;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BlockCutpointGraph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Answers: on which devices, entering from which zone and leaving to which, does some simple path from zone A to
 * zone B pass? Zones marked no-transit are left out of the graph unless they are A or B.
 *
 * <p>Enumerating simple paths is exponential, so this uses the block-cut tree: every simple A-B path runs through
 * exactly the blocks (biconnected components) on the tree path between A and B, entering each block at one cut
 * vertex and leaving at the next. A device that is a cut vertex between two consecutive blocks can take any of its
 * neighbours in the first block as predecessor and any in the second as successor (a block minus one vertex stays
 * connected). Only a device inside a block needs a search: it is crossed x -> d -> y exactly when the block minus d
 * holds disjoint paths entry..x and y..exit. That search is done per (block, entry, exit) and cached; it is
 * exponential only in the size of one block, and gives up with {@link PlacementTooComplexException} past a budget.
 */
public final class PathPlacement {
    /** Search steps allowed per (block, device, neighbour pair): far beyond any real site's needs. */
    static final long SEARCH_BUDGET = 2_000_000;

    private final Graph<Node, DefaultEdge> graph;
    private final Set<ZoneNode> noTransit;
    private final long budget;
    private final Map<Set<ZoneNode>, Variant> variants = new HashMap<>();
    private final Map<List<String>, SortedSet<Crossing>> cache = new HashMap<>();

    public PathPlacement(Topology topology, Collection<String> noTransitZones) {
        this(topology, noTransitZones, SEARCH_BUDGET);
    }

    PathPlacement(Topology topology, Collection<String> noTransitZones, long budget) {
        this.budget = budget;
        this.graph = topology.graph();
        this.noTransit = new HashSet<>();
        noTransitZones.forEach(z -> this.noTransit.add(new ZoneNode(z)));
    }

    /** Crossings of every simple path from zone {@code a} to zone {@code b}; empty when none exists. */
    public SortedSet<Crossing> crossings(String a, String b) {
        return cache.computeIfAbsent(List.of(a, b), k -> compute(new ZoneNode(a), new ZoneNode(b)));
    }

    private SortedSet<Crossing> compute(ZoneNode a, ZoneNode b) {
        Set<ZoneNode> readmitted = new HashSet<>();
        if (noTransit.contains(a)) {
            readmitted.add(a);
        }
        if (noTransit.contains(b)) {
            readmitted.add(b);
        }
        Variant variant = variants.computeIfAbsent(readmitted, this::variant);
        return variant.crossings(a, b);
    }

    private Variant variant(Set<ZoneNode> readmitted) {
        Set<Node> vertices = new HashSet<>(graph.vertexSet());
        vertices.removeAll(noTransit);
        vertices.addAll(readmitted);
        Graph<Node, DefaultEdge> g = noTransit.isEmpty() ? graph : new AsSubgraph<>(graph, vertices);
        return new Variant(g, budget);
    }

    /** One graph (the topology less some no-transit zones) with its block-cut tree and per-block caches. */
    private static final class Variant {
        private final BlockCutpointGraph<Node, DefaultEdge> tree;
        private final Set<Graph<Node, DefaultEdge>> cutNodes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Graph<Node, DefaultEdge>, Map<List<Node>, Set<Crossing>>> inBlock = new IdentityHashMap<>();
        private final Map<Graph<Node, DefaultEdge>, Graph<Node, DefaultEdge>> parent = new IdentityHashMap<>();
        private final Map<Graph<Node, DefaultEdge>, Integer> depth = new IdentityHashMap<>();
        private final long budget;

        Variant(Graph<Node, DefaultEdge> graph, long budget) {
            this.budget = budget;
            this.tree = new BlockCutpointGraph<>(graph);
            tree.getCutpoints().forEach(c -> cutNodes.add(tree.getBlock(c)));
            rootForest();
        }

        SortedSet<Crossing> crossings(ZoneNode a, ZoneNode b) {
            SortedSet<Crossing> result = new TreeSet<>();
            // a zone facing no device is its own block, and JGraphT leaves such blocks out of the tree
            if (a.equals(b) || !tree.containsVertex(tree.getBlock(a)) || !tree.containsVertex(tree.getBlock(b))) {
                return result;
            }
            List<Graph<Node, DefaultEdge>> nodes = treePath(tree.getBlock(a), tree.getBlock(b));
            if (nodes.isEmpty()) {
                return result;
            }
            // the blocks along the tree path, with the vertex each is entered and left by
            List<Graph<Node, DefaultEdge>> blocks = new ArrayList<>();
            List<Node> entries = new ArrayList<>();
            List<Node> exits = new ArrayList<>();
            Node current = a;
            for (int i = 0; i < nodes.size(); i++) {
                Graph<Node, DefaultEdge> n = nodes.get(i);
                if (cutNodes.contains(n)) {
                    continue;
                }
                Node exit = b;
                if (i + 1 < nodes.size()) {
                    exit = nodes.get(i + 1).vertexSet().iterator().next();
                }
                blocks.add(n);
                entries.add(current);
                exits.add(exit);
                current = exit;
            }
            for (int i = 0; i < blocks.size(); i++) {
                Graph<Node, DefaultEdge> block = blocks.get(i);
                result.addAll(inBlock.computeIfAbsent(block, k -> new HashMap<>())
                        .computeIfAbsent(List.of(entries.get(i), exits.get(i)),
                                k -> interior(block, k.get(0), k.get(1), budget)));
                // a device joining this block to the next is crossed from any neighbour here to any neighbour there
                if (i + 1 < blocks.size() && exits.get(i) instanceof DeviceNode d) {
                    for (Node x : neighboursTowards(block, d, entries.get(i))) {
                        for (Node y : neighboursTowards(blocks.get(i + 1), d, exits.get(i + 1))) {
                            result.add(new Crossing(d.name(), x.name(), y.name()));
                        }
                    }
                }
            }
            return result;
        }

        /**
         * The path between two nodes of the block-cut forest, or empty when they lie in different trees. Climbs parent
         * links to the lowest common ancestor, so it costs the path's length, not the forest's size (a search per
         * zone pair over the whole forest would make placement quadratic on a large estate).
         */
        private List<Graph<Node, DefaultEdge>> treePath(Graph<Node, DefaultEdge> from, Graph<Node, DefaultEdge> to) {
            Deque<Graph<Node, DefaultEdge>> up = new ArrayDeque<>();
            Deque<Graph<Node, DefaultEdge>> down = new ArrayDeque<>();
            Graph<Node, DefaultEdge> x = from;
            Graph<Node, DefaultEdge> y = to;
            while (depth.get(x) > depth.get(y)) {
                up.addLast(x);
                x = parent.get(x);
            }
            while (depth.get(y) > depth.get(x)) {
                down.addFirst(y);
                y = parent.get(y);
            }
            while (x != y) {
                Graph<Node, DefaultEdge> px = parent.get(x);
                Graph<Node, DefaultEdge> py = parent.get(y);
                if (px == null || py == null) {
                    return List.of(); // two roots: different components
                }
                up.addLast(x);
                down.addFirst(y);
                x = px;
                y = py;
            }
            List<Graph<Node, DefaultEdge>> path = new ArrayList<>(up);
            path.add(x);
            path.addAll(down);
            return path;
        }

        /**
         * Roots every tree of the block-cut forest (JGraphT's breadth-first traversal, across components) and keeps
         * each node's parent and depth by identity: a block's own hash code walks the whole block.
         */
        private void rootForest() {
            BreadthFirstIterator<Graph<Node, DefaultEdge>, DefaultEdge> traversal = new BreadthFirstIterator<>(tree);
            while (traversal.hasNext()) {
                Graph<Node, DefaultEdge> node = traversal.next();
                depth.put(node, traversal.getDepth(node));
                Graph<Node, DefaultEdge> up = traversal.getParent(node);
                if (up != null) {
                    parent.put(node, up);
                }
            }
        }

        /** The neighbours of cut vertex {@code d} a simple path through {@code block} to/from {@code other} can use. */
        private static List<Node> neighboursTowards(Graph<Node, DefaultEdge> block, Node d, Node other) {
            if (block.vertexSet().size() == 2) {
                return List.of(other);
            }
            return Graphs.neighborListOf(block, d);
        }

        /** Crossings of devices strictly inside a block, for simple paths entering at u and leaving at w. */
        private static Set<Crossing> interior(Graph<Node, DefaultEdge> block, Node u, Node w, long budget) {
            Set<Crossing> result = new HashSet<>();
            if (block.vertexSet().size() <= 2) {
                return result;
            }
            for (Node v : new TreeSet<>(block.vertexSet())) {
                if (!(v instanceof DeviceNode d) || v.equals(u) || v.equals(w)) {
                    continue;
                }
                List<Node> neighbours = new ArrayList<>(new TreeSet<>(Graphs.neighborListOf(block, d)));
                for (Node x : neighbours) {
                    for (Node y : neighbours) {
                        if (!x.equals(y) && new LinkageSearch(block, d, u, x, y, w, budget).found()) {
                            result.add(new Crossing(d.name(), x.name(), y.name()));
                        }
                    }
                }
            }
            return result;
        }
    }

    /**
     * Is there a path u..x and a path y..w, vertex-disjoint, in the block without d? Depth-first over simple paths
     * from u, pruned as soon as x becomes unreachable or y and w are cut apart.
     */
    private static final class LinkageSearch {
        private final Graph<Node, DefaultEdge> block;
        private final Node x;
        private final Node y;
        private final Node w;
        private final Set<Node> used = new HashSet<>();
        private final long budget;
        private long steps;
        private final boolean found;

        LinkageSearch(Graph<Node, DefaultEdge> block, Node d, Node u, Node x, Node y, Node w, long budget) {
            this.budget = budget;
            this.block = block;
            this.x = x;
            this.y = y;
            this.w = w;
            used.add(d);
            found = !x.equals(w) && !y.equals(u) && extend(u);
        }

        boolean found() {
            return found;
        }

        private boolean extend(Node v) {
            if (++steps > budget) {
                throw new PlacementTooComplexException("more than " + budget + " search steps in one block");
            }
            if (used.contains(v) || v.equals(y) || v.equals(w)) {
                return false;
            }
            used.add(v);
            try {
                if (!connected(y, w)) {
                    return false;
                }
                if (v.equals(x)) {
                    return true;
                }
                if (!reachable(v, x)) {
                    return false;
                }
                for (Node next : new TreeSet<>(Graphs.neighborListOf(block, v))) {
                    if (extend(next)) {
                        return true;
                    }
                }
                return false;
            } finally {
                used.remove(v);
            }
        }

        /** y..w avoiding the used vertices. */
        private boolean connected(Node from, Node to) {
            return search(from, to, Set.of());
        }

        /** from..to where from itself is used (it is the end of the current path). */
        private boolean reachable(Node from, Node to) {
            return search(from, to, Set.of(from));
        }

        private boolean search(Node from, Node to, Set<Node> allowedUsed) {
            Deque<Node> queue = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            queue.add(from);
            seen.add(from);
            while (!queue.isEmpty()) {
                Node n = queue.poll();
                if (n.equals(to)) {
                    return true;
                }
                for (Node m : Graphs.neighborListOf(block, n)) {
                    if (seen.add(m) && (!used.contains(m) || allowedUsed.contains(m))) {
                        queue.add(m);
                    }
                }
            }
            return false;
        }
    }
}
