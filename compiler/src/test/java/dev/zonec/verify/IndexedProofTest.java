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
        CliRun gen = CliRun.of(work, "gen", "--shape", shape, "--zones", "" + zones, "--devices", "" + devices,
                "--flows", "" + flows, "--seed", "" + seed, "-o", dir);
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
