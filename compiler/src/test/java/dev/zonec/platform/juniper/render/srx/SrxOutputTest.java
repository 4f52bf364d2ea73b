package dev.zonec.platform.juniper.render.srx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zonec.platform.juniper.JuniperSrx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No Junos parser runs here, so every SRX file in the golden expectations is checked for the properties the renderer
 * promises: each line is one comment, {@code delete} or {@code set} command; outside its one quoted description a
 * line holds only name characters, so nothing can end the statement or open another; every command names one of
 * zonec's own objects or policies ({@code zc-*}) and nothing else (no zone, no default policy, no whole hierarchy);
 * contexts hold permits only (those to {@code junos-host}, the device itself, end with a deny of everything else to
 * the device's addresses there), and one global deny, which the SRX looks up after every context's policies, names the
 * same zones as from-zone and to-zone, every zone of every context among them, so that it closes every context
 * between them, same-zone ones included, and nothing else.
 */
class SrxOutputTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");
    /** A command outside its quoted description: words of name characters, IP addresses and port ranges only. */
    private static final Pattern COMMAND = Pattern.compile("(?:set|delete) [A-Za-z0-9_./:\\- ]+");
    private static final Pattern DESCRIPTION = Pattern.compile(" description \"([^\"\\\\]*)\"$");
    private static final Pattern POLICY = Pattern.compile(
            "^set security policies from-zone (\\S+) to-zone (\\S+) policy (\\S+) ");
    private static final String DENY = "set security policies global policy zc-deny-all ";
    /** The SRX itself: its contexts hold the device-bound permits and end with their deny. */
    private static final String HOST = "junos-host";
    /** The object or policy a command names: what it may touch. */
    private static final Pattern OWNED = Pattern.compile("^(?:set|delete) (?:security policies from-zone \\S+ to-zone \\S+ "
            + "policy|security policies global policy|security address-book global address|security address-book "
            + "global address-set|applications application|applications application-set) zc-[A-Za-z0-9_-]+( |$)");

    @TestFactory
    Stream<DynamicTest> everyGoldenSrxFileKeepsItsPromises() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.toString().endsWith(".srx")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .srx files under " + GOLDEN);
        return files.stream().map(f -> DynamicTest.dynamicTest(GOLDEN.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        Map<String, List<String>> contexts = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            if (line.startsWith("# ")) {
                continue;
            }
            String command = line;
            Matcher description = DESCRIPTION.matcher(line);
            if (description.find()) {
                command = line.substring(0, description.start());
                String text = description.group(1);
                for (char c : JunosSrxRenderer.FORBIDDEN.toCharArray()) {
                    assertTrue(text.indexOf(c) < 0, "`" + c + "` inside a description: " + line);
                }
            }
            if (!COMMAND.matcher(command).matches()) {
                fail("not one plain command: " + line);
            }
            assertTrue(OWNED.matcher(command).find(), "touches something that is not zonec's: " + line);
            Matcher policy = POLICY.matcher(line);
            if (policy.find()) {
                List<String> names = contexts.computeIfAbsent(policy.group(1) + " -> " + policy.group(2),
                        k -> new ArrayList<>());
                if (!names.contains(policy.group(3))) {
                    names.add(policy.group(3));
                }
            }
        }
        contexts.forEach((context, names) -> {
            List<String> permits = names;
            if (context.endsWith(" -> " + HOST)) {
                // the device's own traffic: permits, then the deny of everything else to its addresses there
                String from = context.substring(0, context.indexOf(' '));
                String last = names.get(names.size() - 1);
                assertEquals("zc-deny-host-" + from, last, context + ": the last policy is not its deny");
                String prefix = "set security policies from-zone " + from + " to-zone " + HOST + " policy " + last + " ";
                List<String> deny = lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                        .filter(l -> !l.startsWith("description ") && !l.startsWith("match destination-address "))
                        .toList();
                // of the services the device-bound rules name: their applications, which the permits use
                List<String> applications = deny.stream().filter(l -> l.startsWith("match application ")).toList();
                assertFalse(applications.isEmpty(), context + ": the deny names no application");
                for (String a : applications) {
                    assertTrue(lines.stream().anyMatch(l -> l.startsWith("set security policies from-zone ")
                            && l.contains(" to-zone " + HOST + " policy ") && !l.contains(" policy " + last + " ")
                            && l.endsWith(" " + a)), context + ": the deny's " + a + " is no permit's");
                }
                assertEquals(List.of("match source-address any", "then deny", "then log session-init", "then count"),
                        deny.stream().filter(l -> !l.startsWith("match application ")).toList(), context + ": the deny");
                permits = names.subList(0, names.size() - 1);
            }
            for (String name : permits) {
                String permit = "policy " + name + " then permit";
                assertTrue(lines.stream().anyMatch(l -> l.endsWith(permit)), context + ": " + name + " is not a permit");
            }
        });
        List<String> deny = lines.stream().filter(l -> l.startsWith(DENY)).map(l -> l.substring(DENY.length())).toList();
        List<String> zones = deny.stream().filter(l -> l.startsWith("match from-zone ")).map(l -> l.substring(16))
                .toList();
        contexts.keySet().forEach(c -> List.of(c.split(" -> ")).stream().filter(z -> !z.equals(HOST))
                .forEach(z -> assertTrue(zones.contains(z), "the global deny does not close " + c)));
        List<String> expected = new ArrayList<>(List.of("match source-address any", "match destination-address any",
                "match application any"));
        zones.forEach(z -> expected.add("match from-zone " + z));
        zones.forEach(z -> expected.add("match to-zone " + z));
        expected.addAll(List.of("then deny", "then log session-init", "then count"));
        assertEquals(expected, deny.stream().filter(l -> !l.startsWith("description ")).toList(), "the global deny");
        int lastPermit = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (POLICY.matcher(lines.get(i)).find()) {
                lastPermit = i;
            }
        }
        assertTrue(lastPermit < lines.indexOf(DENY + deny.get(0)), "the global deny comes after the permits");
    }

    @Test
    void interfaceNames() {
        for (String ok : List.of("ge-0/0/0.0", "xe-1/2/3.100", "xe-0/0/0:2.0", "et-0/1/0.0", "ae0.0", "reth1.0",
                "irb.10", "st0.1", "lo0.0")) {
            assertTrue(JuniperSrx.INTERFACE.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("ge-0/0/0", "fxp0.0", "em0.0", "me0.0", "ge-0/0/0.0 ", "ge-0/0/0.0;",
                "ge-0/0/0.0\ndelete security", "eth0", "GigabitEthernet0/1")) {
            assertFalse(JuniperSrx.INTERFACE.matcher(bad).matches(), bad);
        }
    }
}
