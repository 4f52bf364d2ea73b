package dev.zonec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zonec.grammar.ZcLexer;
import dev.zonec.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/language.md cannot drift from the language: its {@code zc} blocks are one site's policy files and its
 * {@code yaml} blocks that site's inventory, which must compile with no error or warning and be proven; each block
 * marked {@code zc error ZCnnnn} or {@code zc warning ZCnnnn}, added to that site on its own, must give exactly that
 * diagnostic in that block; and every keyword of the grammar and of the inventory appears in an example.
 */
class LanguageDocTest {
    private static final Path DOC = Path.of(System.getProperty("zonec.repo", "..")).resolve("docs/language.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(zc|yaml)([^\\n]*)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("\\s*(error|warning) (ZC\\d{4})\\s*");
    private static final List<String> INVENTORY_KEYS = List.of("devices", "platform", "interfaces", "zone", "routes",
            "address");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fenced example: its language, what it must give (empty: nothing), its text, and the doc line it starts on. */
    private record Block(String language, String expect, String text, int line) {}

    @TempDir
    Path work;

    @Test
    void theExamplesAreOneSiteThatCompilesCleanAndIsProven() throws IOException {
        Path site = site(work.resolve("site"));
        CliRun run = CliRun.of(work, "compile", "site", "-o", "out", "--today", "2026-11-28", "--format", "json");
        JsonNode report = JSON.readTree(run.out());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(0, report.path("errors").asInt(), run.out());
        // the one warning by design: `accept port-level` turns ZC0502 into ZC0503, which names what passes by port
        assertEquals(List.of("warning ZC0503"), findings(report).stream().map(f -> f.substring(0, f.lastIndexOf(' '))).toList(),
                run.out());
        assertTrue(report.path("placement").path("flows").asInt() > 10, run.out());
        assertTrue(report.path("placement").path("ipv6").asInt() > 0, "the dual-stack examples place IPv6 flows: " + run.out());
        CliRun verify = CliRun.of(work, "verify", "out", "--policy", site.getFileName().toString(), "--today", "2026-11-28");
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().contains("verified: 5 of 5 device configs proven"), verify.out());
    }

    @TestFactory
    List<DynamicTest> eachMarkedExampleGivesExactlyItsDiagnostic() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block b : blocks()) {
            if (b.expect().isEmpty()) {
                continue;
            }
            Matcher m = EXPECT.matcher(b.expect());
            assertTrue(m.matches(), "docs/language.md:" + b.line() + ": `" + b.expect() + "` is not `error ZCnnnn` or `warning ZCnnnn`");
            tests.add(DynamicTest.dynamicTest("docs/language.md:" + b.line() + " " + b.expect().strip(), () -> {
                Path dir = Files.createTempDirectory(work, "marked");
                Path site = site(dir.resolve("site"));
                List<String> before = findings(JSON.readTree(
                        CliRun.of(dir, "check", "site", "--today", "2026-11-28", "--format", "json").out()));
                Files.writeString(site.resolve("marked.zc"), b.text());
                CliRun run = CliRun.of(dir, "check", "site", "--today", "2026-11-28", "--format", "json");
                List<String> added = new ArrayList<>(findings(JSON.readTree(run.out())));
                added.removeAll(before);
                assertEquals(List.of(m.group(1) + " " + m.group(2) + " site/marked.zc"), added, run.out());
            }));
        }
        assertFalse(tests.isEmpty(), "docs/language.md marks no example with the diagnostic it gives");
        return tests;
    }

    @Test
    void everyKeywordHasAnExample() throws IOException {
        StringBuilder policy = new StringBuilder();
        StringBuilder inventory = new StringBuilder();
        for (Block b : blocks()) {
            (b.language().equals("zc") ? policy : inventory).append(b.text()).append('\n');
        }
        for (int t = 1; t <= ZcLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = ZcLexer.VOCABULARY.getLiteralName(t);
            if (literal == null || !Character.isLetter(literal.charAt(1))) {
                continue; // punctuation and the token kinds without a fixed spelling
            }
            String word = literal.substring(1, literal.length() - 1);
            assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(policy).find(),
                    "keyword `" + word + "` has no example in docs/language.md");
        }
        for (String key : INVENTORY_KEYS) {
            assertTrue(inventory.toString().contains(key + ":"), "inventory key `" + key + "` has no example in docs/language.md");
        }
    }

    /** The errors and warnings of a JSON report that no waiver accepts, as "severity code file". */
    private static List<String> findings(JsonNode report) {
        List<String> found = new ArrayList<>();
        for (JsonNode d : report.path("diagnostics")) {
            String severity = d.path("severity").asText();
            if ((severity.equals("error") || severity.equals("warning")) && !d.has("waived")) {
                found.add(severity + " " + d.path("code").asText() + " " + d.path("location").path("file").asText());
            }
        }
        return found;
    }

    /** The doc's site: its unmarked {@code zc} blocks as policy files, its {@code yaml} blocks merged into the inventory. */
    private static Path site(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> devices = new LinkedHashMap<>();
        int n = 0;
        for (Block b : blocks()) {
            if (b.language().equals("zc") && b.expect().isEmpty()) {
                Files.writeString(dir.resolve(String.format("example-%02d.zc", ++n)), b.text());
            } else if (b.language().equals("yaml")) {
                Map<String, Object> yaml = new Yaml().load(b.text());
                @SuppressWarnings("unchecked")
                Map<String, Object> some = (Map<String, Object>) yaml.get("devices");
                devices.putAll(some);
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(dir.resolve("inventory.yaml"), new Yaml(options).dump(Map.of("devices", devices)));
        return dir;
    }

    private static List<Block> blocks() throws IOException {
        String doc = Files.readString(DOC);
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(doc);
        while (m.find()) {
            int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            blocks.add(new Block(m.group(1), m.group(2).strip(), m.group(3), line));
        }
        return blocks;
    }
}
