package dev.zonec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.zonec.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code zonec check --format sarif} validates against the published SARIF 2.1.0 schema (a copy in test resources,
 * JSON Schema draft-04), with results at policy lines and waived findings as suppressions.
 */
class SarifSchemaTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    static Stream<String> sites() {
        return Stream.of("policies/port-terminal", "golden-tests/reports/sarif/input",
                "golden-tests/checks/ZC0401-pivot/violation/input", "golden-tests/diagnostics/ZC0201-unknown-zone/input",
                "golden-tests/diagnostics/ZC0002-no-policy-files/input");
    }

    @ParameterizedTest
    @MethodSource("sites")
    void sarifOutputIsValid(String site) throws Exception {
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"check", site, "--format", "sarif", "--today", "2026-11-28"},
                new PrintWriter(out), new PrintWriter(new StringWriter()), REPO);
        assertTrue(exit == 0 || exit == 1, "exit " + exit);
        JsonNode report = Json.MAPPER.readTree(out.toString());
        JsonSchema schema;
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> problems = schema.validate(report);
        assertEquals(Set.of(), problems, "SARIF for " + site + " does not validate");
        assertEquals("2.1.0", report.get("version").asText());
        JsonNode results = report.get("runs").get(0).get("results");
        for (JsonNode r : results) {
            assertFalse(r.get("ruleId").asText().isEmpty());
            // a finding with a place in a file is located at it; only "cannot read the site" (ZC0002/3) has none
            if (!r.get("ruleId").asText().matches("ZC000[23]")) {
                JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
                assertTrue(region.get("startLine").asInt() >= 1, r.toString());
            }
        }
    }
}
