package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Site;
import dev.zonec.packet.Cubes;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.PacketSpace;
import dev.zonec.testing.Sites;
import java.nio.file.Path;
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
    @TempDir
    Path work;

    @Test
    void thePortTerminalsIntentIsExactlyItsCubes() {
        assertEveryPairIsExactlyItsCubes(Sites.compile(Sites.PORT_TERMINAL).site().orElseThrow());
    }

    @Test
    void aGeneratedSitesIntentIsExactlyItsCubes() {
        assertEveryPairIsExactlyItsCubes(Sites.compile(Sites.generated(work, 16, 10, 600, 3)).site().orElseThrow());
    }

    private static void assertEveryPairIsExactlyItsCubes(Site site) {
        Map<String, List<Intent.Placed>> placements = Intent.placements(site);
        PacketSpace space = new PacketSpace();
        Intent intent = new Intent(placements, () -> space, new HashMap<>());
        int pairs = 0;
        for (Device device : site.devices()) {
            for (dev.zonec.model.site.Interface in : device.interfaces()) {
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
}
