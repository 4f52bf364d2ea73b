package dev.zonec.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.inventory.InventoryLoader;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
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

    /** A full mesh of four zones and four firewalls, each facing every zone: one big block. */
    @Test
    void aTooMeshedBlockIsACodedErrorNotAHang() throws IOException {
        StringBuilder policy = new StringBuilder("site mesh\n");
        StringBuilder inventory = new StringBuilder("devices:\n");
        for (int z = 0; z < 4; z++) {
            policy.append("zone z").append(z).append(" { level 2 sl 2 subnet 10.").append(z).append(".0.0/24 asset h")
                    .append(z).append(" 10.").append(z).append(".0.1 }\n");
        }
        policy.append("conduit z0 -> z3 {\n  allow h0 -> h3 : ssh\n}\n");
        for (int d = 0; d < 4; d++) {
            inventory.append("  fw").append(d).append(":\n    platform: nftables\n    interfaces:\n");
            for (int z = 0; z < 4; z++) {
                inventory.append("      e").append(z).append(": { zone: z").append(z).append(" }\n");
            }
        }
        Files.writeString(dir.resolve("site.zc"), policy);
        Files.writeString(dir.resolve("inventory.yaml"), inventory);
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = SiteLoader.load(dir, "mesh", Optional.empty(), diagnostics);
        Site site = Resolver.resolve(PolicyParser.parse(source.policies(), diagnostics),
                InventoryLoader.load(source.inventory().orElseThrow(), diagnostics), diagnostics).orElseThrow();

        Lowering.lower(site, diagnostics, 5);

        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Code.ZC0302, found.get(0).code());
        assertTrue(found.get(0).primary().orElseThrow().location().endsWith("site.zc:7:3"), found.get(0).toString());

        Diagnostics generous = new Diagnostics();
        Lowering.lower(site, generous, PathPlacement.SEARCH_BUDGET);
        assertTrue(generous.sorted().isEmpty(), "with the real budget the same mesh places fine");
    }
}
