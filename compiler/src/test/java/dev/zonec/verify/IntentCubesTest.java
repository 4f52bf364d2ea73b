package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Site;
import dev.zonec.packet.Cubes;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.PacketSpace;
import dev.zonec.render.RendererRegistry;
import dev.zonec.testing.CliRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the policy intends on every device, cut into cubes, is exactly the set the proofs build for it with BDDs: for
 * the port terminal (both kinds of filter scope, stateless replies, ICMP, IPv6) and a generated site of all ten
 * platforms.
 */
class IntentCubesTest {
    private static final Path PORT_TERMINAL = Path.of(System.getProperty("zonec.repo", "..")).resolve("policies/port-terminal");

    @TempDir
    Path work;

    @Test
    void thePortTerminalsIntentIsExactlyItsCubes() {
        assertEveryPairIsExactlyItsCubes(site(PORT_TERMINAL));
    }

    @Test
    void aGeneratedSitesIntentIsExactlyItsCubes() {
        CliRun gen = CliRun.of(work, "gen", "--zones", "16", "--devices", "10", "--flows", "600", "--seed", "3", "-o", "site");
        assertEquals(0, gen.exit(), gen.err());
        assertEveryPairIsExactlyItsCubes(site(work.resolve("site")));
    }

    private static void assertEveryPairIsExactlyItsCubes(Site site) {
        Map<String, List<Intent.Placed>> placements = Intent.placements(site);
        PacketSpace space = new PacketSpace();
        Intent intent = new Intent(placements, () -> space, new HashMap<>());
        int pairs = 0;
        for (Device device : site.devices()) {
            for (String in : device.zones()) {
                for (String out : device.zones()) {
                    Optional<Set<HeaderCube>> cubes = intent.expectedCubes(device, in, out);
                    assertTrue(cubes.isPresent(), device.name() + " " + in + " to " + out);
                    assertEquals(intent.expected(device, in, out), Cubes.set(space, cubes.get()),
                            device.name() + " from " + in + " to " + out);
                    pairs += cubes.get().isEmpty() ? 0 : 1;
                }
            }
            intent.forget(device);
        }
        assertTrue(pairs >= 10, "pairs with traffic: " + pairs);
    }

    private static Site site(Path folder) {
        Diagnostics diagnostics = new Diagnostics();
        PipelineResult result = Pipeline.run(SiteLoader.load(folder, folder.toString(), Optional.empty(), diagnostics),
                RendererRegistry.standard(), LocalDate.of(2026, 11, 28));
        return result.site().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
    }
}
