package dev.zonec.platform.juniper.render.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Junos file in the golden expectations is a flat list of complete statements: comment lines of names only,
 * {@code delete}/{@code set} lines of plain tokens (no quotes, braces or semicolons that could join or split
 * statements), every referenced filter and prefix list defined and deleted first, and every filter ending in the
 * counted, logged discard. No Junos parser is available offline; this checks the structure the renderer promises.
 */
class JunosGoldenShapeTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");
    private static final Pattern COMMENT = Pattern.compile("# [A-Za-z0-9 .,:|()/-]+");
    private static final Pattern STATEMENT = Pattern.compile("(set|delete)( [A-Za-z0-9:./-]+)+");
    private static final Pattern TERM = Pattern.compile(
            "set firewall family (inet6?) filter (\\S+) term (\\S+) (from|then) (.+)");
    private static final Pattern REFERENCE = Pattern.compile("from (?:source|destination)-prefix-list (\\S+)");
    private static final Pattern BINDING = Pattern.compile(
            "set interfaces \\S+ unit [0-9]+ family (inet6?) filter input (\\S+)");

    @TestFactory
    Stream<DynamicTest> everyJunosFileIsOneStatementPerLine() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.toString().endsWith(".junos")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .junos files under " + GOLDEN);
        return files.stream().map(f -> DynamicTest.dynamicTest(GOLDEN.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Set<String> deleted = new HashSet<>();
        Set<String> prefixLists = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Map<String, List<String>> actions = new HashMap<>();
        List<String> bound = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                assertTrue(COMMENT.matcher(line).matches(), "comment with unexpected characters: " + line);
                continue;
            }
            assertTrue(STATEMENT.matcher(line).matches(), "not a plain set/delete statement: " + line);
            if (line.startsWith("delete ")) {
                deleted.add(line.substring("delete ".length()));
                continue;
            }
            if (line.startsWith("set policy-options prefix-list ")) {
                String name = line.split(" ")[3];
                assertTrue(deleted.contains("policy-options prefix-list " + name), "not deleted before set: " + line);
                prefixLists.add(name);
            }
            Matcher term = TERM.matcher(line);
            if (term.matches()) {
                String filter = "firewall family " + term.group(1) + " filter " + term.group(2);
                assertTrue(deleted.contains(filter), "not deleted before set: " + line);
                List<String> names = terms.computeIfAbsent(filter, k -> new ArrayList<>());
                if (names.isEmpty() || !names.get(names.size() - 1).equals(term.group(3))) {
                    assertFalse(names.contains(term.group(3)), "term split in two places: " + line);
                    names.add(term.group(3));
                }
                if (term.group(4).equals("then")) {
                    actions.computeIfAbsent(filter + " " + term.group(3), k -> new ArrayList<>()).add(term.group(5));
                }
                Matcher ref = REFERENCE.matcher(term.group(4) + " " + term.group(5));
                if (ref.matches()) {
                    referenced.add(ref.group(1));
                }
            }
            Matcher binding = BINDING.matcher(line);
            if (binding.matches()) {
                bound.add("firewall family " + binding.group(1) + " filter " + binding.group(2));
            }
        }
        assertTrue(prefixLists.containsAll(referenced), "undefined prefix lists in " + file + ": " + referenced);
        assertTrue(terms.keySet().containsAll(bound), "undefined filters bound in " + file + ": " + bound);
        for (var filter : terms.entrySet()) {
            List<String> names = filter.getValue();
            assertEquals("default-deny", names.get(names.size() - 1), filter.getKey() + " must end in default-deny");
            assertEquals(List.of("count default-deny", "syslog", "discard"), actions.get(filter.getKey() + " default-deny"));
            for (String name : names) {
                List<String> then = actions.get(filter.getKey() + " " + name);
                String last = then.get(then.size() - 1);
                assertTrue(last.equals("accept") || last.equals("discard"), "term without a final action: " + name);
            }
        }
    }
}
