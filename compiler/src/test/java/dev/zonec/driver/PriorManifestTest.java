package dev.zonec.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.platform.cisco.CiscoIos;
import dev.zonec.render.OutputFile;
import dev.zonec.render.Ownership;
import dev.zonec.render.PriorOutput;
import dev.zonec.render.RenderedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a compile reads back from the output folder it replaces: the names each device's file created or deleted. */
class PriorManifestTest {

    @Test
    void aNameCreatedOrDeletedBeforeIsWhatMayBeOnTheDevice(@TempDir Path dir) throws IOException {
        Ownership owns = Ownership.builder().add("acl", "zc-in-control").add("acl", "zc-in-field").build();
        Ownership removes = Ownership.builder().add("acl", "zc-in-dmz").add("object-group", "zc-hmi").build();
        RenderedConfig sw1 = new RenderedConfig("sw1", CiscoIos.PLATFORM, List.of(new OutputFile("sw1.ios", "x", owns,
                removes)), 1);
        Files.writeString(dir.resolve("manifest.json"), OutputWriter.manifest("demo", List.of(sw1)));

        PriorOutput prior = PriorManifest.read(dir);
        assertEquals("demo", prior.site());
        Ownership before = prior.forSite("demo").of("sw1", "cisco-ios");
        assertEquals(Set.of("zc-in-control", "zc-in-field", "zc-in-dmz"), before.of("acl"));
        assertEquals(Set.of("zc-hmi"), before.of("object-group"));
        assertTrue(prior.forSite("demo").of("sw1", "arista-eos").isEmpty(), "a device that changed platform starts afresh");
        assertTrue(prior.forSite("other-site").of("sw1", "cisco-ios").isEmpty(), "another site's manifest is not used");
        assertTrue(prior.of("sw2", "cisco-ios").isEmpty());
    }

    @Test
    void noManifestOrOneZonecDidNotWriteMeansAFirstLoad(@TempDir Path dir) throws IOException {
        assertEquals(PriorOutput.NONE, PriorManifest.read(dir.resolve("missing")));
        Files.writeString(dir.resolve("manifest.json"), "{\"thesis\": true}");
        assertEquals(PriorOutput.NONE, PriorManifest.read(dir));
        Files.writeString(dir.resolve("manifest.json"), "not json");
        assertEquals(PriorOutput.NONE, PriorManifest.read(dir));
    }

    @Test
    void stalenessIsKindByKind() {
        Ownership before = Ownership.builder().add("acl", "a").add("acl", "b").add("group", "g").build();
        Ownership now = Ownership.builder().add("acl", "b").add("group", "h").build();
        Ownership stale = before.minus(now);
        assertEquals(Set.of("a"), stale.of("acl"));
        assertEquals(Set.of("g"), stale.of("group"));
        assertEquals(Set.of("a", "b"), now.union(stale).of("acl"));
    }
}
