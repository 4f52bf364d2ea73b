package dev.zonec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic-site generator behind the benchmark, and the promise that the thread count never changes what
 * zonec writes.
 */
class GeneratedSiteTest {
    private static final Path PORT_TERMINAL = Path.of(System.getProperty("zonec.repo", "..")).resolve("policies/port-terminal");

    @TempDir
    Path work;

    private CliRun zonec(String... args) {
        return CliRun.of(work, args);
    }

    private CliRun gen(String dir, int zones, int devices, int flows, int seed) {
        return zonec("gen", "--zones", "" + zones, "--devices", "" + devices, "--flows", "" + flows, "--seed", "" + seed,
                "-o", dir);
    }

    @Test
    void theSameSeedWritesTheSameSiteAndAnotherSeedAnother() throws IOException {
        assertEquals(0, gen("a", 30, 10, 800, 7).exit());
        assertEquals(0, gen("b", 30, 10, 800, 7).exit());
        assertEquals(0, gen("c", 30, 10, 800, 8).exit());
        assertEquals(files(work.resolve("a")), files(work.resolve("b")));
        assertNotEquals(files(work.resolve("a")).get("site.zc"), files(work.resolve("c")).get("site.zc"));
    }

    @Test
    void aGeneratedSiteCompilesCleanOnAllTenPlatformsAndEveryDeviceIsProven() throws IOException {
        for (int seed = 1; seed <= 3; seed++) {
            String site = "site" + seed;
            assertEquals(0, gen(site, 24, 10, 1200, seed).exit());
            String policy = Files.readString(work.resolve(site).resolve("site.zc"));
            assertEquals(1200, policy.lines().filter(l -> l.startsWith("  allow ")).count(), "the flows asked for");
            assertTrue(policy.lines().filter(l -> l.startsWith("require no-path ")).count() >= 3, "a few invariants");

            CliRun compile = zonec("compile", site, "-o", "out" + seed, "--today", "2026-11-28");
            assertEquals(0, compile.exit(), compile.out());
            assertTrue(compile.out().contains("compile: 0 errors, 0 warnings"), compile.out());
            assertTrue(compile.out().contains("verified: 10 of 10 device configs proven"), compile.out());
            assertTrue(compile.out().lines().filter(l -> l.startsWith("  holds     require no-path")).count() >= 3,
                    compile.out());
            Set<String> kinds = files(work.resolve("out" + seed)).keySet().stream()
                    .map(name -> name.substring(name.lastIndexOf('.') + 1)).collect(Collectors.toSet());
            assertTrue(kinds.containsAll(Set.of("ios", "nft", "panos", "fortios", "asa", "srx", "nxos", "eos", "junos",
                    "iptables")), kinds.toString());
        }
    }

    /**
     * The hub shape: every device (one per platform here) faces every zone on its own interface, flows join random zone
     * pairs, and every flow is placed on every device, which are parallel paths, without a many-devices warning.
     */
    @Test
    void aHubSiteFacesEveryZoneFromEveryDeviceAndCompilesClean() throws IOException {
        CliRun gen = zonec("gen", "--shape", "hub", "--zones", "12", "--devices", "10", "--flows", "400", "--seed", "3",
                "-o", "hub");
        assertEquals(0, gen.exit(), gen.err());
        String policy = Files.readString(work.resolve("hub/site.zc"));
        String inventory = Files.readString(work.resolve("hub/inventory.yaml"));
        assertEquals(400, policy.lines().filter(l -> l.startsWith("  allow ")).count(), "the flows asked for");
        assertEquals(12, policy.lines().filter(l -> l.startsWith("zone ")).count());
        assertEquals(10 * 12, inventory.lines().filter(l -> l.contains(": { zone: z")).count(), "every device, every zone");
        assertTrue(policy.lines().filter(l -> l.startsWith("conduit ")).count() > 60, "flows spread over zone pairs");

        CliRun compile = zonec("compile", "hub", "-o", "out", "--today", "2026-11-28");
        assertEquals(0, compile.exit(), compile.out());
        assertTrue(compile.out().contains("verified: 10 of 10 device configs proven"), compile.out());
        assertTrue(compile.out().contains("compile: 0 errors, 0 warnings"), compile.out());
    }

    @Test
    void onlyTheNamedPlatformsAreDealtOut() throws IOException {
        CliRun gen = zonec("gen", "--shape", "hub", "--zones", "6", "--devices", "2", "--flows", "20",
                "--platforms", "juniper-srx,nftables", "-o", "two");
        assertEquals(0, gen.exit(), gen.err());
        String inventory = Files.readString(work.resolve("two/inventory.yaml"));
        assertEquals(List.of("    platform: juniper-srx", "    platform: nftables"),
                inventory.lines().filter(l -> l.startsWith("    platform: ")).toList());
        CliRun unknown = zonec("gen", "--shape", "hub", "--zones", "6", "--devices", "2", "--flows", "20",
                "--platforms", "juniper-srx,pix", "-o", "bad");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("zonec: unknown platform `pix`"), unknown.err());
        CliRun shape = zonec("gen", "--shape", "star", "--zones", "6", "--devices", "2", "--flows", "20", "-o", "bad");
        assertEquals(2, shape.exit());
        assertTrue(shape.err().startsWith("zonec: --shape is chain or hub"), shape.err());
    }

    @Test
    void sizesTooSmallForTheFlowsAreRefusedInOneLine() {
        CliRun run = gen("tiny", 4, 2, 100_000, 1);
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("zonec: 4 zones cannot hold 100000 distinct flows"), run.err());
    }

    @Test
    void oneThreadAndSeveralWriteTheSameBytes() throws IOException {
        assertEquals(0, gen("site", 40, 10, 2000, 5).exit());
        for (String site : new String[] {"site", PORT_TERMINAL.toString()}) {
            CliRun single = zonec("compile", site, "-o", "one", "--today", "2026-11-28", "--threads", "1", "--format", "json");
            CliRun parallel = zonec("compile", site, "-o", "many", "--today", "2026-11-28", "--threads", "3", "--format", "json");
            assertEquals(0, single.exit(), single.out());
            assertEquals(0, parallel.exit(), parallel.out());
            assertEquals(single.out().replace("\"one\"", "\"many\""), parallel.out(), "the report");
            Map<String, String> one = files(work.resolve("one"));
            assertTrue(one.size() > 8, one.keySet().toString());
            assertEquals(one, files(work.resolve("many")), "the configs and manifest");
            deleteTree(work.resolve("one"));
            deleteTree(work.resolve("many"));
        }
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((x, y) -> y.compareTo(x)).toList()) {
                Files.delete(p);
            }
        }
    }
}
