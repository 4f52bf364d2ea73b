package dev.zonec.platform.cisco.render.eos;

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
import dev.zonec.platform.cisco.AristaEos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AristaEosRendererTest {

    @TempDir
    Path dir;

    @Test
    void interfaceNames() {
        for (String ok : List.of("Ethernet1", "Ethernet3/1", "Ethernet3/1/4", "Ethernet1.100", "Port-Channel10",
                "Port-Channel10.4094", "Vlan1", "Vlan20", "Vlan4094")) {
            assertTrue(AristaEos.INTERFACES.pattern().orElseThrow().matcher(ok).matches(), ok);
        }
        for (String bad : List.of("Vlan0", "Vlan4095", "Ethernet0", "Ethernet1.0", "Ethernet1.4095", "Management1",
                "Loopback0", "GigabitEthernet0/1", "ethernet1", "Vlan20.1", "Port-Channel")) {
            assertFalse(AristaEos.INTERFACES.pattern().orElseThrow().matcher(bad).matches(), bad);
        }
    }

    @Test
    void anAclNameOverTheLimitIsReportedAtTheZone() throws IOException {
        String zone = "z".repeat(95);
        Files.writeString(dir.resolve("site.zc"), "site demo\n"
                + "zone " + zone + " { level 2 sl 2 subnet 10.20.0.0/24 asset ews 10.20.0.40 }\n"
                + "zone field { level 1 sl 2 subnet 10.1.1.0/24 asset plc 10.1.1.11 }\n"
                + "conduit c: " + zone + " -> field {\n  sl 3\n  allow ews -> plc : modbus\n}\n");
        Files.writeString(dir.resolve("inventory.yaml"), "devices:\n  sw1:\n    platform: arista-eos\n    interfaces:\n"
                + "      Vlan20: { zone: " + zone + " }\n      Vlan101: { zone: field }\n");
        Diagnostics diagnostics = new Diagnostics();
        PipelineResult result = Pipeline.run(SiteLoader.load(dir, "input", Optional.empty(), diagnostics),
                Targets.standard(), java.time.LocalDate.of(2026, 11, 28));
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        // the IPv4 and the IPv6 ACL of the zone (IPv6 ACLs are written also when the site has no IPv6)
        assertEquals(2, errors.size(), result.diagnostics().toString());
        for (Diagnostic error : errors) {
            assertEquals(Code.ZC0504, error.code());
            assertTrue(error.primary().orElseThrow().location().endsWith("site.zc:2:6"), error.toString());
        }
        assertTrue(errors.get(0).message().contains("zc-in-" + zone), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("zc-in6-" + zone), errors.get(1).message());
        assertTrue(result.configs().isEmpty());
    }
}
