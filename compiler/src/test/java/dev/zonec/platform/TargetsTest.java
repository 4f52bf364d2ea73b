package dev.zonec.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry cannot miss a target, and every target is complete. */
class TargetsTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    /** Every concrete {@link Target} class compiled from the platform folders is in {@link Targets#standard()}. */
    @Test
    void everyTargetInTheCodeIsRegistered() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Targets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/zonec/platform"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (Target.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                        && !c.isAnonymousClass()) {
                    found.add(c);
                }
            }
        }
        Set<Class<?>> registered = new HashSet<>();
        Targets.standard().all().forEach(t -> registered.add(t.getClass()));
        assertEquals(10, found.size(), "targets found in the code: " + found);
        for (Class<?> c : found) {
            assertTrue(registered.contains(c), c.getName() + " is a Target but is not listed in Targets.standard()");
        }
    }

    @Test
    void everyTargetIsComplete() {
        Set<String> ids = new HashSet<>();
        for (Target t : Targets.standard().all()) {
            assertTrue(ids.add(t.id()), "two targets for " + t.id());
            assertTrue(t.id().matches("[a-z][a-z0-9-]*"), t.id());
            assertTrue(Files.isDirectory(REPO.resolve("templates/" + t.id())), "templates/" + t.id());
            assertTrue(Files.isDirectory(REPO.resolve("golden-tests/platforms/" + t.id())), "golden case of " + t.id());
            assertFalse(t.interfaces().sample(0).equals(t.interfaces().sample(1)), t.id() + " sample names repeat");
            t.interfaces().pattern().ifPresent(p -> {
                for (int n = 0; n < 4; n++) {
                    assertTrue(p.matcher(t.interfaces().sample(n)).matches(),
                            t.id() + ": the generated name " + t.interfaces().sample(n) + " breaks its own rule");
                }
            });
            assertEquals(t.batfish().format().isEmpty(),
                    t.batfish().reading() == BatfishSupport.Reading.NOT_READ, t.id() + ": format without a reading");
        }
    }

    @Test
    void lookupIsById() {
        Target ios = Targets.standard().byId("cisco-ios").orElseThrow();
        assertEquals(ios, Targets.standard().of(ios.platform()));
        assertTrue(Targets.standard().byId("cisco-iosxr").isEmpty());
    }
}
