package dev.zonec.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.inventory.InventoryLoader;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.parse.PolicyParser;
import dev.zonec.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoweringTest {

    @TempDir
    Path dir;

    /**
     * A full mesh of transit zones and firewalls each facing every zone (more firewalls than the warning threshold, which
     * counts the devices one path crosses, not the redundant ones beside each other):
     * an exact search over simple paths gives up on such a block; shortest admissible paths are one search per source
     * zone, and every firewall joins the flow's two zones directly.
     */
    @Test
    void aFullMeshPlacesEachFlowOnTheDevicesThatJoinItsZones() throws IOException {
        StringBuilder policy = new StringBuilder("site mesh\n");
        StringBuilder inventory = new StringBuilder("devices:\n");
        int size = Lowering.MANY_DEVICES + 2;
        for (int z = 0; z < size; z++) {
            policy.append("zone z").append(z).append(" { level 2 sl 2 transit subnet 10.").append(z)
                    .append(".0.0/24 asset h").append(z).append(" 10.").append(z).append(".0.1 }\n");
        }
        policy.append("conduit z0 -> z3 {\n  allow h0 -> h3 : ssh\n}\n");
        for (int d = 0; d < size; d++) {
            inventory.append("  fw").append(d).append(":\n    platform: nftables\n    interfaces:\n");
            for (int z = 0; z < size; z++) {
                inventory.append("      e").append(z).append(": { zone: z").append(z).append(" }\n");
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        Ir ir = Lowering.lower(site(policy.toString(), inventory.toString(), diagnostics), diagnostics);

        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        assertEquals(1, ir.placements().size());
        assertEquals(1, ir.placements().get(0).length(), "every firewall joins z0 to z3 directly");
        assertEquals(size, ir.placements().get(0).paths());
        ir.devices().forEach(d -> assertEquals(1, d.rules().size(), d.device().name() + ": one rule, z0 -> z3"));
        ir.devices().forEach(d -> assertEquals("z0", d.rules().get(0).inZone()));
    }

    /** A chain of six firewalls through transit zones crosses more devices than the threshold: a warning. */
    @Test
    void aFlowOnManyDevicesIsAWarning() throws IOException {
        StringBuilder policy = new StringBuilder("site chain\n");
        StringBuilder inventory = new StringBuilder("devices:\n");
        int zones = Lowering.MANY_DEVICES + 2;
        for (int z = 0; z < zones; z++) {
            policy.append("zone z").append(z).append(" { level 2 sl 2 ").append(z > 0 && z < zones - 1 ? "transit " : "")
                    .append("subnet 10.").append(z).append(".0.0/24 asset h").append(z).append(" 10.").append(z)
                    .append(".0.1 }\n");
        }
        policy.append("conduit z0 -> z").append(zones - 1).append(" {\n  allow h0 -> h").append(zones - 1)
                .append(" : ssh\n}\n");
        for (int d = 0; d + 1 < zones; d++) {
            inventory.append("  fw").append(d).append(":\n    platform: nftables\n    interfaces:\n      a: { zone: z")
                    .append(d).append(" }\n      b: { zone: z").append(d + 1).append(" }\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        Lowering.lower(site(policy.toString(), inventory.toString(), diagnostics), diagnostics);

        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Code.ZC0303, found.get(0).code());
        assertTrue(found.get(0).message().contains("crosses " + (zones - 1) + " devices"), found.get(0).message());
        assertTrue(found.get(0).primary().orElseThrow().location().endsWith("site.zc:" + (zones + 3) + ":3"),
                found.get(0).toString());
    }

    private Site site(String policy, String inventory, Diagnostics diagnostics) throws IOException {
        Files.writeString(dir.resolve("site.zc"), policy);
        Files.writeString(dir.resolve("inventory.yaml"), inventory);
        SiteSource source = SiteLoader.load(dir, "site", Optional.empty(), diagnostics);
        return Resolver.resolve(PolicyParser.parse(source.policies(), diagnostics),
                InventoryLoader.load(source.inventory().orElseThrow(), diagnostics), diagnostics).orElseThrow();
    }
}
