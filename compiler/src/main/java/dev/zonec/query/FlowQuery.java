package dev.zonec.query;

import dev.zonec.check.Forwarding;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Query stage entry point: what happens to one packet (what Capirca's aclcheck and Batfish's testFilters
 * answer). For every simple path between the packet's zones (no-transit zones only at the ends, as in placement),
 * each device's verdict on the emitted rules and the rule that decided it; the packet gets through if every
 * device of some path permits it.
 */
public final class FlowQuery {
    /** More paths than this are not listed (the verdict then covers only the ones listed). */
    static final int MAX_PATHS = 64;

    public record DeviceVerdict(String device, Platform platform, String inZone, String outZone, Optional<IrRule> rule) {
        public boolean permits() {
            return rule.isPresent();
        }
    }

    public record PathResult(List<String> route, List<DeviceVerdict> devices) {
        public boolean allowed() {
            return devices.stream().allMatch(DeviceVerdict::permits);
        }
    }

    public record Answer(Packet packet, String fromZone, String toZone, List<PathResult> paths, boolean truncated) {
        public boolean allowed() {
            return paths.stream().anyMatch(PathResult::allowed);
        }
    }

    private FlowQuery() {}

    /** The zone holding an address, if any. */
    public static Optional<Zone> zoneOf(Site site, AddressBlock address) {
        return site.zones().stream().filter(z -> z.subnets().stream().anyMatch(s -> s.contains(address))).findFirst();
    }

    public static Answer ask(Site site, Ir ir, Packet packet, String fromZone, String toZone) {
        PacketSpace space = new PacketSpace();
        Forwarding forwarding = Forwarding.of(ir, space);
        int one = space.packet(packet);
        Map<String, Platform> platforms = new java.util.HashMap<>();
        site.devices().forEach(d -> platforms.put(d.name(), d.platform()));
        List<List<Node>> routes = new ArrayList<>();
        boolean truncated = routes(site, fromZone, toZone, routes);
        List<PathResult> paths = new ArrayList<>();
        for (List<Node> route : routes) {
            List<DeviceVerdict> verdicts = new ArrayList<>();
            for (int i = 1; i + 1 < route.size(); i += 2) {
                String device = route.get(i).name();
                String in = route.get(i - 1).name();
                String out = route.get(i + 1).name();
                verdicts.add(new DeviceVerdict(device, platforms.get(device), in, out,
                        forwarding.decidingRule(device, in, out, one)));
            }
            paths.add(new PathResult(route.stream().map(Node::name).toList(), verdicts));
        }
        space.release(one);
        return new Answer(packet, fromZone, toZone, paths, truncated);
    }

    /** Simple zone-device paths, shortest first; true when more than {@link #MAX_PATHS} exist. */
    private static boolean routes(Site site, String from, String to, List<List<Node>> out) {
        Graph<Node, DefaultEdge> graph = site.topology().graph();
        Map<String, Zone> zones = site.zonesByName();
        List<List<Node>> all = new ArrayList<>();
        boolean[] truncated = {false};
        List<Node> path = new ArrayList<>(List.of(new ZoneNode(from)));
        walk(graph, zones, new ZoneNode(to), path, all, truncated);
        all.sort(Comparator.comparingInt((List<Node> p) -> p.size()).thenComparing(p -> p.toString()));
        out.addAll(all);
        return truncated[0];
    }

    private static void walk(Graph<Node, DefaultEdge> graph, Map<String, Zone> zones, Node goal, List<Node> path,
                             List<List<Node>> found, boolean[] truncated) {
        Node last = path.get(path.size() - 1);
        if (last.equals(goal)) {
            if (found.size() >= MAX_PATHS) {
                truncated[0] = true;
            } else {
                found.add(List.copyOf(path));
            }
            return;
        }
        if (path.size() > 1 && last instanceof ZoneNode z && !zones.get(z.name()).transit()) {
            return;
        }
        for (Node next : new TreeSet<>(Graphs.neighborListOf(graph, last))) {
            if (truncated[0]) {
                return;
            }
            if (!path.contains(next) && (next instanceof DeviceNode || next instanceof ZoneNode)) {
                path.add(next);
                walk(graph, zones, goal, path, found, truncated);
                path.remove(path.size() - 1);
            }
        }
    }
}
