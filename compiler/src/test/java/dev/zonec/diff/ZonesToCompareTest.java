package dev.zonec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.testing.Sites;
import dev.zonec.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan pushes only the source zones whose reach can differ through the network; for each kind of edit (a rule,
 * an address, a device that faces another zone, a device that no longer faces one, a subnet) its differences must be
 * exactly those of pushing every zone of both sides.
 */
class ZonesToCompareTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"rule", "address", "interface-added", "interface-removed", "zone-added", "nothing"})
    void theZonesComparedFindEveryDifference(String edit) throws IOException {
        Path before = Sites.generated(work, 12, 6, 300, 3);
        Path after = work.resolve("after");
        Trees.copy(before, after);
        switch (edit) {
            case "rule" -> edit(after.resolve("site.zc"), s -> s + "\nconduit extra: z1 -> hub0 {\n  sl 2\n"
                    + "  allow z1-h[2] -> hub0-h[3] : ssh\n}\n");
            case "address" -> edit(after.resolve("site.zc"), s -> s.replace("asset z3-eng 10.0.7.40", "asset z3-eng 10.0.7.41"));
            case "interface-added" -> edit(after.resolve("inventory.yaml"), s -> s.replace("      Vlan103: { zone: z6 }\n",
                    "      Vlan103: { zone: z6 }\n      Vlan104: { zone: z2 }\n"));
            case "interface-removed" -> edit(after.resolve("inventory.yaml"), s -> s.replace("      eth3: { zone: z7 }\n", ""));
            case "zone-added" -> edit(after.resolve("site.zc"), s -> s + "\nzone spare { level 2 sl 2 subnet 10.0.99.0/24 }\n");
            default -> { }
        }
        Side a = side(before);
        Side b = side(after);
        Set<String> all = new TreeSet<>();
        a.site().orElseThrow().zones().forEach(z -> all.add(z.name()));
        b.site().orElseThrow().zones().forEach(z -> all.add(z.name()));
        Set<String> chosen = ReachabilityDiff.zonesToCompare(a.site(), a.ir(), b.site(), b.ir(), Set.of());
        ReachabilityDiff.Result fast = ReachabilityDiff.compareZones(a.site(), a.ir(), b.site(), b.ir(), chosen);
        ReachabilityDiff.Result full = ReachabilityDiff.compareZones(a.site(), a.ir(), b.site(), b.ir(), all);
        assertEquals(describe(full.added()), describe(fast.added()), edit);
        assertEquals(describe(full.removed()), describe(fast.removed()), edit);
        if (edit.equals("nothing")) {
            assertTrue(chosen.isEmpty(), chosen.toString());
        } else {
            assertTrue(chosen.size() < all.size(), "the point is to push fewer zones: " + chosen);
        }
        if (!edit.equals("nothing") && !edit.equals("zone-added")) {
            assertFalse(full.added().isEmpty() && full.removed().isEmpty(), edit + " changes reachability");
        }
    }

    private static List<String> describe(List<Plan.Reach> reaches) {
        return reaches.stream().map(r -> r.from() + " -> " + r.to() + " " + r.service() + " " + r.replies() + " "
                + r.example().describe() + " " + r.policy().stream().map(s -> s.file().sitePath() + ":" + s.line()).toList()
                + " " + r.devices()).toList();
    }

    private static Side side(Path folder) {
        Diagnostics loading = new Diagnostics();
        return Side.of(folder.toString(), SiteLoader.load(folder, folder.toString(), Optional.empty(), loading), loading,
                LocalDate.of(2026, 11, 28), 1);
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the edit changed nothing in " + file);
        Files.writeString(file, after);
    }
}
