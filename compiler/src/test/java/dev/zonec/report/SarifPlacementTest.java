package dev.zonec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.model.diag.Code;
import dev.zonec.testing.CliRun;
import dev.zonec.testing.Sites;
import dev.zonec.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What code scanning needs from zonec's SARIF beyond the schema: URIs it can place in the repository whatever folder
 * zonec ran in, help and a rating for each rule, and fingerprints an unrelated edit does not change (GitHub takes a
 * changed fingerprint for a new alert and closes the old one).
 */
class SarifPlacementTest {

    @TempDir
    Path work;

    /** A git work tree with the port terminal under policies/, and a folder outside it to run zonec from. */
    private Path repo() throws IOException {
        Path repo = work.resolve("repo");
        Trees.copy(Sites.PORT_TERMINAL, repo.resolve("policies/site"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(work.resolve("elsewhere"));
        return repo;
    }

    private JsonNode sarif(String site) throws IOException {
        CliRun run = CliRun.of(work.resolve("elsewhere"), "check", site, "--format", "sarif", "--today", "2026-11-28");
        assertEquals(0, run.exit(), run.err());
        return Json.MAPPER.readTree(run.out());
    }

    @Test
    void urisAreRelativeToTheRepositoryRootWhereverZonecRan() throws IOException {
        repo();
        JsonNode run = sarif("../repo/policies/site").get("runs").get(0);
        assertTrue(run.get("originalUriBaseIds").has(SarifReport.BASE));
        Set<String> uris = new HashSet<>();
        for (JsonNode artifact : run.findValues("artifactLocation")) {
            assertEquals(SarifReport.BASE, artifact.get("uriBaseId").asText(), artifact.toString());
            uris.add(artifact.get("uri").asText());
        }
        assertTrue(uris.contains("policies/site/conduits.zc"), uris.toString());
        assertTrue(uris.stream().allMatch(u -> u.startsWith("policies/site/")), uris.toString());
    }

    @Test
    void rulesCarryHelpFromTheDocsAndSecurityFindingsARating() throws IOException {
        repo();
        JsonNode rules = sarif("../repo/policies/site").get("runs").get(0).get("tool").get("driver").get("rules");
        assertFalse(rules.isEmpty());
        for (JsonNode rule : rules) {
            Code code = Code.valueOf(rule.get("id").asText());
            assertTrue(rule.get("helpUri").asText().matches("https://\\S+/(checks|diagnostics)\\.md#[a-z-]+"), rule.toString());
            assertTrue(rule.get("help").get("markdown").asText().contains(code.title()), rule.toString());
            assertFalse(rule.get("name").asText().equals(code.name()), "a name a reader understands: " + rule);
            if (SecuritySeverity.isSecurityRange(code)) {
                double score = Double.parseDouble(rule.get("properties").get("security-severity").asText());
                assertTrue(score > 0 && score <= 10, rule.toString());
            }
        }
    }

    @Test
    void everyCodeIsDocumentedAndEverySecurityCodeRated() {
        for (Code code : Code.values()) {
            assertTrue(CodeDocs.get().of(code).isPresent(), code + " has no row in docs/diagnostics.md or docs/checks.md");
            if (SecuritySeverity.isSecurityRange(code)) {
                assertTrue(SecuritySeverity.of(code).isPresent(), code + " is a security finding without a security-severity");
            }
        }
        assertEquals(9.3, SecuritySeverity.of(Code.ZC0401).orElseThrow());
        assertTrue(SecuritySeverity.of(Code.ZC0201).isEmpty(), "an unknown zone is an input error, not a rated finding");
    }

    @Test
    void fingerprintsSurviveAnUnrelatedEditAndMoveWithTheirLines() throws IOException {
        Path repo = repo();
        Map<String, String> before = fingerprintsWithLines(sarif("../repo/policies/site"));
        Path conduits = repo.resolve("policies/site/conduits.zc");
        Files.writeString(conduits, "# reviewed 2026-12\n\n# an unrelated note above every conduit\n" + Files.readString(conduits));
        Path zones = repo.resolve("policies/site/zones.zc");
        Files.writeString(zones, Files.readString(zones) + "\nzone spare \"unrelated\" {\n  level 2\n  sl 2\n  subnet 10.99.0.0/24\n}\n");
        Map<String, String> after = fingerprintsWithLines(sarif("../repo/policies/site"));
        assertFalse(before.isEmpty());
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertTrue(after.containsKey(e.getKey()), "fingerprint of " + e.getValue() + " changed");
            if (e.getValue().contains("conduits.zc")) {
                assertNotEquals(e.getValue(), after.get(e.getKey()), "the finding moved three lines down");
            }
        }
    }

    /** Fingerprint to "uri:line" of each result. */
    private static Map<String, String> fingerprintsWithLines(JsonNode sarif) {
        Map<String, String> prints = new HashMap<>();
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            String where = location.get("artifactLocation").get("uri").asText() + ":"
                    + location.get("region").get("startLine").asInt();
            String print = r.get("partialFingerprints").get(SarifReport.FINGERPRINT).asText();
            assertEquals(32, print.length());
            assertEquals(null, prints.put(print, r.get("ruleId").asText() + " at " + where), "fingerprints are unique");
        }
        return prints;
    }
}
