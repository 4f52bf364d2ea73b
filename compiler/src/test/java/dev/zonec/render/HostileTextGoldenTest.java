package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteSource;
import dev.zonec.platform.Targets;
import dev.zonec.model.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-text golden cases (golden-tests/platforms/PLATFORM/hostile-text) compile a policy whose descriptions
 * and file name carry `;`, `{`, `}`, `#`, `!`, quotes, backslashes and non-ASCII text through every renderer. This
 * test compiles each of them twice, as written and with every string replaced by `x` and the file renamed, and
 * asserts that the text added no line and started no statement: both configs have the same lines, and where a line
 * differs, it begins with the same words up to where the text goes.
 */
class HostileTextGoldenTest {
    /** Platforms whose configs hold no text from the policy but names (see the check's comment). */
    private static final java.util.Set<String> WITHOUT_FREE_TEXT = java.util.Set.of("juniper-junos", "cisco-ios",
            "cisco-nxos", "arista-eos", "iptables", "nftables");
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");

    @TestFactory
    List<DynamicTest> hostileTextKeepsOneStatementPerLine() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> platforms = Files.list(GOLDEN.resolve("platforms"))) {
            for (Path caseDir : platforms.map(p -> p.resolve("hostile-text")).filter(p -> Files.isRegularFile(p.resolve("site"))).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(caseDir.getParent().getFileName().toString(), () -> check(caseDir)));
            }
        }
        assertEquals(10, tests.size(), "one hostile-text case per platform");
        return tests;
    }

    private static void check(Path caseDir) throws IOException {
        Path site = GOLDEN.resolve(Files.readString(caseDir.resolve("site")).trim().replaceFirst("^golden-tests/", ""));
        Path inventory = GOLDEN.getParent().resolve(Files.readString(caseDir.resolve("inventory")).trim());
        Map<String, String> hostile = compile(site, inventory, false);
        Map<String, String> plain = compile(site, inventory, true);
        assertEquals(plain.keySet(), hostile.keySet());
        boolean anyReached = false;
        for (String file : hostile.keySet()) {
            List<String> h = hostile.get(file).lines().toList();
            List<String> p = plain.get(file).lines().toList();
            assertEquals(p.size(), h.size(), file + ": the hostile text changed the number of lines");
            boolean reached = false;
            for (int i = 0; i < h.size(); i++) {
                if (h.get(i).equals(p.get(i))) {
                    continue;
                }
                reached = true;
                String[] hw = h.get(i).trim().split("\\s+");
                String[] pw = p.get(i).trim().split("\\s+");
                assertEquals(pw[0], hw[0], file + ":" + (i + 1) + " starts another statement:\n" + h.get(i));
            }
            anyReached |= reached;
        }
        // remarks, comments and log prefixes cite the rule by its conduit and name (identifiers, never free text), so
        // the ACL and Linux platforms, which write no object descriptions, carry no policy free text at all (Junos
        // filters have no remarks either): there the case shows only that the text changes nothing
        String platform = caseDir.getParent().getFileName().toString();
        assertTrue(anyReached || WITHOUT_FREE_TEXT.contains(platform), platform + ": no hostile text reached its configs");
        assertFalse(anyReached && WITHOUT_FREE_TEXT.contains(platform),
                platform + ": hostile text reached configs of a platform listed as writing none");
    }

    /** The configs of the site, by file name; {@code plain} replaces every string and the odd file name. */
    private static Map<String, String> compile(Path site, Path inventory, boolean plain) throws IOException {
        List<SourceFile> policies = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".zc")).sorted().toList()) {
                String text = Files.readString(f);
                String name = f.getFileName().toString();
                if (plain) {
                    text = text.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"x\"");
                    name = name.equals("site.zc") ? name : "plain.zc";
                }
                policies.add(new SourceFile(name, text));
            }
        }
        PipelineResult result = Pipeline.run(new SiteSource(policies,
                Optional.of(new SourceFile("inventory.yaml", Files.readString(inventory)))), Targets.standard(),
                LocalDate.of(2026, 11, 28), false, 1);
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        Map<String, String> files = new TreeMap<>();
        result.configs().forEach(c -> c.files().forEach(f -> files.put(f.name(), f.text())));
        assertFalse(files.isEmpty());
        return files;
    }
}
