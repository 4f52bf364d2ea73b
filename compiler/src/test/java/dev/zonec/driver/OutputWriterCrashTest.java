package dev.zonec.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process (SIGKILL) before every step of replacing an output folder, one run per step, and checks that
 * OUT is then the whole old output or the whole new one — old before the swap, new from it on — and that the next
 * run leaves nothing beside OUT but OUT.
 */
class OutputWriterCrashTest {

    @TempDir
    Path work;

    @Test
    void aKillAtEveryStepLeavesOutWholeAndTheNextRunCleansUp() throws Exception {
        Map<String, String> a = expected("A");
        Map<String, String> b = expected("B");
        Path probe = work.resolve("probe");
        OutputWriter.write(probe.resolve("out"), "site", StepKiller.version("A"));
        List<String> steps = child(probe.resolve("out"), "B", -1).lines().toList();
        assertTrue(steps.contains("exchange the staged folder with OUT"), steps.toString());
        int swap = steps.indexOf("exchange the staged folder with OUT");
        assertEquals(b, tree(probe.resolve("out")));

        for (int k = 0; k < steps.size(); k++) {
            Path dir = work.resolve("step-" + k);
            Path out = dir.resolve("out");
            OutputWriter.write(out, "site", StepKiller.version("A"));
            String said = child(out, "B", k);
            assertEquals("killed before: " + steps.get(k), said.strip(), "the child died at step " + k);
            // killed before the swap: the old output; killed before any later step: the new one
            assertEquals(k <= swap ? a : b, tree(out), "OUT after a kill before `" + steps.get(k) + "`");

            OutputWriter.write(out, "site", StepKiller.version("B"));
            assertEquals(b, tree(out), "OUT after the run that follows a kill before `" + steps.get(k) + "`");
            try (Stream<Path> beside = Files.list(dir)) {
                assertEquals(List.of("out"), beside.map(p -> p.getFileName().toString()).toList(),
                        "left beside OUT after a kill before `" + steps.get(k) + "` and one more run");
            }
        }
    }

    @Test
    void aFirstWriteKilledAtEveryStepLeavesNoOutOrAWholeOne() throws Exception {
        Path probe = work.resolve("probe");
        List<String> steps = child(probe.resolve("out"), "B", -1).lines().toList();
        int rename = steps.indexOf("rename the staged folder to OUT");
        assertTrue(rename > 0, steps.toString());
        for (int k = 0; k < steps.size(); k++) {
            Path out = work.resolve("first-" + k).resolve("out");
            Files.createDirectories(out.getParent());
            child(out, "B", k);
            if (k <= rename) {
                assertTrue(Files.notExists(out), "OUT exists after a kill before `" + steps.get(k) + "`");
            } else {
                assertEquals(expected("B"), tree(out));
            }
        }
    }

    private static Map<String, String> expected(String version) {
        Map<String, String> files = new TreeMap<>();
        List<RenderedConfig> configs = StepKiller.version(version);
        for (RenderedConfig c : configs) {
            for (OutputFile f : c.files()) {
                files.put(f.name(), f.text());
            }
        }
        files.put("manifest.json", OutputWriter.manifest("site", configs));
        return files;
    }

    /** Every file under {@code dir} by relative path, with its text; a folder inside is a failure. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                assertTrue(Files.isRegularFile(p), p + " is not a file");
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Runs {@link StepKiller} in a fresh JVM and returns what it printed. */
    private static String child(Path out, String version, int killAt) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), StepKiller.class.getName(),
                out.toString(), version, Integer.toString(killAt)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not end");
        int expectedExit = killAt < 0 ? 0 : 128 + 9;
        assertEquals(expectedExit, process.exitValue(), "child exit; it printed:\n" + printed);
        return printed;
    }
}
