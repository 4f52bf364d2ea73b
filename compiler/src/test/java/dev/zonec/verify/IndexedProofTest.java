package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Targets;
import dev.zonec.render.RenderedConfig;
import dev.zonec.testing.CliRun;
import dev.zonec.testing.Sites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexed proof (the pairs a stage, rule or intent tells apart, one pair for the rest of each ingress) against the
 * proof of every ordered interface pair, on random small sites of both shapes and all ten platforms and on the port
 * terminal: as written, where both must prove every device, and with one random line of every file deleted or
 * changed, where both must report the same diagnostics (every failing pair, with its counterexample) and prove the
 * same devices.
 */
class IndexedProofTest {
    @TempDir
    Path work;

    @Test
    void hubSites() {
        for (int seed = 1; seed <= 3; seed++) {
            Path site = gen("hub" + seed, "hub", 4 + seed * 2, 10, 60 * seed, seed);
            sameProofs(site, new Random(seed), 3);
        }
    }

    /**
     * Hub sites whose zone-pair firewalls have an address on every interface and device-bound rules from some zones:
     * the device's own traffic is proven per ingress and address, the addresses nothing tells apart at once.
     */
    @Test
    void hubSitesWithAnAddressOnEveryInterface() throws java.io.IOException {
        for (int seed = 1; seed <= 3; seed++) {
            Path site = gen("addressed" + seed, "hub", 4 + seed * 2, 3, 40 * seed, seed,
                    "juniper-srx,paloalto-panos,fortinet-fortios");
            addressEveryInterface(site);
            sameProofs(site, new Random(200 + seed), 3);
            // the final deny turned into a permit: every address is reached from every zone, the addresses nothing
            // tells apart included, and each must be reported as the proof of every pair reports it
            PipelineResult compiled = Sites.compile(site);
            Map<String, List<SourceFile>> opened = new LinkedHashMap<>();
            for (RenderedConfig c : compiled.configs()) {
                opened.put(c.device(), c.files().stream().map(f -> new SourceFile(f.name(), f.text()
                        .replace("zc-deny-all then deny", "zc-deny-all then permit")
                        .replace("zc-default-deny action deny", "zc-default-deny action allow"))).toList());
            }
            Outcome outcome = compare(compiled.site().orElseThrow(), opened, site + " with its final deny opened");
            assertTrue(outcome.diagnostics().stream().filter(d -> d.message().contains("itself at its address"))
                    .count() > 2L * (4 + seed * 2), "the devices' own addresses were judged: " + outcome.diagnostics());
        }
    }

    /**
     * Every device interface gets the address .N+1 of its zone's subnet (device coreN), the generated requirements go
     * (a rule to the device reaches its addresses in every zone), and every other zone's engineering station may reach
     * every device by SSH.
     */
    private static void addressEveryInterface(Path site) throws java.io.IOException {
        Path policy = site.resolve("site.zc");
        String text = java.nio.file.Files.readString(policy);
        Map<String, String> subnets = new LinkedHashMap<>();
        java.util.regex.Matcher zone = java.util.regex.Pattern.compile(
                "(?m)^zone (z\\d+) \\{.*?subnet (\\d+\\.\\d+\\.\\d+)\\.0/24").matcher(text);
        while (zone.find()) {
            subnets.put(zone.group(1), zone.group(2));
        }
        StringBuilder rewritten = new StringBuilder();
        text.lines().filter(l -> !l.startsWith("require ")).forEach(l -> rewritten.append(l).append('\n'));
        List<String> zones = new ArrayList<>(subnets.keySet());
        for (int z = 0; z < zones.size(); z += 2) {
            rewritten.append("conduit mgmt").append(z).append(": ").append(zones.get(z)).append(" -> ")
                    .append(zones.get((z + 1) % zones.size())).append(" {\n  sl 2\n  allow ").append(zones.get(z))
                    .append("-eng -> device core0, core1, core2 : ssh\n}\n");
        }
        java.nio.file.Files.writeString(policy, rewritten);
        Path inventory = site.resolve("inventory.yaml");
        StringBuilder devices = new StringBuilder();
        int device = -1;
        java.util.regex.Pattern face = java.util.regex.Pattern.compile("(\\s+\\S+: \\{ zone: (z\\d+)) \\}");
        for (String line : java.nio.file.Files.readAllLines(inventory)) {
            if (line.matches("  core\\d+:")) {
                device = Integer.parseInt(line.strip().replaceAll("[^0-9]", ""));
            }
            java.util.regex.Matcher m = face.matcher(line);
            if (m.matches()) {
                line = m.group(1) + ", address: " + subnets.get(m.group(2)) + "." + (device + 1) + "/24 }";
            }
            devices.append(line).append('\n');
        }
        java.nio.file.Files.writeString(inventory, devices);
    }

    @Test
    void chainSites() {
        for (int seed = 1; seed <= 3; seed++) {
            Path site = gen("chain" + seed, "chain", 14, 10, 150, seed);
            sameProofs(site, new Random(100 + seed), 3);
        }
    }

