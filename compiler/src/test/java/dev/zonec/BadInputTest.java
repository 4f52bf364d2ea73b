package dev.zonec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Targets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input table (src/test/resources/dev/zonec/badinput/mistakes.txt): each row makes one mistake in a clean
 * base site, and the run must report exactly one error, with the row's code, at the row's file, line and column.
 * One error for one mistake is the point: no cascade of consequences, no second report of the same thing.
 */
class BadInputTest {

    record Mistake(int row, String file, int line, boolean insert, String text, String code, String location,
                   String what) {}

    @Test
    void theBaseSiteHasNoError() throws IOException {
        PipelineResult result = run(Map.of("site.zc", resource("site.zc"), "inventory.yaml", resource("inventory.yaml")));
        assertEquals(List.of(), errors(result), "the base site must be clean");
    }

    @Test
    void theTableHasAtLeastAHundredMistakes() throws IOException {
        assertTrue(mistakes().size() >= 100, mistakes().size() + " rows");
    }

    @TestFactory
    List<DynamicTest> everyMistakeIsOneErrorAtItsPlace() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Mistake m : mistakes()) {
            tests.add(DynamicTest.dynamicTest(m.row() + ": " + m.what(), () -> check(m)));
        }
        return tests;
    }

    private static void check(Mistake m) throws IOException {
        Map<String, String> files = new TreeMap<>(Map.of("site.zc", resource("site.zc"), "inventory.yaml",
                resource("inventory.yaml")));
        List<String> lines = new ArrayList<>(files.get(m.file()).lines().toList());
        List<String> added = m.text().isEmpty() ? List.of() : List.of(m.text().split("\\\\n", -1));
        if (m.insert()) {
            lines.addAll(m.line(), added);
        } else {
            lines.remove(m.line() - 1);
            lines.addAll(m.line() - 1, added);
        }
        files.put(m.file(), String.join("\n", lines) + "\n");
        List<String> errors = errors(run(files));
        assertEquals(List.of(m.code() + " " + m.location()), errors,
                "row " + m.row() + " (" + m.what() + ") with " + m.file() + ":\n" + files.get(m.file()));
    }

    private static List<String> errors(PipelineResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code().name() + " " + d.primary().map(s -> s.location()).orElse("-")).toList();
    }

    private static PipelineResult run(Map<String, String> files) {
        SiteSource source = new SiteSource(List.of(new SourceFile("site.zc", files.get("site.zc"))),
                Optional.of(new SourceFile("inventory.yaml", files.get("inventory.yaml"))));
        return Pipeline.run(source, Targets.standard(), LocalDate.of(2026, 11, 28), false, 1);
    }

    static List<Mistake> mistakes() throws IOException {
        List<Mistake> result = new ArrayList<>();
        List<String> rows = resource("mistakes.txt").lines().toList();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split(" \\| ", -1);
            if (f.length != 4) {
                throw new AssertionError("mistakes.txt:" + (i + 1) + " needs 4 fields separated by ` | `: " + row);
            }
            String[] where = f[0].split(":");
            boolean insert = where[1].endsWith("+");
            int line = Integer.parseInt(where[1].replace("+", ""));
            String[] expected = f[2].split(" ");
            result.add(new Mistake(i + 1, where[0], line, insert, f[1], expected[0], expected[1], f[3]));
        }
        return result;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BadInputTest.class.getResourceAsStream("/dev/zonec/badinput/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
