package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Targets;
import dev.zonec.render.RenderedConfig;
import dev.zonec.testing.CliRun;
import dev.zonec.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compile --proof-cache}: a second compile proves nothing again, a policy whose lines only moved proves nothing
 * again, a one-rule change proves again exactly the devices whose files changed, and every run writes the bytes a
 * compile without the cache writes. A cached proof never stands for different files.
 */
class ProofCacheTest {
    @TempDir
    Path work;

    @Test
    void provesAgainOnlyWhatChanged() throws IOException {
        Path site = gen("site");
        Path policy = site.resolve("site.zc");

        Map<String, String> first = compile(site, "out1");
        assertTrue(first.values().stream().allMatch("proven"::equals), first.toString());
        assertFalse(first.isEmpty());

        Map<String, String> second = compile(site, "out2");
        assertEquals(first.keySet(), second.keySet());
        assertTrue(second.values().stream().allMatch("cached"::equals), second.toString());
        assertEquals(files(work.resolve("out1")), files(work.resolve("out2")));

        // every rule one line further down: proven again are the devices whose files name policy lines, and only they
        Files.writeString(policy, "# moved\n\n" + Files.readString(policy));
        Map<String, String> moved = compile(site, "out3");
        provenAgainExactly(moved, files(work.resolve("out2")), files(work.resolve("out3")));

        // one rule's port changed: the devices whose files changed are proven again, and only those
        String text = Files.readString(policy);
        String changed = text.replaceFirst(": tcp/5450\n", ": tcp/5451\n");
        assertFalse(changed.equals(text), "the generated site has no tcp/5450 rule to change");
        Files.writeString(policy, changed);
        Map<String, String> incremental = compile(site, "out4");
        Map<String, String> after = files(work.resolve("out4"));
        Set<String> again = provenAgainExactly(incremental, files(work.resolve("out3")), after);
        assertFalse(again.isEmpty(), "the change changed no device's file");
        assertTrue(again.size() < incremental.size(), "a one-rule change proved every device again: " + incremental);

        // the same bytes as a compile without the cache
        CliRun plain = CliRun.of(work, "compile", site.toString(), "-o", "plain", "--today", "2026-11-28");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(files(work.resolve("plain")), after);
    }

    @Test
    void aCachedProofNeverStandsForOtherFiles() {
        PipelineResult compiled = Sites.compile(gen("site"));
        Site site = compiled.site().orElseThrow();
        Map<String, List<SourceFile>> files = new LinkedHashMap<>();
        for (RenderedConfig c : compiled.configs()) {
            files.put(c.device(), c.files().stream().map(f -> new SourceFile(f.name(), f.text())).toList());
        }
        ProofCache cache = ProofCache.at(work.resolve("cache"));
        List<Verifier.DeviceResult> clean = Verifier.verify(site, files, Map.of(), Targets.standard(), new Diagnostics(), 1,
                Optional.of(cache));
        assertTrue(clean.stream().allMatch(r -> r.proven() && !r.cached()), clean.toString());

        // each device's files with every allow/permit/accept line after the first removed: not the files proven
        Map<String, List<SourceFile>> cut = new LinkedHashMap<>();
        files.forEach((device, list) -> cut.put(device, list.stream().map(ProofCacheTest::withoutLastRule).toList()));
        Diagnostics diagnostics = new Diagnostics();
        List<Verifier.DeviceResult> results = Verifier.verify(site, cut, Map.of(), Targets.standard(), diagnostics, 1,
                Optional.of(cache));
        for (Verifier.DeviceResult r : results) {
            boolean same = texts(cut.get(r.device())).equals(texts(files.get(r.device())));
            assertEquals(same, r.cached(), r.device() + ": taken from the cache");
        }
        assertTrue(results.stream().anyMatch(r -> !r.proven()), "no cut file failed its proof: " + results);
        assertTrue(diagnostics.hasErrors());
    }

    /**
     * Each device of {@code run} was proven again exactly when one of its files differs between the two outputs;
     * returns those devices.
     */
    private static Set<String> provenAgainExactly(Map<String, String> run, Map<String, String> before,
                                                  Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((file, content) -> {
            if (!file.equals("manifest.json") && !content.equals(before.get(file))) {
                changed.add(deviceOf(file, run.keySet()));
            }
        });
        run.forEach((device, how) -> assertEquals(changed.contains(device) ? "proven" : "cached", how,
                device + " in " + run + ", files changed: " + changed));
        return changed;
    }

    private static List<String> texts(List<SourceFile> files) {
        return files.stream().map(f -> f.displayPath() + "\n" + f.text()).toList();
    }

    private Path gen(String dir) {
        CliRun gen = CliRun.of(work, "gen", "--shape", "chain", "--zones", "14", "--devices", "10", "--flows", "150",
                "--seed", "1", "-o", dir);
        assertEquals(0, gen.exit(), gen.err());
        return work.resolve(dir);
    }

    /** Each device of {@code --timings}: "proven", "cached" or "NOT PROVEN". */
    private Map<String, String> compile(Path site, String out) {
        CliRun run = CliRun.of(work, "compile", site.toString(), "-o", out, "--today", "2026-11-28", "--timings",
                "--proof-cache", "cache");
        assertEquals(0, run.exit(), run.err());
        Map<String, String> devices = new TreeMap<>();
        for (String line : run.err().lines().toList()) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 4 && words[0].equals("verify") && !words[1].equals("(all")) {
                devices.put(words[1], line.contains("proof cache") ? "cached"
                        : line.endsWith("NOT PROVEN") ? "NOT PROVEN" : "proven");
            }
        }
        return devices;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.toList()) {
                contents.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return contents;
    }

    /** The device a file is written for: its name up to the first dot, as the renderers name files. */
    private static String deviceOf(String file, Set<String> devices) {
        return devices.stream().filter(d -> file.startsWith(d + ".") || file.startsWith(d + "-")).findFirst()
                .orElse(file);
    }

    private static SourceFile withoutLastRule(SourceFile file) {
        List<String> lines = new java.util.ArrayList<>(file.text().lines().toList());
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.contains(" permit ") || l.contains(" accept") || l.contains("ACCEPT") || l.contains("action accept")
                    || l.contains("then permit") || l.contains("action allow")) {
                lines.remove(i);
                return new SourceFile(file.displayPath(), String.join("\n", lines) + "\n");
            }
        }
        return file;
    }
}
