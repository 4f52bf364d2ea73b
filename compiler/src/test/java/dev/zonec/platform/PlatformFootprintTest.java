package dev.zonec.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * For each platform, the files outside its own places that name it: its id, its target class, or its family's
 * package or folder. A platform's own places are its family's folders ({@code compiler/src/{main,test}/java/dev/zonec/
 * platform/<family>/}, the same under {@code antlr4/} and {@code resources/}) and {@code templates/<id>/}; the
 * documentation ({@code docs/}, {@code README.md}, and comments in code) and the sites ({@code policies/},
 * {@code golden-tests/}: data, which a new platform adds to but never changes) are not searched.
 *
 * <p>In the compiler and its build, what remains must be argued below, and every argument must still be needed: a
 * new file that names a platform fails the test, and so does an argument nothing needs any more. Today that is the
 * registry line and two more. Tests of other stages (batfish, lab, cli, ...) and benchmarks that use a platform as an example
 * are listed too, not failed: a new platform touches none of them, and a stage's test may well show its behaviour on
 * a real platform. The listing is printed and written to {@code compiler/target/platform-footprint.txt}.
 */
class PlatformFootprintTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));
    private static final String SELF = "compiler/src/test/java/dev/zonec/platform/PlatformFootprintTest.java";

    /** Every file of the compiler and its build outside a platform's folders allowed to name one, and why. */
    private static final Map<String, String> ARGUED = arguments(
            "compiler/src/main/java/dev/zonec/platform/Targets.java",
            "the registry: one line per platform, checked complete by TargetsTest",
            ".ci/run",
            "CI installs the tools the Linux family's real-syntax and live-kernel tests run (nft, iptables-restore)",
            "compiler/src/main/java/dev/zonec/batfish/SnapshotPackage.java",
            "Batfish's host model: its host file names an iptables ruleset (`iptablesFile`), which is Batfish's "
                    + "format, whichever target asks for that reading (BatfishSupport.Reading.HOST)");

    /**
     * Tests and their resources, and the benchmarks: outside the family folders they use platforms as examples (a
     * benchmark site's platforms, a stage's test on a real platform).
     */
    private static final List<String> EXAMPLES = List.of("compiler/src/test/", "bench/", "tests/");

    @Test
    void aPlatformIsNamedOnlyInItsOwnFolders() throws IOException {
        Map<String, TreeSet<String>> found = new TreeMap<>();
        Map<Path, String> code = new LinkedHashMap<>();
        for (Path f : files()) {
            code.put(f, withoutComments(f, text(f)));
        }
        for (Target t : Targets.standard().all()) {
            String family = t.getClass().getPackageName().substring("dev.zonec.platform.".length());
            Pattern names = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(t.id()) + "(?![A-Za-z0-9-])"
                    + "|\\b" + t.getClass().getSimpleName() + "\\b"
                    + "|dev\\.zonec\\.platform\\." + family + "\\b|platform/" + family + "/");
            List<String> own = List.of("compiler/src/main/java/dev/zonec/platform/" + family + "/",
                    "compiler/src/test/java/dev/zonec/platform/" + family + "/",
                    "compiler/src/main/antlr4/dev/zonec/platform/" + family + "/",
                    "compiler/src/main/resources/dev/zonec/platform/" + family + "/",
                    "compiler/src/test/resources/dev/zonec/platform/" + family + "/",
                    "templates/" + t.id() + "/");
            code.forEach((f, text) -> {
                String path = REPO.relativize(f).toString();
                if (own.stream().noneMatch(path::startsWith) && names.matcher(text).find()) {
                    found.computeIfAbsent(path, p -> new TreeSet<>()).add(t.id());
                }
            });
        }
        StringBuilder listing = new StringBuilder("files of the compiler and its build outside a platform's own "
                + "folders that name it:\n");
        StringBuilder examples = new StringBuilder("tests of other stages and benchmarks that use a platform as their "
                + "example (a new platform needs none of them):\n");
        List<String> unargued = new ArrayList<>();
        found.forEach((path, ids) -> {
            String entry = "  " + path + ": " + String.join(", ", ids);
            if (EXAMPLES.stream().anyMatch(path::startsWith)) {
                examples.append(entry).append('\n');
            } else {
                if (!ARGUED.containsKey(path)) {
                    unargued.add(path);
                }
                listing.append(entry).append("  (").append(ARGUED.getOrDefault(path, "NOT ARGUED")).append(")\n");
            }
        });
        listing.append(examples);
        System.out.print(listing);
        Path report = REPO.resolve("compiler/target/platform-footprint.txt");
        if (Files.isDirectory(report.getParent())) {
            Files.writeString(report, listing);
        }
        assertEquals(List.of(), unargued, "name no platform outside its folders, or argue for it here:\n" + listing);
        TreeSet<String> unneeded = new TreeSet<>(ARGUED.keySet());
        unneeded.removeAll(found.keySet());
        assertEquals(new TreeSet<>(), unneeded, "arguments nothing needs any more:\n" + listing);
    }

    /** Everything but build output, version control, sites, documentation and this file. */
    private static List<Path> files() throws IOException {
        List<Path> result = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(REPO)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                String path = REPO.relativize(f).toString();
                boolean skipped = path.startsWith("golden-tests/") || path.startsWith("policies/")
                        || path.startsWith("docs/") || path.equals("README.md") || path.startsWith("build/")
                        || path.equals(SELF) || path.endsWith(".md") // prose
                        || Stream.of(path.split("/")).anyMatch(p -> p.equals("target")
                                || p.startsWith(".") && !p.equals(".ci"));
                if (!skipped) {
                    result.add(f);
                }
            });
        }
        return result;
    }

    /** A string or character literal (kept), or a comment (dropped). */
    private static final Pattern LITERAL_OR_COMMENT = Pattern.compile(
            "\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'|(/\\*.*?\\*/|//[^\\n]*)", Pattern.DOTALL);

    /** Java and grammar files without their comments: a platform named as an example in a comment is documentation. */
    private static String withoutComments(Path f, String text) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".java") && !name.endsWith(".g4")) {
            return text;
        }
        return LITERAL_OR_COMMENT.matcher(text).replaceAll(m -> m.group(1) == null
                ? java.util.regex.Matcher.quoteReplacement(m.group()) : " ");
    }

    private static String text(Path f) {
        try {
            return Files.readString(f);
        } catch (MalformedInputException e) {
            return ""; // a binary file names nothing
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> arguments(String... pathsAndReasons) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndReasons.length; i += 2) {
            result.put(pathsAndReasons[i], pathsAndReasons[i + 1]);
        }
        return result;
    }
}
