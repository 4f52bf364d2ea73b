package dev.zonec.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.ZonePair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The breadth-first placement against brute force: every zone-simple admissible path enumerated, the shortest kept, on
 * small random sites with random transit zones, IP versions and device routes.
 */
class PathPlacementTest {

    /** A random site: zones with the versions they carry transit for, devices with the zones they face and routes. */
    private record RandomSite(Map<String, Set<IpFamily>> transit, Map<String, Set<String>> faces,
                              Map<String, Set<ZonePair>> routes) {
        PathPlacement placement() {
            return new PathPlacement(transit, faces, routes);
        }
    }

    @Test
    void matchesBruteForceOnRandomSites() {
        Random random = new Random(62443);
        int compared = 0;
        int placed = 0;
        int tied = 0;
        for (int round = 0; round < 600; round++) {
            RandomSite site = randomSite(random);
            PathPlacement placement = site.placement();
            for (String a : site.transit().keySet()) {
                for (String b : site.transit().keySet()) {
                    if (a.equals(b)) {
                        continue;
                    }
                    for (IpFamily family : IpFamily.values()) {
                        List<List<String>> expected = bruteForce(site, a, b, family);
                        PathPlacement.Paths actual = placement.paths(a, b, family);
                        String where = "round " + round + " " + a + " -> " + b + " " + family + " on " + site;
                        assertEquals(crossings(expected), actual.crossings(), where);
                        assertEquals(expected.size(), actual.count(), where);
                        assertEquals(expected, actual.list(Integer.MAX_VALUE), where);
                        assertEquals(expected.isEmpty() ? 0 : (expected.get(0).size() - 1) / 2, actual.devices(), where);
                        compared++;
                        placed += expected.isEmpty() ? 0 : 1;
                        tied += expected.size() > 1 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(compared > 10_000 && placed > 2_000 && tied > 200,
                "compared " + compared + ", placed " + placed + ", with ties " + tied);
    }

    @Test
    void aLoopThroughAThirdZoneIsNotTakenUnlessItIsTransitAndShortest() {
        // A - fw1 - C - fw2 - B, and A - fw3 - B
        Map<String, Set<String>> faces = Map.of("fw1", Set.of("A", "C"), "fw2", Set.of("C", "B"), "fw3", Set.of("A", "B"));
        Map<String, Set<IpFamily>> transit = Map.of("A", Set.of(), "B", Set.of(), "C", EnumSet.allOf(IpFamily.class));
        PathPlacement placement = new PathPlacement(transit, faces, Map.of());
        assertEquals(new TreeSet<>(List.of(new Crossing("fw3", "A", "B"))),
                placement.paths("A", "B", IpFamily.V4).crossings(), "the direct path is shorter");
        PathPlacement withoutFw3 = new PathPlacement(transit, Map.of("fw1", Set.of("A", "C"), "fw2", Set.of("C", "B")),
                Map.of());
        assertEquals(new TreeSet<>(List.of(new Crossing("fw1", "A", "C"), new Crossing("fw2", "C", "B"))),
                withoutFw3.paths("A", "B", IpFamily.V4).crossings(), "C carries transit");
        PathPlacement notTransit = new PathPlacement(Map.of("A", Set.of(), "B", Set.of(), "C", Set.of()),
                Map.of("fw1", Set.of("A", "C"), "fw2", Set.of("C", "B")), Map.of());
        assertTrue(notTransit.paths("A", "B", IpFamily.V4).isEmpty(), "C does not carry transit");
    }

    @Test
    void routesKeepADeviceToItsOwnZones() {
        // sis faces ops, sup and safety but routes only safety <-> ops, sup; core joins ops and sup
        Map<String, Set<String>> faces = Map.of("sis", Set.of("ops", "sup", "safety"), "core", Set.of("ops", "sup"));
        Map<String, Set<IpFamily>> none = Map.of("ops", Set.of(), "sup", Set.of(), "safety", Set.of());
        PathPlacement placement = new PathPlacement(none, faces,
                Map.of("sis", Set.of(ZonePair.of("safety", "ops"), ZonePair.of("safety", "sup"))));
        assertEquals(new TreeSet<>(List.of(new Crossing("core", "ops", "sup"))),
                placement.paths("ops", "sup", IpFamily.V4).crossings());
        assertEquals(new TreeSet<>(List.of(new Crossing("sis", "sup", "safety"))),
                placement.paths("sup", "safety", IpFamily.V4).crossings());
    }

    private static RandomSite randomSite(Random random) {
        int zones = 2 + random.nextInt(6);
        int devices = 1 + random.nextInt(5);
        Map<String, Set<IpFamily>> transit = new TreeMap<>();
        for (int z = 0; z < zones; z++) {
            Set<IpFamily> carries = EnumSet.noneOf(IpFamily.class);
            if (random.nextInt(3) > 0) {
                carries.add(IpFamily.V4);
                if (random.nextBoolean()) {
                    carries.add(IpFamily.V6);
                }
            }
            transit.put("z" + z, carries);
        }
        Map<String, Set<String>> faces = new TreeMap<>();
        Map<String, Set<ZonePair>> routes = new TreeMap<>();
        for (int d = 0; d < devices; d++) {
            List<String> picks = new ArrayList<>(transit.keySet());
            Collections.shuffle(picks, random);
            int degree = Math.min(zones, 2 + random.nextInt(3));
            Set<String> faced = new TreeSet<>(picks.subList(0, degree));
            faces.put("d" + d, faced);
            if (degree > 2 && random.nextInt(3) == 0) {
                List<ZonePair> all = new ArrayList<>();
                for (String x : faced) {
                    for (String y : faced) {
                        if (x.compareTo(y) < 0) {
                            all.add(ZonePair.of(x, y));
                        }
                    }
                }
                Collections.shuffle(all, random);
                routes.put("d" + d, new TreeSet<>(all.subList(0, 1 + random.nextInt(all.size()))));
            }
        }
        return new RandomSite(transit, faces, routes);
    }

    /**
     * Every path a, d, z, ..., b whose zones are distinct, whose inner zones carry transit of the version, and whose
     * devices forward between the zones they join; the shortest of them, sorted as the placement lists them.
     */
    private static List<List<String>> bruteForce(RandomSite site, String a, String b, IpFamily family) {
        List<List<String>> all = new ArrayList<>();
        List<String> path = new ArrayList<>(List.of(a));
        walk(site, b, family, path, all);
        int shortest = all.stream().mapToInt(List::size).min().orElse(0);
        List<List<String>> result = new ArrayList<>(all.stream().filter(p -> p.size() == shortest).toList());
        result.sort(java.util.Comparator.comparing(List::toString));
        return result;
    }

    private static void walk(RandomSite site, String goal, IpFamily family, List<String> path, List<List<String>> out) {
        String zone = path.get(path.size() - 1);
        if (zone.equals(goal)) {
            out.add(List.copyOf(path));
            return;
        }
        if (path.size() > 1 && !site.transit().get(zone).contains(family)) {
            return;
        }
        for (Map.Entry<String, Set<String>> device : site.faces().entrySet()) {
            if (!device.getValue().contains(zone)) {
                continue;
            }
            for (String next : device.getValue()) {
                Set<ZonePair> routes = site.routes().get(device.getKey());
                boolean forwards = !next.equals(zone) && (routes == null || routes.contains(ZonePair.of(zone, next)));
                if (forwards && !zones(path).contains(next)) {
                    path.add(device.getKey());
                    path.add(next);
                    walk(site, goal, family, path, out);
                    path.remove(path.size() - 1);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    private static Set<String> zones(List<String> path) {
        Set<String> zones = new java.util.HashSet<>();
        for (int i = 0; i < path.size(); i += 2) {
            zones.add(path.get(i));
        }
        return zones;
    }

    private static SortedSet<Crossing> crossings(List<List<String>> paths) {
        SortedSet<Crossing> result = new TreeSet<>();
        for (List<String> p : paths) {
            for (int i = 1; i + 1 < p.size(); i += 2) {
                result.add(new Crossing(p.get(i), p.get(i - 1), p.get(i + 1)));
            }
        }
        return result;
    }
}
