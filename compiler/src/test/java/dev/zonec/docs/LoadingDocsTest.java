package dev.zonec.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing zonec ships tells a user to load its output in a way that removes configuration zonec does not own
 * (docs/loading.md): no document, template, generated file or source mentions a configuration replace
 * ({@code configure replace}), a Junos {@code load override}, or an {@code iptables-restore} without
 * {@code --noflush}; and no generated file wipes a hierarchy it shares with the operator (every security policy,
 * every rule of the rulebase, every ACL, the whole address book or application list).
 */
class LoadingDocsTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", "..")).toAbsolutePath().normalize();
    /** What the repository ships: documentation, templates, example sites, golden outputs, the compiler's sources. */
    private static final List<String> SHIPPED = List.of("README.md", "docs", "templates", "policies", "golden-tests",
            "compiler/src/main", "model/src/main", "grammar");
    private static final List<String> ANYWHERE = List.of("configure replace", "config replace", "load override");
    /** Lines of a generated file that delete a whole hierarchy the operator shares with zonec. */
    private static final Pattern WIPE = Pattern.compile("^\\s*(delete security policies|delete security address-book "
            + "global|delete applications|delete rulebase security rules|delete rulebase security|clear configure "
            + "access-list|clear configure object|purge|iptables -F|iptables -X|flush ruleset)\\s*$");
    private static final Pattern RESTORE_WITHOUT_NOFLUSH = Pattern.compile("ip6?tables-restore(?![^\\n]*--noflush)"
            + "[^\\n]*\\.ip6?tables");

    @Test
    void noShippedTextTellsAUserToReplaceTheWholeConfiguration() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path file : shipped()) {
            files++;
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String lower = lines.get(i).toLowerCase(Locale.ROOT);
                for (String phrase : ANYWHERE) {
                    if (lower.contains(phrase)) {
                        found.add(REPO.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
                if (RESTORE_WITHOUT_NOFLUSH.matcher(lines.get(i)).find()) {
                    found.add(REPO.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertTrue(files > 100, "read only " + files + " files under " + REPO);
        assertEquals(List.of(), found);
    }

    @Test
    void noGeneratedFileWipesAHierarchyItShares() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(REPO.resolve("golden-tests"))) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().equals("expected"))
                    .filter(p -> !p.getFileName().toString().endsWith(".txt")
                            && !p.getFileName().toString().endsWith(".json")).toList()) {
                files++;
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (WIPE.matcher(lines.get(i)).matches()) {
                        found.add(REPO.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 50, "read only " + files + " generated files");
        assertEquals(List.of(), found);
    }

    private static List<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : SHIPPED) {
            Path path = REPO.resolve(root);
            if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file);
        } catch (MalformedInputException binary) {
            return List.of();
        }
    }
}
