package dev.zonec.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.report.Json;
import dev.zonec.testing.CliRun;
import dev.zonec.testing.RealTool;
import dev.zonec.testing.Sites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a real browser shows it: Debian's headless chromium loads the report, a screenshot is saved
 * under {@code compiler/target/report-browser/} (look at it), and the DOM the browser built is checked — every zone
 * has its row and column in the matrix, every zone is a node of the laid-out graph, a violated requirement is shown
 * in red, and nothing is loaded from outside the file. Chromium and Graphviz are installed by .ci/run; with
 * {@code ZONEC_CI} set a missing one fails the test instead of skipping it.
 */
class ReportBrowserTest {
    private static final Path OUT = Path.of("target/report-browser");
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">([^<]*)</pre>");

    private static Path chromium;

    @BeforeAll
    static void tools() throws IOException {
        chromium = find("chromium").orElse(null);
        String missing = chromium == null ? "chromium" : Graph.graphvizVersion().isEmpty() ? "Graphviz (dot)" : null;
        if (missing != null) {
            if (RealTool.inCi()) {
                fail(missing + " is not installed, but CI (ZONEC_CI) must run the browser test; .ci/run installs it");
            }
            Assumptions.abort("skipped: " + missing + " is not installed (apt-get install chromium graphviz, as .ci/run does)");
        }
        Files.createDirectories(OUT);
    }

    @Test
    void portTerminalReportShowsEveryZoneInTheMatrixAndTheGraph() throws Exception {
        JsonNode page = open("port-terminal", Sites.PORT_TERMINAL);
        dev.zonec.driver.PipelineResult site = Sites.compile(Sites.PORT_TERMINAL);
        List<dev.zonec.model.site.Zone> zones = site.site().orElseThrow().zones();
        List<String> rows = texts(page.get("matrixRows"));
        assertEquals(zones.size(), rows.size(), "one matrix row per zone: " + rows);
        assertEquals(zones.stream().map(z -> z.name()).sorted().toList(), rows.stream().sorted().toList());
        java.util.Map<String, Integer> level = new java.util.HashMap<>();
        zones.forEach(z -> level.put(z.name(), z.level().tenths()));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(level.get(rows.get(i - 1)) >= level.get(rows.get(i)), "rows in Purdue order, highest first: " + rows);
        }
        assertEquals(zones.size(), page.get("matrixColumns").asInt());
        assertEquals(zones.size(), page.get("graphNodes").size(), page.get("graphNodes").toString());
        assertTrue(page.get("graphText").asText().contains("tank-farm"), "zone names are drawn");
        assertTrue(page.get("graphText").asText().contains("SAFETY"), "the safety zone is marked");
        assertEquals(site.invariants().size(), page.get("requirements").size());
        assertTrue(texts(page.get("requirements"), "verdict").contains("waived"), "the waived isolation requirement");
        assertEquals(site.diagnostics().stream().filter(d -> d.isWaived()).count(), page.get("waivers").asLong());
        assertEquals(List.of(), texts(page.get("external")), "a self-contained page loads nothing");
    }

    @Test
    void aViolatedRequirementIsShownInRed() throws Exception {
        JsonNode page = open("violation", REPO.resolve("golden-tests/diff/requirement-violated/new"));
        JsonNode violated = null;
        for (JsonNode r : page.get("requirements")) {
            if (r.get("verdict").asText().equals("VIOLATED")) {
                violated = r;
            }
        }
        assertTrue(violated != null, page.get("requirements").toString());
        assertEquals("require no-path office -> control", violated.get("text").asText());
        assertTrue(red(violated.get("color").asText()), "shown in red: " + violated.get("color"));
        assertEquals(1, page.get("violatedCells").size(), page.get("violatedCells").toString());
        assertTrue(red(page.get("violatedCells").get(0).get("background").asText()) || page.get("violatedCells").get(0)
                .get("background").asText().startsWith("rgb(255, 205, 210)"), page.get("violatedCells").toString());
        assertTrue(page.get("graphText").asText().contains("VIOLATED: require no-path office -> control"),
                "the graph draws the violated requirement");
        assertEquals(5, page.get("matrixRows").size());
    }

    /** Writes the site's report, screenshots it, and returns what the harness page read from the browser's DOM. */
    private static JsonNode open(String name, Path site) throws Exception {
        Path dir = OUT.resolve(name).toAbsolutePath();
        Files.createDirectories(dir);
        Path report = dir.resolve("report.html");
        CliRun run = CliRun.of(dir, "report", site.toAbsolutePath().toString(), "-o", report.toString(), "--today", "2026-11-28");
        assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
        try (InputStream harness = ReportBrowserTest.class.getResourceAsStream("/view/harness.html")) {
            Files.write(dir.resolve("harness.html"), harness.readAllBytes());
        }
        Path screenshot = dir.resolve(name + ".png");
        Files.deleteIfExists(screenshot);
        chromium(dir, List.of("--window-size=1400,2400", "--screenshot=" + screenshot, report.toUri().toString()));
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot was taken: " + screenshot);
        String dom = chromium(dir, List.of("--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                dir.resolve("harness.html").toUri().toString()));
        Matcher m = RESULT.matcher(dom);
        if (!m.find() || m.group(1).equals("pending")) {
            fail("the harness did not read the report:\n" + dom);
        }
        return Json.MAPPER.readTree(m.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&quot;", "\"")
                .replace("&amp;", "&"));
    }

    /** Runs headless chromium with a fresh profile, nothing fetched or synced; its stdout. */
    private static String chromium(Path dir, List<String> args) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium took more than 120 s: " + command);
            }
            assertEquals(0, p.exitValue(), "chromium failed; see " + dir.resolve("chromium.log"));
            return out;
        } finally {
            try (var walk = Files.walk(profile)) {
                for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static boolean red(String rgb) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
        return m.find() && Integer.parseInt(m.group(1)) > 150 && Integer.parseInt(m.group(2)) < 80
                && Integer.parseInt(m.group(3)) < 80;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private static java.util.Optional<Path> find(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
