package dev.zonec.platform.paloalto.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.platform.paloalto.PaloAltoPanos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No PAN-OS device runs here, so every {@code .panos} file in the golden expectations is checked for what the
 * firewall would refuse at paste or commit time: only the command forms the renderer means to write (one attribute
 * per {@code set} line; deletes and moves of zonec's own {@code zc-} names only, never a zone), a quoted string only as the last argument, every name within its limit, every object a rule
 * names (but its zones, the operator's) defined earlier in the file (or predefined: {@code any}, the ICMP App-IDs, the App-IDs of
 * {@code inspection.yaml}), a description only on an object already defined, one block of lines per rule, and the
 * rule base ending in the logged deny.
 */
class PanosGoldenLintTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_-]*";
    private static final String QUOTED = "\"[^\"'\\\\?|]*\"";
    private static final String LIST = "(\\S+|\\[ [^\\]\"]+ \\])";
    private static final List<Pattern> FORMS = Stream.of(
            "delete rulebase security rules (zc-" + NAME + ")( (from|to|source|destination|source-user|category"
                    + "|application|service|tag))?",
            "delete (address-group|service-group|address|service|application) (zc-" + NAME + ")",
            "move rulebase security rules (zc-" + NAME + ") (top|after (zc-" + NAME + "))",
            "set tag (" + NAME + ") comments " + QUOTED,
            "set address (" + NAME + ") (ip-netmask|ip-range) (\\S+)",
            "set address (" + NAME + ") description " + QUOTED,
            "set address-group (" + NAME + ") static " + LIST,
            "set address-group (" + NAME + ") description " + QUOTED,
            "set service (" + NAME + ") protocol (tcp|udp) (source-port|port) \\d+(-\\d+)?",
            "set service-group (" + NAME + ") members " + LIST,
            "set application (" + NAME + ") (category networking|subcategory ip-protocol|technology network-protocol"
                    + "|risk [1-5])",
            "set application (" + NAME + ") description " + QUOTED,
            "set application (" + NAME + ") default ident-by-icmp6?-type type \\d+( code \\d+)?",
            "set rulebase security rules (" + NAME + ") (from|to|source|destination|application|service) " + LIST,
            "set rulebase security rules (" + NAME + ") (source-user|category) any",
            "set rulebase security rules (" + NAME + ") action (allow|deny)",
            "set rulebase security rules (" + NAME + ") (log-start|log-end) (yes|no)",
            "set rulebase security rules (" + NAME + ") tag (" + NAME + ")",
            "set rulebase security rules (" + NAME + ") description " + QUOTED
    ).map(Pattern::compile).toList();

    @TestFactory
    Stream<DynamicTest> everyGoldenPanosFileIsWellFormed() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.toString().endsWith(".panos")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .panos files under " + GOLDEN);
        return files.stream().map(f -> DynamicTest.dynamicTest(GOLDEN.relativize(f).toString(), () -> lint(f)));
    }

    private static void lint(Path file) throws IOException {
        Set<String> tags = new HashSet<>();
        Set<String> addresses = new HashSet<>(Set.of("any"));
        Set<String> services = new HashSet<>(Set.of("any"));
        Set<String> applications = new HashSet<>(Set.of("any", "ping", "icmp", "ipv6-icmp"));
        PaloAltoPanos.PLATFORM.capabilities().inspection().values().forEach(applications::addAll);
        List<String> rules = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        String lastAction = "";
        for (String line : Files.readAllLines(file)) {
            Matcher m = FORMS.stream().map(p -> p.matcher(line)).filter(Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError("not a command the renderer writes: " + line));
            String[] words = line.split(" ");
            if (line.startsWith("move ")) {
                // the first rule to the top, each next one after the one before: zonec's rules on top, in order
                assertEquals(moved.isEmpty() ? "top" : "after " + moved.get(moved.size() - 1),
                        line.substring(line.indexOf(m.group(1)) + m.group(1).length() + 1), line);
                moved.add(m.group(1));
            } else if (line.startsWith("set tag ")) {
                tags.add(m.group(1));
            } else if (line.startsWith("set address ") || line.startsWith("set address-group ")) {
                members(line, "static").forEach(member -> assertTrue(addresses.contains(member), "undefined " + member));
                if (words[3].equals("description")) {
                    assertTrue(addresses.contains(named(m)), "a description before its object: " + line);
                }
                addresses.add(named(m));
            } else if (line.startsWith("set service ") || line.startsWith("set service-group ")) {
                members(line, "members").forEach(member -> assertTrue(services.contains(member), "undefined " + member));
                services.add(named(m));
            } else if (line.startsWith("set application ")) {
                applications.add(named(m));
            } else if (line.startsWith("set rulebase security rules ")) {
                String rule = named(m);
                if (rules.isEmpty() || !rules.get(rules.size() - 1).equals(rule)) {
                    assertFalse(rules.contains(rule), "rule " + rule + " written twice");
                    rules.add(rule);
                }
                // zones are the operator's, set up by hand: only their names are checked
                members(line, "from").forEach(z -> assertTrue(z.length() <= 31, "zone name over 31 characters: " + line));
                members(line, "to").forEach(z -> assertTrue(z.length() <= 31, "zone name over 31 characters: " + line));
                check(members(line, "source"), addresses, line);
                check(members(line, "destination"), addresses, line);
                check(members(line, "application"), applications, line);
                Set<String> serviceNames = new HashSet<>(services);
                serviceNames.add("application-default");
                check(members(line, "service"), serviceNames, line);
                check(members(line, "tag"), tags, line);
                if (words.length > 6 && words[5].equals("action")) {
                    lastAction = words[6];
                }
            }
        }
        assertFalse(rules.isEmpty(), "no security rules");
        assertEquals(rules, moved, "every rule moved, in the file's order");
        assertEquals(PaloAltoPanosRenderer.DENY_RULE, rules.get(rules.size() - 1), "the last rule is not the deny");
        assertEquals("deny", lastAction, "the last rule does not deny");
    }

    private static String named(Matcher m) {
        String name = m.group(1);
        assertTrue(name.length() <= 63, "name over 63 characters: " + name);
        return name;
    }

    private static void check(Set<String> members, Set<String> defined, String line) {
        for (String member : members) {
            assertTrue(defined.contains(member), "`" + member + "` is not defined before: " + line);
        }
    }

    /** The members after {@code keyword} (one word or a bracketed list), outside any quoted text. */
    private static Set<String> members(String line, String keyword) {
        int quote = line.indexOf('"');
        String[] words = (quote < 0 ? line : line.substring(0, quote)).split(" ");
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(keyword) && i >= 3) {
                if (words[i + 1].equals("[")) {
                    for (int j = i + 2; j < words.length && !words[j].equals("]"); j++) {
                        result.add(words[j]);
                    }
                } else {
                    result.add(words[i + 1]);
                }
            }
        }
        return result;
    }
}
