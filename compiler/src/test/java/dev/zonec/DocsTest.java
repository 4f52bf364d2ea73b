package dev.zonec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The docs name every diagnostic code the compiler can emit. */
class DocsTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    @Test
    void everyAnalysisCodeIsInChecksWithItsRequirementsAndCases() throws IOException {
        String checks = Files.readString(REPO.resolve("docs/checks.md"));
        for (Code code : dev.zonec.check.Requirements.analysisCodes()) {
            String row = checks.lines().filter(l -> l.startsWith("| " + code.name() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError(code + " is missing from docs/checks.md"));
            for (String requirement : dev.zonec.check.Requirements.of(code)) {
                assertTrue(row.contains(requirement), code + " row lacks `" + requirement + "`");
            }
            assertTrue(row.contains("golden-tests/"), code + " row links no golden case");
        }
    }

    @Test
    void everyPlatformHasARowAndAPage() throws IOException {
        String table = Files.readString(REPO.resolve("docs/platforms.md"));
        for (dev.zonec.model.site.Platform p : dev.zonec.platform.Targets.standard().all().stream()
                .map(dev.zonec.platform.Target::platform).toList()) {
            assertTrue(table.contains("| `" + p.id() + "` |"), p.id() + " is missing from docs/platforms.md");
            assertTrue(Files.exists(REPO.resolve("docs/platforms/" + p.id() + ".md")), "docs/platforms/" + p.id() + ".md");
            String row = table.lines().filter(l -> l.contains("| `" + p.id() + "` |")).findFirst().orElseThrow();
            assertTrue(row.contains(p.capabilities().stateful() ? "| stateful |" : "| stateless |"), row);
            assertTrue(row.contains("| " + p.capabilities().remarkLength()), row);
        }
    }

    @Test
    void everyCodeIsDocumented() throws IOException {
        String docs = Files.readString(REPO.resolve("docs/diagnostics.md"));
        for (Code code : Code.values()) {
            assertTrue(docs.contains("| " + code.name() + " |"), code + " is missing from docs/diagnostics.md");
        }
    }
}
