package dev.zonec.lower;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Level;
import dev.zonec.model.site.Site;
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
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * ZC0301, a flow with no admissible path, explained: the shortest way the cabling does join its zones (never through a
 * DMZ or a safety zone, which can never carry transit), and what keeps it from being admissible there, each with its
 * fix: a zone that does not say {@code transit} (or has no subnet of the flow's IP version), a device whose
 * {@code routes:} leave out the two zones it would join. Only run for a flow that cannot be placed.
 */
final class NoPath {
    private final Graph<Node, DefaultEdge> graph;
    private final Map<String, Zone> zones;
    private final Map<String, Device> devices;

    NoPath(Site site) {
        this.graph = site.topology().graph();
        this.zones = site.zonesByName();
        this.devices = site.devicesByName();
    }

    /** The error for {@code flow}, which has no admissible path for {@code families}. */
    Diagnostic.Builder explain(Flow flow, List<IpFamily> families, List<IpFamily> flowFamilies) {
        String a = flow.sourceZone();
        String b = flow.destinationZone();
        String version = families.size() == flowFamilies.size() ? "" : " for " + name(families.get(0));
        Optional<List<Node>> path = shortest(a, b, z -> !neverTransit(z));
        if (path.isEmpty()) {
            Optional<List<Node>> through = shortest(a, b, z -> true);
            String message = "no device joins zone `" + a + "` to zone `" + b + "`"
                    + through.map(p -> ", except through " + blocked(p)).orElse(", even through other zones");
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0301, message).at(flow.origin());
            through.flatMap(this::dmzOn).ifPresent(dmz -> d.help("a DMZ is where both sides meet on a host, never a "
                    + "way through: let `" + a + "` reach a host in `" + dmz + "` (a mirror, a jump host) and that host "
                    + "reach `" + b + "`"));
            return d.help("give a device in inventory.yaml interfaces facing both `" + a + "` and `" + b
                    + "`, or a path of zones between them declared `transit`");
        }
        List<Node> p = path.get();
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0301, "no admissible path from zone `" + a + "` to zone `" + b
                        + "`" + version + ": the network joins them only as " + describe(p))
                .at(flow.origin());
        List<String> fixes = new ArrayList<>();
        for (int i = 2; i + 2 < p.size(); i += 2) {
            Zone z = zones.get(p.get(i).name());
            if (!z.transit()) {
                d.label(z.span(), "`" + z.name() + "` does not say `transit`");
                fixes.add("declare `transit` in zone `" + z.name() + "` if its network really carries other zones' traffic");
            } else {
                for (IpFamily f : families) {
                    if (!z.hasFamily(f)) {
                        d.label(z.span(), "`" + z.name() + "` has no " + name(f) + " subnet, so it carries no " + name(f)
                                + " transit");
                        fixes.add("give zone `" + z.name() + "` its " + name(f) + " subnet");
                    }
                }
            }
        }
        for (int i = 1; i < p.size(); i += 2) {
            Device device = devices.get(p.get(i).name());
            String in = p.get(i - 1).name();
            String out = p.get(i + 1).name();
            if (!device.forwards(in, out)) {
                d.label(device.span(), "`" + device.name() + "` does not route " + in + " <-> " + out);
                fixes.add("add `" + in + " <-> " + out + "` to the routes of `" + device.name() + "` if it forwards between them");
            }
        }
        fixes.add("or give a device interfaces facing both `" + a + "` and `" + b + "`");
        d.help(String.join("; ", fixes));
        return d;
    }

    /** A DMZ is where two sides meet on a host, a safety zone carries only its own traffic: never a way through. */
    private static boolean neverTransit(Zone z) {
        return z.safety() || z.level().equals(Level.DMZ);
    }

    /** The first DMZ between the ends of a path, if any. */
    private Optional<String> dmzOn(List<Node> path) {
        for (int i = 2; i + 2 < path.size(); i += 2) {
            Zone z = zones.get(path.get(i).name());
            if (z.level().equals(Level.DMZ)) {
                return Optional.of(z.name());
            }
        }
        return Optional.empty();
    }

    private String blocked(List<Node> path) {
        List<String> names = new ArrayList<>();
        for (int i = 2; i + 2 < path.size(); i += 2) {
            Zone z = zones.get(path.get(i).name());
            if (neverTransit(z)) {
                names.add("`" + z.name() + "` (" + (z.safety() ? "a safety zone" : "a DMZ") + ", never transit)");
            }
        }
        return String.join(" and ", names);
    }

    /** The shortest zone-device path, entering between its ends only zones {@code passable} admits; ties by name. */
    private Optional<List<Node>> shortest(String from, String to, Predicate<Zone> passable) {
        Node start = new ZoneNode(from);
        Node goal = new ZoneNode(to);
        Map<Node, Node> parent = new HashMap<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(start));
        parent.put(start, start);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (n.equals(goal)) {
                List<Node> path = new ArrayList<>();
                for (Node x = goal; !x.equals(start); x = parent.get(x)) {
                    path.add(0, x);
                }
                path.add(0, start);
                return Optional.of(path);
            }
            if (n instanceof ZoneNode z && !n.equals(start) && !passable.test(zones.get(z.name()))) {
                continue;
            }
            for (Node m : new TreeSet<>(Graphs.neighborListOf(graph, n))) {
                if (!parent.containsKey(m)) {
                    parent.put(m, n);
                    queue.add(m);
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(List<Node> path) {
        return String.join(" -> ", path.stream().map(Node::name).toList());
    }

    static String name(IpFamily family) {
        return family == IpFamily.V4 ? "IPv4" : "IPv6";
    }
}
