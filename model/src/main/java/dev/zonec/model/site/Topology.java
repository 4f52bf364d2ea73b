package dev.zonec.model.site;

import java.util.Collection;
import java.util.Comparator;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The site as an undirected bipartite graph: zones and devices are vertices, an edge joins a device to each
 * zone one of its interfaces faces. Read-only once built.
 */
public record Topology(Graph<Node, DefaultEdge> graph) {

    /** A vertex of the topology. */
    public sealed interface Node extends Comparable<Node> {
        String name();

        @Override
        default int compareTo(Node other) {
            return ORDER.compare(this, other);
        }
    }

    public record ZoneNode(String name) implements Node {}

    public record DeviceNode(String name) implements Node {}

    private static final Comparator<Node> ORDER = Comparator
            .comparing((Node n) -> n instanceof ZoneNode ? 0 : 1)
            .thenComparing(Node::name);

    public static Topology of(Collection<Zone> zones, Collection<Device> devices) {
        Graph<Node, DefaultEdge> g = GraphTypeBuilder.<Node, DefaultEdge>undirected()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        zones.forEach(z -> g.addVertex(new ZoneNode(z.name())));
        for (Device d : devices) {
            DeviceNode node = new DeviceNode(d.name());
            g.addVertex(node);
            for (String zone : d.zones()) {
                g.addEdge(node, new ZoneNode(zone));
            }
        }
        return new Topology(new AsUnmodifiableGraph<>(g));
    }
}
