package dev.zonec.platform.fortinet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.inventory.InventoryLoader;
import dev.zonec.lower.Lowering;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.platform.fortinet.FortinetFortios;
import dev.zonec.render.Rendering;
import dev.zonec.model.site.Site;
import dev.zonec.parse.PolicyParser;
import dev.zonec.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the golden cases cannot show while FortiOS has no verified inspection entries: a function class the platform
 * inspects becomes its own policy pairing the protocol's port service with an allow-list application sensor.
 */
class FortiosRendererTest {

    @TempDir
    Path dir;

    private static final String POLICY = """
            site demo
            zone control { level 2 sl 3 subnet 10.20.0.0/24 asset hmi 10.20.0.21 }
            zone field { level 1 sl 3 subnet 10.1.1.0/24 asset plc 10.1.1.11 }
            conduit ops: control -> field {
              allow hmi -> plc : modbus.read, https as polling
            }
            """;

    @Test
    void anInspectedFunctionClassGetsItsOwnPolicyWithPortAndApplicationList() throws IOException {
        Fixture f = fixture(POLICY, "port1", "port2");
        String config = Rendering.files("fortinet-fortios",
                new FortiosRenderer(Map.of("modbus.read", List.of("101 Sig_Read.A", "102 Sig_Read.B"))),
                f.device(), f.site()).get(0).text();

        assertTrue(config.contains("""
                config ips global
                    set exclude-signatures none
                end
                """), config);
        assertTrue(config.contains("""
                config application list
                    edit "zc-modbus.read"
                        set comment "zonec: modbus.read only (Sig_Read.A, Sig_Read.B)"
                        set other-application-action block
                        set other-application-log enable
                        set unknown-application-action block
                        set unknown-application-log enable
                        config entries
                            edit 1
                                set application 101 102
                                set action pass
                            next
                        end
                    next
                end
                """), config);
        // https stays a plain port policy; modbus.read is port 502 and the application list, in the next policy
        Map<String, Integer> ids = FortiosIds.assign(List.of("zc-ops.polling", "zc-ops.polling.modbus.read"));
        int plain = ids.get("zc-ops.polling");
        int inspected = ids.get("zc-ops.polling.modbus.read");
        assertTrue(FortiosIds.ours(plain) && FortiosIds.ours(inspected) && plain != inspected, ids.toString());
        assertTrue(config.contains("""
                    edit %d
                        set name "zc-ops.polling"
                """.formatted(plain)), config);
        assertTrue(config.contains("""
                        set service "zc-tcp.443"
                        set utm-status disable
                """), config);
        assertTrue(config.contains("""
                    edit %d
                        set name "zc-ops.polling.modbus.read"
                """.formatted(inspected)), config);
        assertTrue(config.contains("""
                        set service "zc-tcp.502"
                        set utm-status enable
                        set application-list "zc-modbus.read"
                """), config);
        assertTrue(config.contains("    move " + plain + " before " + FortiosIds.DENY + "\n    move " + inspected
                + " before " + FortiosIds.DENY + "\nend"), config);
    }

    @Test
    void withoutInspectionEntriesTheSameFlowHasNoApplicationControl() throws IOException {
        Fixture f = fixture(POLICY.replace("modbus.read", "modbus"), "port1", "port2");
        String config = Rendering.files("fortinet-fortios", new FortiosRenderer(Map.of()), f.device(), f.site())
                .get(0).text();
        assertTrue(!config.contains("application") && !config.contains("ips global"), config);
        assertTrue(config.contains("set service \"zc-tcp.502\" \"zc-tcp.443\""), config);
    }

    @Test
    void interfaceNamesAreCheckedAgainstFortiOSAndLongPolicyNamesShortenedWithTheirHash() throws IOException {
        Fixture f = fixture(POLICY.replace("conduit ops:", "conduit operations-to-field-controllers:"),
                "port1", "port-sixteen-chr");
        Diagnostics diagnostics = new Diagnostics();
        new FortinetFortios().interfaces().check(f.device().device(), diagnostics);
        new FortiosRenderer(Map.of()).validate(f.device(), f.site(), diagnostics);
        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).code() == Code.ZC0504 && found.get(0).message().contains("port-sixteen-chr"),
                found.toString());

        Fixture ok = fixture(POLICY.replace("conduit ops:", "conduit operations-to-field-controllers:"), "port1", "port2");
        String config = Rendering.files("fortinet-fortios", new FortiosRenderer(Map.of()), ok.device(), ok.site())
                .get(0).text();
        // "zc-operations-to-field-controllers.polling" is 42 characters; FortiOS keeps 35
        String shortened = "zc-operations-to-field."
                + dev.zonec.render.StableNames.hash("zc-operations-to-field-controllers.polling");
        assertTrue(config.contains("set name \"" + shortened + "\""), config);
    }

    /** A future inspection.yaml entry for FortiOS must name the application ID the CLI needs, then the signature. */
    @Test
    void everyFortiosInspectionEntryIsAnApplicationIdAndAName() {
        FortinetFortios.PLATFORM.capabilities().inspection().forEach((functionClass, entries) -> {
            assertTrue(!entries.isEmpty(), functionClass + " has no signatures");
            entries.forEach(e -> assertTrue(e.matches("\\d+ \\S+"), functionClass + ": `" + e + "` is not `<id> <name>`"));
        });
    }

    private record Fixture(Site site, DeviceIr device) {}

    private Fixture fixture(String policy, String controlInterface, String fieldInterface) throws IOException {
        Files.writeString(dir.resolve("site.zc"), policy);
        Files.writeString(dir.resolve("inventory.yaml"), "devices:\n  fw1:\n    platform: fortinet-fortios\n"
                + "    interfaces:\n      \"" + controlInterface + "\": { zone: control }\n      \"" + fieldInterface
                + "\": { zone: field }\n");
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = SiteLoader.load(dir, "demo", Optional.empty(), diagnostics);
        Site site = Resolver.resolve(PolicyParser.parse(source.policies(), diagnostics),
                InventoryLoader.load(source.inventory().orElseThrow(), diagnostics), diagnostics).orElseThrow();
        DeviceIr device = Lowering.lower(site, diagnostics).devices().get(0);
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        return new Fixture(site, device);
    }
}
