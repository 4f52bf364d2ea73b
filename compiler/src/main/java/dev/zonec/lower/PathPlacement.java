package dev.zonec.lower;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.site.ZonePair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the network carries a flow: the shortest admissible paths between its two zones, one IP version at a time.
 *
 * <p>A path runs zone, device, zone, ..., device, zone. It is admissible when every zone between its ends carries other
 * zones' traffic of that IP version (the zone says {@code transit} and has a subnet of the version) and every device
 * forwards between the two zones it joins on the path (its {@code routes:}, or every pair of the zones it faces when
 * it has none). Of the admissible paths the network uses the shortest, in devices crossed; where several are equally
 * short (a redundant pair of firewalls) it may use any, so the flow is placed on all of them.
 *
 * <p>One breadth-first search per source zone and IP version finds them all, in time linear in the topology: a device
 * without routes is one vertex joined to the zones it faces, a device with routes one vertex per route (joined to the
 * route's two zones), and only the source and transit zones are searched beyond. The shortest paths to a zone are then
 * the edges that descend from it, one search step at a time, back to the source; no path is ever enumerated to place a
 * flow. The reachability proofs ({@code require ...}) do not use this: they judge every physical path.
 */
public final class PathPlacement {
    /** What a search vertex is. */
    private enum Kind {
        ZONE,
        /** A device without {@code routes:}: it forwards between any two zones it faces. */
        DEVICE,
        /** One route of a device with {@code routes:}: it forwards between exactly its two zones. */
        ROUTE
    }

    private final List<String> names = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final int[][] adjacent;
    private final Map<String, Integer> zoneIndex = new HashMap<>();
    private final Map<IpFamily, boolean[]> transit = new EnumMap<>(IpFamily.class);
    private final Map<List<Object>, int[]> searches = new HashMap<>();
    private final Map<List<Object>, Paths> cache = new HashMap<>();

    /**
     * @param zones     every zone, with the IP versions whose traffic of other zones it carries (empty: not transit)
     * @param devices   every device: the zones it faces
     * @param routes    the zone pairs a device forwards between, for the devices whose inventory says
     */
    PathPlacement(Map<String, Set<IpFamily>> zones, Map<String, ? extends Collection<String>> devices,
                  Map<String, ? extends Collection<ZonePair>> routes) {
        Map<Integer, List<Integer>> edges = new HashMap<>();
        for (String zone : new TreeSet<>(zones.keySet())) {
            zoneIndex.put(zone, vertex(zone, Kind.ZONE));
        }
        for (IpFamily family : IpFamily.values()) {
            boolean[] carries = new boolean[zoneIndex.size()];
            zones.forEach((zone, families) -> carries[zoneIndex.get(zone)] = families.contains(family));
            transit.put(family, carries);
        }
        for (String device : new TreeSet<>(devices.keySet())) {
            Collection<ZonePair> routed = routes.get(device);
            if (routed == null) {
                int v = vertex(device, Kind.DEVICE);
                new TreeSet<>(devices.get(device)).forEach(z -> join(edges, v, zoneIndex.get(z)));
            } else {
                for (ZonePair pair : new TreeSet<>(routed)) {
                    int v = vertex(device, Kind.ROUTE);
                    join(edges, v, zoneIndex.get(pair.first()));
                    join(edges, v, zoneIndex.get(pair.second()));
                }
            }
        }
        adjacent = new int[names.size()][];
        for (int v = 0; v < names.size(); v++) {
            adjacent[v] = edges.getOrDefault(v, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The placement of a resolved site. */
    public static PathPlacement of(Site site) {
        Map<String, Set<IpFamily>> zones = new HashMap<>();
        for (Zone z : site.zones()) {
            Set<IpFamily> carries = java.util.EnumSet.noneOf(IpFamily.class);
            if (z.transit()) {
                for (IpFamily f : IpFamily.values()) {
                    if (z.hasFamily(f)) {
                        carries.add(f);
                    }
                }
            }
            zones.put(z.name(), carries);
        }
        Map<String, Set<String>> devices = new HashMap<>();
        Map<String, Set<ZonePair>> routes = new HashMap<>();
        for (Device d : site.devices()) {
            devices.put(d.name(), d.zones());
            d.routes().ifPresent(r -> routes.put(d.name(), r));
        }
        return new PathPlacement(zones, devices, routes);
    }

    /**
     * The cabling as if every zone carried transit and every device forwarded between all its zones: the paths a
     * packet could take where the network does not route it (what a query shows for a pair of zones with no
     * admissible path).
     */
    public static PathPlacement cabling(Site site) {
        Map<String, Set<IpFamily>> zones = new HashMap<>();
        site.zones().forEach(z -> zones.put(z.name(), java.util.EnumSet.allOf(IpFamily.class)));
        Map<String, Set<String>> devices = new HashMap<>();
        site.devices().forEach(d -> devices.put(d.name(), d.zones()));
        return new PathPlacement(zones, devices, Map.of());
    }

    private int vertex(String name, Kind kind) {
        names.add(name);
        kinds.add(kind);
        return names.size() - 1;
    }

    private static void join(Map<Integer, List<Integer>> edges, int a, int b) {
        edges.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        edges.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }

    /** The shortest admissible paths from zone {@code from} to zone {@code to} for one IP version. */
    public Paths paths(String from, String to, IpFamily family) {
        return cache.computeIfAbsent(List.of(from, to, family), k -> compute(from, to, family));
    }

    private Paths compute(String from, String to, IpFamily family) {
        int a = zoneIndex.get(from);
        int b = zoneIndex.get(to);
        int[] distance = searches.computeIfAbsent(List.of(from, family), k -> search(a, transit.get(family)));
        if (a == b || distance[b] < 0) {
            return new Paths(from, to, family, 0, new TreeSet<>(), 0, Map.of());
        }
        boolean[] carries = transit.get(family);
        // the vertices on some shortest path, found by descending from the destination; each with its predecessors
        Map<Integer, List<Integer>> before = new TreeMap<>();
        List<Integer> frontier = List.of(b);
        before.put(b, new ArrayList<>());
        while (!frontier.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int v : frontier) {
                for (int u : adjacent[v]) {
                    if (distance[u] == distance[v] - 1 && searchedBeyond(u, a, carries)) {
                        before.get(v).add(u);
                        if (!before.containsKey(u)) {
                            before.put(u, new ArrayList<>());
                            next.add(u);
                        }
                    }
                }
            }
            frontier = next;
        }
        // a device vertex is crossed from each zone before it to each zone after it on a shortest path
        Map<Integer, List<Integer>> after = new HashMap<>();
        before.forEach((v, us) -> us.forEach(u -> after.computeIfAbsent(u, k -> new ArrayList<>()).add(v)));
        SortedSet<Crossing> crossings = new TreeSet<>();
        for (int v : before.keySet()) {
            if (kinds.get(v) != Kind.ZONE) {
                for (int in : before.get(v)) {
                    for (int out : after.getOrDefault(v, List.of())) {
                        crossings.add(new Crossing(names.get(v), names.get(in), names.get(out)));
                    }
                }
            }
        }
        Map<String, List<Step>> steps = new TreeMap<>();
        before.forEach((v, us) -> {
            if (kinds.get(v) == Kind.ZONE && v != a) {
                List<Step> into = new ArrayList<>();
                for (int device : us) {
                    for (int zone : before.get(device)) {
                        into.add(new Step(names.get(zone), names.get(device)));
                    }
                }
                into.sort(null);
                steps.put(names.get(v), into);
            }
        });
        // how many shortest paths lead to each vertex: the sum over its predecessors, nearest vertices first
        Map<Integer, Long> counts = new HashMap<>();
        counts.put(a, 1L);
        List<Integer> byDistance = new ArrayList<>(before.keySet());
        byDistance.sort(java.util.Comparator.comparingInt(v -> distance[v]));
        for (int v : byDistance) {
            long sum = v == a ? 1 : 0;
            for (int u : before.get(v)) {
                long c = counts.get(u);
                sum = sum > Long.MAX_VALUE - c ? Long.MAX_VALUE : sum + c;
            }
            counts.put(v, sum);
        }
        return new Paths(from, to, family, distance[b] / 2, crossings, counts.get(b), steps);
    }

    /** Whether a search goes on beyond vertex {@code v}: every device vertex, the source, and transit zones. */
    private boolean searchedBeyond(int v, int source, boolean[] carries) {
        return kinds.get(v) != Kind.ZONE || v == source || carries[v];
    }

    /** Search steps from zone {@code a} to every vertex (-1: unreached), entering only zones that carry transit. */
    private int[] search(int a, boolean[] carries) {
        int[] distance = new int[names.size()];
        java.util.Arrays.fill(distance, -1);
        distance[a] = 0;
        int[] queue = new int[names.size()];
        int head = 0;
        int tail = 0;
        queue[tail++] = a;
        while (head < tail) {
            int v = queue[head++];
            if (!searchedBeyond(v, a, carries)) {
                continue;
            }
            for (int u : adjacent[v]) {
                if (distance[u] < 0) {
                    distance[u] = distance[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        return distance;
    }

    /** A step of a path: from zone {@code from} across {@code device}. */
    public record Step(String from, String device) implements Comparable<Step> {
        @Override
        public int compareTo(Step o) {
            int c = from.compareTo(o.from);
            return c != 0 ? c : device.compareTo(o.device);
        }
    }

    /**
     * The shortest admissible paths from one zone to another for one IP version.
     *
     * @param devices   devices crossed on each path; 0 when there is none
     * @param crossings every device of every such path with the zones it joins there, in the flow's direction
     * @param count     how many such paths there are (saturating)
     * @param steps     for each zone on a path other than the first, the steps that lead into it on one
     */
    public record Paths(String from, String to, IpFamily family, int devices, SortedSet<Crossing> crossings, long count,
                        Map<String, List<Step>> steps) {
        public Paths {
            crossings = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(crossings));
            steps = Map.copyOf(steps);
        }

        public boolean isEmpty() {
            return crossings.isEmpty();
        }

        /** The devices on some path, sorted. */
        public SortedSet<String> deviceNames() {
            SortedSet<String> result = new TreeSet<>();
            crossings.forEach(c -> result.add(c.device()));
            return result;
        }

        /**
         * Up to {@code limit} of the paths, each as zone, device, zone, ..., zone, in a stable order; see
         * {@link #count} for how many there are. Walks back from the destination, so it costs the paths listed.
         */
        public List<List<String>> list(int limit) {
            List<List<String>> result = new ArrayList<>();
            List<String> suffix = new ArrayList<>(List.of(to));
            walk(to, suffix, result, limit);
            result.sort(java.util.Comparator.comparing(List::toString));
            return result;
        }

        private void walk(String zone, List<String> suffix, List<List<String>> out, int limit) {
            if (out.size() >= limit) {
                return;
            }
            if (zone.equals(from)) {
                List<String> path = new ArrayList<>(suffix);
                java.util.Collections.reverse(path);
                out.add(path);
                return;
            }
            for (Step step : steps.getOrDefault(zone, List.of())) {
                suffix.add(step.device());
                suffix.add(step.from());
                walk(step.from(), suffix, out, limit);
                suffix.remove(suffix.size() - 1);
                suffix.remove(suffix.size() - 1);
            }
        }

        /** The one path there is, if exactly one. */
        public Optional<List<String>> only() {
            return count == 1 ? Optional.of(list(1).get(0)) : Optional.empty();
        }
    }
}
