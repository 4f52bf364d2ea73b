package dev.zonec.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries a Maven module per family would enforce, checked on the sources instead (docs/platform-design.md):
 * only the registry reaches into a family, families do not reach into each other, and a read-back never uses
 * render code (the proof reads a file with its own eyes).
 */
class PlatformBoundariesTest {
    private static final Path SOURCES = Path.of(System.getProperty("zonec.repo", "..")).resolve("compiler/src/main/java");
    private static final Path PLATFORM = SOURCES.resolve("dev/zonec/platform");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(dev\\.zonec\\.[\\w.]+);");
    /** A family package: a lower-case segment after {@code dev.zonec.platform} (the API's classes are upper case). */
    private static final Pattern FAMILY = Pattern.compile("dev\\.zonec\\.platform\\.([a-z][a-z0-9]*)\\..*");

    private record Use(Path file, String imported) {
        @Override
        public String toString() {
            return SOURCES.relativize(file) + " imports " + imported;
        }
    }

    private static List<Use> imports() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    uses.add(new Use(f, m.group(1)));
                }
            }
        }
        return uses;
    }

    /** The family of a source file, or empty for the neutral code (stages, kits, the platform API). */
    private static String familyOf(Path file) {
        if (!file.startsWith(PLATFORM) || PLATFORM.relativize(file).getNameCount() < 2) {
            return "";
        }
        return PLATFORM.relativize(file).getName(0).toString();
    }

    private static String familyOf(String imported) {
        Matcher m = FAMILY.matcher(imported);
        return m.matches() ? m.group(1) : "";
    }

    @Test
    void onlyTheRegistryReachesIntoAFamily() throws IOException {
        List<Use> wrong = imports().stream()
                .filter(u -> familyOf(u.file()).isEmpty() && !familyOf(u.imported()).isEmpty())
                .filter(u -> !u.file().equals(PLATFORM.resolve("Targets.java")))
                .toList();
        assertEquals(List.of(), wrong, "neutral code must ask a Target, not import a platform family");
    }

    @Test
    void familiesDoNotUseEachOther() throws IOException {
        List<Use> wrong = imports().stream()
                .filter(u -> !familyOf(u.file()).isEmpty() && !familyOf(u.imported()).isEmpty())
                .filter(u -> !familyOf(u.file()).equals(familyOf(u.imported())))
                .toList();
        assertEquals(List.of(), wrong, "share through a neutral kit (render/ingress, render/firewall, ...) instead");
    }

    @Test
    void aReadBackUsesNoRenderCode() throws IOException {
        List<Use> wrong = imports().stream()
                .filter(u -> SOURCES.relativize(u.file()).toString().contains("/readback/"))
                .filter(u -> u.imported().startsWith("dev.zonec.render.") || u.imported().contains(".render."))
                .toList();
        assertEquals(List.of(), wrong, "the read-back must not share code with the renderer it checks");
    }
}
