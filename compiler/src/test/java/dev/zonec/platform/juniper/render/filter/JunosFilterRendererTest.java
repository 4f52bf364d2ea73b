package dev.zonec.platform.juniper.render.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.platform.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.zonec.render.StableNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunosFilterRendererTest {

    @TempDir
    Path dir;

    @Test
    void logicalInterfacesSplitIntoDeviceAndUnit() {
        assertEquals(new LogicalInterface("ge-0/0/0", "0"), LogicalInterface.parse("ge-0/0/0.0").orElseThrow());
        assertEquals(new LogicalInterface("irb", "20"), LogicalInterface.parse("irb.20").orElseThrow());
        assertEquals(new LogicalInterface("et-0/0/48:1", "0"), LogicalInterface.parse("et-0/0/48:1.0").orElseThrow());
        assertEquals(new LogicalInterface("ae12", "16385"), LogicalInterface.parse("ae12.16385").orElseThrow());
        assertEquals(new LogicalInterface("xe-1/2/3", "100"), LogicalInterface.parse("xe-1/2/3.100").orElseThrow());
    }

    @Test
    void interfacesWithoutAValidUnitAreRefused() {
        for (String name : List.of("ge-0/0/0", "irb", "irb.16386", "ge-0/0/0.01", "lo0.0", "fxp0.0", "em0.0",
                "ge-0/0/0.0.1", "Vlan20", "ge-0/0.0")) {
            assertTrue(LogicalInterface.parse(name).isEmpty(), name);
        }
    }

    @Test
    void aTermNameOverTheLimitIsShortenedWithItsHashAndTwoRulesOfOneNameAreReportedAtTheRule() throws IOException {
        String conduit = "c".repeat(62);
        PipelineResult result = compile("conduit " + conduit + ": control -> field {\n  sl 3\n  allow ews -> plc : modbus as poll\n}\n",
                "ge-0/0/0.0", "irb.101");
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        String text = result.configs().get(0).files().get(0).text();
        String full = conduit + "-poll-1";
        String term = conduit.substring(0, 64 - 8) + "-" + StableNames.hash(full); // one word: cut where it must
        assertTrue(text.contains("term " + term + " from destination-port 502\n"), text);

        // `plc` + `x-y` and `plc-x` + `y` both read plc-x-y: the second rule is told to take another name
        PipelineResult clash = compile("conduit plc: control -> field {\n  sl 3\n  allow ews -> plc : modbus as x-y\n}\n"
                + "conduit plc-x: control -> field {\n  sl 3\n  allow ews -> plc : https as y\n}\n", "ge-0/0/0.0", "irb.101");
        List<Diagnostic> errors = clash.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertFalse(errors.isEmpty(), clash.diagnostics().toString());
        for (Diagnostic d : errors) {
            assertEquals(Code.ZC0504, d.code(), d.toString());
            assertTrue(d.message().contains("`plc-x-y-"), d.message());
            assertTrue(d.primary().orElseThrow().location().endsWith("site.zc:8:3"), d.toString());
        }
        assertTrue(clash.configs().isEmpty());
    }

    @Test
    void anUnnamedConduitGivesTermNamesOfItsZones() throws IOException {
        PipelineResult result = compile("conduit control -> field {\n  sl 3\n  allow ews -> plc : modbus\n}\n", "ge-0/0/0.0", "irb.101");
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        String text = result.configs().get(0).files().get(0).text();
        String rule = result.ir().orElseThrow().devices().get(0).rules().get(0).rule();
        assertTrue(rule.matches("r[0-9a-f]{7}"), rule);
        assertTrue(text.contains("term control-to-field-" + rule + "-1 from destination-port 502\n"), text);
        assertTrue(text.contains("term control-to-field-" + rule + "-r1 from tcp-established\n"), text);
    }

    @Test
    void anInterfaceWithoutAUnitIsAnErrorNotAGuess() throws IOException {
        PipelineResult result = compile("conduit control -> field {\n  sl 3\n  allow ews -> plc : modbus\n}\n", "ge-0/0/0", "irb.101");
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), result.diagnostics().toString());
        assertEquals(Code.ZC0504, errors.get(0).code());
        assertTrue(result.configs().isEmpty());
    }

    private PipelineResult compile(String conduits, String controlInterface, String fieldInterface) throws IOException {
        Files.writeString(dir.resolve("site.zc"), "site demo\n" + conduits
                + "zone control { level 2 sl 2 subnet 10.20.0.0/24 asset ews 10.20.0.40 }\n"
                + "zone field { level 1 sl 2 subnet 10.1.1.0/24 asset plc 10.1.1.11 }\n");
        Files.writeString(dir.resolve("inventory.yaml"), "devices:\n  sw1:\n    platform: juniper-junos\n    interfaces:\n"
                + "      " + controlInterface + ": { zone: control }\n      " + fieldInterface + ": { zone: field }\n");
        Diagnostics diagnostics = new Diagnostics();
        PipelineResult result = Pipeline.run(SiteLoader.load(dir, "input", Optional.empty(), diagnostics),
                Targets.standard(), java.time.LocalDate.of(2026, 11, 28));
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        return result;
    }
}
