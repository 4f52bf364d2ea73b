package dev.zonec.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.site.Topology;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.junit.jupiter.api.Test;

/** The block-cut-tree placement against brute-force enumeration of every simple path, on small random sites. */
class PathPlacementTest {

    @Test
    void matchesBruteForceOnRandomTopologies() {
        Random random = new Random(62443);
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            int zones = 2 + random.nextInt(6);
            int devices = 1 + random.nextInt(5);
            Graph<Node, DefaultEdge> g = GraphTypeBuilder.<Node, DefaultEdge>undirected().allowingMultipleEdges(false)
                    .allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
            for (int z = 0; z < zones; z++) {
                g.addVertex(new ZoneNode("z" + z));
            }
            for (int d = 0; d < devices; d++) {
                DeviceNode device = new DeviceNode("d" + d);
                g.addVertex(device);
                int degree = 2 + random.nextInt(Math.min(3, zones - 1));
                List<Integer> picks = new ArrayList<>();
                for (int z = 0; z < zones; z++) {
                    picks.add(z);
                }
                java.util.Collections.shuffle(picks, random);
                for (int i = 0; i < Math.min(degree, zones); i++) {
                    g.addEdge(device, new ZoneNode("z" + picks.get(i)));
                }
            }
            Set<String> noTransit = new HashSet<>();
            if (random.nextInt(3) == 0) {
                noTransit.add("z" + random.nextInt(zones));
            }
            PathPlacement placement = new PathPlacement(new Topology(g), noTransit);
            for (int a = 0; a < zones; a++) {
                for (int b = 0; b < zones; b++) {
                    if (a == b) {
                        continue;
                    }
                    SortedSet<Crossing> expected = bruteForce(g, "z" + a, "z" + b, noTransit);
                    assertEquals(expected, placement.crossings("z" + a, "z" + b),
                            "round " + round + " z" + a + " -> z" + b + " on " + g + " no-transit " + noTransit);
                    compared++;
                }
            }
        }
        assertTrue(compared > 2000, "compared " + compared);
    }

    @Test
    void ringIsCrossedOnlyInTheDirectionOfTheFlow() {
        // A - d1 - X - d - Y - d2 - B, and A - d3 - B: d is crossed X->Y only
        Graph<Node, DefaultEdge> g = GraphTypeBuilder.<Node, DefaultEdge>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
        String[][] edges = {{"d1", "A"}, {"d1", "X"}, {"d", "X"}, {"d", "Y"}, {"d2", "Y"}, {"d2", "B"}, {"d3", "A"}, {"d3", "B"}};
        for (String[] e : edges) {
            Node device = new DeviceNode(e[0]);
            Node zone = new ZoneNode(e[1]);
            g.addVertex(device);
            g.addVertex(zone);
            g.addEdge(device, zone);
        }
        SortedSet<Crossing> crossings = new PathPlacement(new Topology(g), Set.of()).crossings("A", "B");
        assertEquals(new TreeSet<>(List.of(new Crossing("d", "X", "Y"), new Crossing("d1", "A", "X"),
                new Crossing("d2", "Y", "B"), new Crossing("d3", "A", "B"))), crossings);
    }

    /** Every simple path from a to b, avoiding no-transit zones in between, and the crossings they make. */
    private static SortedSet<Crossing> bruteForce(Graph<Node, DefaultEdge> g, String a, String b, Set<String> noTransit) {
        SortedSet<Crossing> result = new TreeSet<>();
        List<Node> path = new ArrayList<>();
        path.add(new ZoneNode(a));
        walk(g, new ZoneNode(b), noTransit, path, result);
        return result;
    }

    private static void walk(Graph<Node, DefaultEdge> g, Node goal, Set<String> noTransit, List<Node> path,
                             SortedSet<Crossing> result) {
        Node last = path.get(path.size() - 1);
        if (last.equals(goal)) {
            for (int i = 1; i + 1 < path.size(); i += 2) {
                result.add(new Crossing(path.get(i).name(), path.get(i - 1).name(), path.get(i + 1).name()));
            }
            return;
        }
        if (path.size() > 1 && last instanceof ZoneNode && noTransit.contains(last.name())) {
            return;
        }
        for (Node next : Graphs.neighborListOf(g, last)) {
            if (!path.contains(next)) {
                path.add(next);
                walk(g, goal, noTransit, path, result);
                path.remove(path.size() - 1);
            }
        }
    }
}
