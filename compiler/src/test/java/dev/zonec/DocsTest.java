package dev.zonec;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** The capability columns of docs/platforms.md say what each target declares, cell for cell. */
    @Test
    void everyPlatformHasARowThatStatesItsCapabilitiesAndAPage() throws IOException {
        String table = Files.readString(REPO.resolve("docs/platforms.md"));
        for (dev.zonec.platform.Target t : dev.zonec.platform.Targets.standard().all()) {
            dev.zonec.model.site.Capabilities c = t.platform().capabilities();
            assertTrue(Files.exists(REPO.resolve("docs/platforms/" + t.id() + ".md")), "docs/platforms/" + t.id() + ".md");
            String row = table.lines().filter(l -> l.contains("| `" + t.id() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError(t.id() + " is missing from docs/platforms.md"));
            String[] cells = row.substring(2, row.length() - 2).split(" \\| ");
            assertEquals(10, cells.length, row);
            assertEquals(c.stateful() ? "stateful" : "stateless", cells[2], t.id() + " state");
            assertTrue(cells[3].startsWith(c.scope() == dev.zonec.model.site.Capabilities.FilterScope.INGRESS
                    ? "ingress interface" : "zone pair"), t.id() + " a rule names: " + cells[3]);
            assertEquals(c.ipv6() ? "yes" : "no", cells[4], t.id() + " IPv6");
            assertEquals(c.logging() ? "yes" : "no", cells[5], t.id() + " logs a permit");
            assertTrue(cells[7].equals(Integer.toString(c.remarkLength()))
                    || cells[7].startsWith(c.remarkLength() + " ("), t.id() + " remark length: " + cells[7]);
            assertEquals("`" + c.names().pattern().pattern() + "`, " + c.names().length(), cells[8], t.id() + " names");
            if (c.functionClasses().isEmpty()) {
                assertTrue(cells[9].startsWith("—"), t.id() + " inspects nothing: " + cells[9]);
            } else {
                for (String fc : c.functionClasses()) {
                    assertTrue(cells[9].contains("`" + fc + "`"), t.id() + " inspects " + fc + ": " + cells[9]);
                }
                assertEquals(c.functionClasses().size(), cells[9].split("`").length / 2, t.id() + ": " + cells[9]);
            }
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
