package dev.zonec.platform.cisco.render.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every EOS file in the golden expectations has the shape the renderer promises: each line a comment, an ACL
 * header, {@code counters per-entry}, an entry, an interface or an access-group; entries unnumbered (EOS numbers
 * them as they come, so adding a rule renumbers no line of the file) and ending in the logged deny; remarks free of
 * the characters the CLI treats specially; every applied ACL defined and cleared first.
 * No EOS parser is available offline; this checks the structure.
 */
class EosGoldenShapeTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");
    private static final Pattern ACL = Pattern.compile("(no )?(ip|ipv6) access-list ([A-Za-z][A-Za-z0-9_-]*)");
    private static final Pattern ENTRY = Pattern.compile("   (remark [^?|!#]*|(permit|deny) [a-z0-9 :./]+)");
    private static final Pattern INTERFACE = Pattern.compile("interface (\\S+)");
    private static final Pattern GROUP = Pattern.compile("   (ip|ipv6) access-group (\\S+) in");

    @TestFactory
    Stream<DynamicTest> everyEosFileHasTheExpectedShape() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.toString().endsWith(".eos")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .eos files under " + GOLDEN);
        return files.stream().map(f -> DynamicTest.dynamicTest(GOLDEN.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        Set<String> cleared = new HashSet<>();
        Set<String> defined = new HashSet<>();
        String acl = null;
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher header = ACL.matcher(line);
            Matcher entry = ENTRY.matcher(line);
            Matcher group = GROUP.matcher(line);
            if (line.equals("!") || line.startsWith("! ")) {
                endAcl(acl, entries);
                acl = null;
            } else if (header.matches()) {
                String key = header.group(2) + " " + header.group(3);
                if (header.group(1) != null) {
                    cleared.add(key);
                } else {
                    assertTrue(cleared.contains(key), "not cleared before it is defined: " + line);
                    defined.add(key);
                    acl = key;
                    entries.clear();
                }
            } else if (line.equals("   counters per-entry")) {
                // every entry counts (show ip access-lists then says what matched): the ACL's first statement
                assertTrue(acl != null && entries.isEmpty(), "counters per-entry outside an ACL's start: " + line);
            } else if (entry.matches()) {
                assertTrue(acl != null, "entry outside an ACL: " + line);
                entries.add(entry.group(1));
            } else if (group.matches()) {
                assertTrue(defined.contains(group.group(1) + " " + group.group(2)), "undefined ACL applied: " + line);
            } else {
                assertTrue(INTERFACE.matcher(line).matches(), "unexpected line in " + file + ": " + line);
            }
        }
        endAcl(acl, entries);
    }

    private static void endAcl(String acl, List<String> entries) {
        if (acl != null) {
            String deny = acl.startsWith("ipv6 ") ? "deny ipv6 any any log" : "deny ip any any log";
            assertEquals(deny, entries.get(entries.size() - 1), acl + " must end in the logged deny");
            assertEquals(1, entries.stream().filter(e -> e.startsWith("deny")).count(), acl + " has one deny, the last");
        }
    }
}