    @Test
    void thePortTerminal() {
        sameProofs(Sites.PORT_TERMINAL, new Random(7), 4);
    }

    private Path gen(String dir, String shape, int zones, int devices, int flows, int seed) {
        return gen(dir, shape, zones, devices, flows, seed, "");
    }

    /** @param platforms the platforms the devices take in turn; empty: all ten */
    private Path gen(String dir, String shape, int zones, int devices, int flows, int seed, String platforms) {
        List<String> args = new ArrayList<>(List.of("gen", "--shape", shape, "--zones", "" + zones, "--devices",
                "" + devices, "--flows", "" + flows, "--seed", "" + seed, "-o", dir));
        if (!platforms.isEmpty()) {
            args.add("--platforms=" + platforms);
        }
        CliRun gen = CliRun.of(work, args.toArray(String[]::new));
        assertEquals(0, gen.exit(), gen.err());
        return work.resolve(dir);
    }

    /** The site as compiled, then {@code corruptions} times with one line of every file changed. */
    private static void sameProofs(Path folder, Random random, int corruptions) {
        PipelineResult compiled = Sites.compile(folder);
        Site site = compiled.site().orElseThrow();
        Map<String, List<SourceFile>> files = new LinkedHashMap<>();
        for (RenderedConfig c : compiled.configs()) {
            files.put(c.device(), c.files().stream().map(f -> new SourceFile(f.name(), f.text())).toList());
        }
        Outcome clean = compare(site, files, folder + " as compiled");
        assertTrue(clean.results().stream().allMatch(Verifier.DeviceResult::proven), clean.toString());
        int failing = 0;
        for (int round = 0; round < corruptions; round++) {
            Map<String, List<SourceFile>> corrupted = new LinkedHashMap<>();
            files.forEach((device, list) -> corrupted.put(device, list.stream().map(f -> corrupt(f, random)).toList()));
            Outcome outcome = compare(site, corrupted, folder + " corrupted, round " + round);
            failing += (int) outcome.results().stream().filter(r -> !r.proven()).count();
        }
        assertTrue(failing > 0, "no corruption made a device fail its proof: the comparison compared nothing");
    }

    private record Outcome(List<Boolean> proven, List<Verifier.DeviceResult> results, List<Diagnostic> diagnostics) {}

    private static Outcome compare(Site site, Map<String, List<SourceFile>> files, String what) {
        Outcome indexed = prove(site, files, Verifier.Pairs.INDEXED);
        Outcome every = prove(site, files, Verifier.Pairs.EVERY);
        assertEquals(every.proven(), indexed.proven(), what + ": devices proven");
        assertEquals(every.diagnostics(), indexed.diagnostics(), what + ": diagnostics");
        return indexed;
    }

    private static Outcome prove(Site site, Map<String, List<SourceFile>> files, Verifier.Pairs pairs) {
        Diagnostics diagnostics = new Diagnostics();
        List<Verifier.DeviceResult> results = Verifier.verify(site, files, Targets.standard(), diagnostics, 1, pairs);
        return new Outcome(results.stream().map(Verifier.DeviceResult::proven).toList(), results, diagnostics.sorted());
    }

    /** Words whose swap changes what a line permits, on one platform or another. */
    private static final List<List<String>> SWAPS = List.of(List.of("permit", "deny"), List.of("accept", "drop"),
            List.of("ACCEPT", "DROP"), List.of("allow", "deny"), List.of("-i ", "-o "), List.of("iifname", "oifname"),
            List.of("from-zone", "to-zone"), List.of("srcintf", "dstintf"), List.of("source", "destination"));

    /** One line of the file that is not a comment deleted, a word of it swapped, or a digit of it changed. */
    private static SourceFile corrupt(SourceFile file, Random random) {
        List<String> lines = new ArrayList<>(file.text().lines().toList());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && !l.startsWith("//")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return file;
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        String line = lines.get(at);
        switch (random.nextInt(3)) {
            case 0 -> lines.remove(at);
            case 1 -> {
                for (List<String> swap : SWAPS) {
                    int from = random.nextInt(2);
                    if (line.contains(swap.get(from))) {
                        lines.set(at, line.replaceFirst(java.util.regex.Pattern.quote(swap.get(from)), swap.get(1 - from)));
                        break;
                    }
                }
            }
            default -> {
                List<Integer> digits = new ArrayList<>();
                for (int i = 0; i < line.length(); i++) {
                    if (Character.isDigit(line.charAt(i))) {
                        digits.add(i);
                    }
                }
                if (!digits.isEmpty()) {
                    int d = digits.get(random.nextInt(digits.size()));
                    lines.set(at, line.substring(0, d) + (char) ('0' + (line.charAt(d) - '0' + 1) % 10)
                            + line.substring(d + 1));
                }
            }
        }
        return new SourceFile(file.displayPath(), String.join("\n", lines) + "\n");
    }
}
