package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.FlowKey;
import dev.zonec.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names are derived from what a rule is, never from where it stands (docs/naming.md). On the port terminal —
 * with its own inventory, with the live-test inventory of nftables and iptables routers, and with its switches on
 * NX-OS and Junos, so every platform is covered — inserting one allow rule at the top of the first conduit, deleting
 * a rule, and swapping two adjacent rules change, on each device, only the lines of the rules concerned and the
 * objects they bring or take away; a device that carries none of them is byte-identical.
 *
 * <p>What "the lines of a rule" are is read from the files themselves: every changed hunk must hold the rule's
 * citation or one of its names ({@code hmi-control/r1a2b3c4}, {@code zc-hmi-control-r1a2b3c4},
 * {@code zc-hmi-control.r1a2b3c4}), or else a word that appears on the other side nowhere and in the rule's own lines
 * (a new object's name, a FortiOS policy ID in its {@code move} line). An insertion may only add lines, a deletion
 * only remove them, a swap only reorder them.
 */
class StableIdentityTest {

    @TempDir
    Path work;

    /** The rule the insertion adds: unnamed, so its name is derived from its content. */
    private static final String NEW_RULE = "  allow ews -> radar-gateway : https\n";

    enum Inventory { PRODUCTION, LAB, SWITCHES }

    @ParameterizedTest
    @ValueSource(strings = {"PRODUCTION", "LAB", "SWITCHES"})
    void insertingARuleAtTheTopOfTheFirstConduitChangesOnlyItsLines(String inventory) throws IOException {
        Compiled before = compile(inventory, text -> text);
        Compiled after = compile(inventory, text -> insertAfter(text, "conduit hmi-control:", "  sl 3\n", NEW_RULE));
        Set<String> added = new TreeSet<>(after.rules().keySet());
        added.removeAll(before.rules().keySet());
        assertEquals(1, added.size(), added.toString());
        String rule = added.iterator().next();
        assertTrue(rule.matches("hmi-control/r[0-9a-f]{7}"), rule);
        Set<String> carriers = after.rules().get(rule);
        assertFalse(carriers.isEmpty(), "the new rule lands on no device");
        compare(before, after, carriers, List.of(after.flow(rule)), DeltaType.INSERT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRODUCTION", "LAB", "SWITCHES"})
    void deletingARuleChangesOnlyItsLines(String inventory) throws IOException {
        String deleted = "  allow historian -> tank-plc[*], loading-arm-plc, truck-rack-plc, rail-plc, vru-plc : modbus.read "
                + "as historian-read\n";
        Compiled before = compile(inventory, text -> text);
        Compiled after = compile(inventory, text -> replaceOnce(text, deleted, ""));
        String rule = "scada/historian-read";
        assertTrue(before.rules().containsKey(rule) && !after.rules().containsKey(rule));
        Set<String> carriers = before.rules().get(rule);
        assertTrue(carriers.size() >= 2, carriers.toString());
        compare(before, after, carriers, List.of(before.flow(rule)), DeltaType.DELETE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRODUCTION", "LAB", "SWITCHES"})
    void swappingTwoRulesMovesOnlyTheirLines(String inventory) throws IOException {
        String first = "  allow scada-server -> tank-plc[*], loading-arm-plc, truck-rack-plc, rail-plc, vru-plc : "
                + "plc-control as scada-control\n";
        String second = "  allow historian -> tank-plc[*], loading-arm-plc, truck-rack-plc, rail-plc, vru-plc : "
                + "modbus.read as historian-read\n";
        Compiled before = compile(inventory, text -> text);
        Compiled after = compile(inventory, text -> replaceOnce(text, first + second, second + first));
        Set<String> carriers = new TreeSet<>(before.rules().get("scada/scada-control"));
        carriers.addAll(before.rules().get("scada/historian-read"));
        Set<String> both = new TreeSet<>(before.rules().get("scada/scada-control"));
        both.retainAll(before.rules().get("scada/historian-read"));
        assertFalse(both.isEmpty(), "no device carries both rules: the swap would show nothing");
        compare(before, after, both, List.of(before.flow("scada/scada-control"), before.flow("scada/historian-read")),
                DeltaType.CHANGE);
    }

    /** The check itself fails on what it must catch: a renamed line elsewhere, a line added to another device. */
    @Test
    void theCheckCatchesAChangeOutsideTheRule() {
        FlowKey rule = new FlowKey(1, "hmi-control", "polling", "supervisory", "tank-farm");
        Map<String, String> before = Map.of("sw.ios", " remark scada/r1: a -> b x\n permit tcp any any eq 1\n",
                "fw.asa", "a\n");
        Map<String, String> renamed = Map.of("sw.ios", " remark hmi-control/polling: c -> d y\n permit tcp any any eq 2\n"
                + " remark scada/r2: a -> b x\n permit tcp any any eq 1\n", "fw.asa", "a\n");
        assertThrows(AssertionError.class, () -> check(before, renamed, Set.of("sw"), List.of(rule), DeltaType.INSERT));
        Map<String, String> elsewhere = Map.of("sw.ios", " remark hmi-control/polling: c -> d y\n permit tcp any any eq 2\n"
                + " remark scada/r1: a -> b x\n permit tcp any any eq 1\n", "fw.asa", "a\nb\n");
        assertThrows(AssertionError.class, () -> check(before, elsewhere, Set.of("sw"), List.of(rule), DeltaType.INSERT));
        Map<String, String> good = Map.of("sw.ios", " remark hmi-control/polling: c -> d y\n permit tcp any any eq 2\n"
                + " remark scada/r1: a -> b x\n permit tcp any any eq 1\n", "fw.asa", "a\n");
        check(before, good, Set.of("sw"), List.of(rule), DeltaType.INSERT);
    }

    // ---- compiling variants of the port terminal ----

    private record Compiled(Map<String, String> files, Map<String, Set<String>> rules, Map<String, FlowKey> flows) {
        FlowKey flow(String rule) {
            return flows.get(rule);
        }
    }

    private Compiled compile(String inventory, java.util.function.UnaryOperator<String> conduits) throws IOException {
        Path site = Files.createTempDirectory(work, "site");
        try (Stream<Path> files = Files.list(Sites.PORT_TERMINAL)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".zc")).toList()) {
                String text = Files.readString(f);
                Files.writeString(site.resolve(f.getFileName()),
                        f.getFileName().toString().equals("conduits.zc") ? conduits.apply(text) : text);
            }
        }
        Files.writeString(site.resolve("inventory.yaml"), inventory(Inventory.valueOf(inventory)));
        PipelineResult result = Sites.compile(site);
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        Map<String, String> files = new TreeMap<>();
        result.configs().forEach(c -> c.files().forEach(f -> files.put(f.name(), f.text())));
        Map<String, Set<String>> rules = new TreeMap<>();
        Map<String, FlowKey> flows = new HashMap<>();
        for (DeviceIr d : result.ir().orElseThrow().devices()) {
            for (IrRule r : d.rules()) {
                rules.computeIfAbsent(r.flow().ruleId(), k -> new TreeSet<>()).add(d.device().name());
                flows.putIfAbsent(r.flow().ruleId(), r.flow());
            }
        }
        return new Compiled(files, rules, flows);
    }

    private static String inventory(Inventory which) throws IOException {
        return switch (which) {
            case PRODUCTION -> Files.readString(Sites.PORT_TERMINAL.resolve("inventory.yaml"));
            case LAB -> Files.readString(Sites.PORT_TERMINAL.resolve("lab-inventory.yaml"));
            // the two switches as NX-OS and Junos (EX, irb units), the rest as in production
            case SWITCHES -> Files.readString(Sites.PORT_TERMINAL.resolve("inventory.yaml"))
                    .replace("platform: cisco-ios", "platform: cisco-nxos")
                    .replace("platform: arista-eos", "platform: juniper-junos")
                    .replace("      Vlan30: { zone: site-ops }", "      irb.30: { zone: site-ops }")
                    .replace("      Vlan104: { zone: vapour-recovery", "      irb.104: { zone: vapour-recovery")
                    .replaceFirst("(sw-vru:\\n(?:.*\\n)*?)      Vlan20: \\{ zone: supervisory([^}]*)\\}",
                            "$1      irb.20: { zone: supervisory$2}");
        };
    }

    private static String insertAfter(String text, String block, String line, String insert) {
        int at = text.indexOf(block);
        assertTrue(at >= 0, block);
        int after = text.indexOf(line, at);
        assertTrue(after >= 0, line);
        return text.substring(0, after + line.length()) + insert + text.substring(after + line.length());
    }

    private static String replaceOnce(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertTrue(at >= 0 && text.indexOf(old, at + 1) < 0, "not exactly once: " + old);
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    // ---- the comparison ----

    private static void compare(Compiled before, Compiled after, Set<String> carriers, List<FlowKey> rules,
                                DeltaType kind) {
        check(before.files(), after.files(), carriers, rules, kind);
        Set<String> changed = new TreeSet<>();
        before.files().forEach((name, text) -> {
            if (!text.equals(after.files().get(name))) {
                changed.add(device(name));
            }
        });
        assertFalse(changed.isEmpty(), "nothing changed at all");
    }

    /**
     * Files of devices outside {@code carriers} are byte-identical; a carrier's file changes only by deltas of
     * {@code kind} (CHANGE: a pure reordering), each hunk attributable to one of {@code rules}.
     */
    static void check(Map<String, String> before, Map<String, String> after, Set<String> carriers, List<FlowKey> rules,
                      DeltaType kind) {
        assertEquals(before.keySet(), after.keySet(), "files appeared or disappeared");
        for (String file : before.keySet()) {
            String a = before.get(file);
            String b = after.get(file);
            if (!carriers.contains(device(file))) {
                assertEquals(a, b, file + " does not carry the rule but changed");
                continue;
            }
            List<String> old = a.lines().toList();
            List<String> now = b.lines().toList();
            if (kind == DeltaType.CHANGE) {
                assertEquals(sorted(old), sorted(now), file + ": a swap may only reorder lines");
            }
            for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
                if (kind != DeltaType.CHANGE) {
                    assertEquals(kind, delta.getType(), file + ": " + delta);
                }
                List<String> hunk = new ArrayList<>(delta.getSource().getLines());
                hunk.addAll(delta.getTarget().getLines());
                assertTrue(attributable(hunk, rules, a, b), file + ": a changed hunk that is not the rule's:\n"
                        + String.join("\n", hunk));
            }
        }
    }

    private static boolean attributable(List<String> hunk, List<FlowKey> rules, String before, String after) {
        List<String> markers = new ArrayList<>();
        for (FlowKey rule : rules) {
            String conduit = StableNames.conduit(rule.conduit());
            markers.add(conduit + "/" + rule.rule());
            markers.add(conduit + "-" + rule.rule());
            markers.add(conduit + "." + rule.rule());
        }
        if (hunk.stream().anyMatch(line -> markers.stream().anyMatch(line::contains))) {
            return true;
        }
        // an object or a move line: a word found on one side only, and in the rule's own lines there
        Set<String> beforeWords = words(before);
        Set<String> afterWords = words(after);
        Set<String> ruleWords = new HashSet<>();
        Stream.concat(before.lines(), after.lines()).filter(l -> markers.stream().anyMatch(l::contains))
                .forEach(l -> ruleWords.addAll(words(l)));
        return hunk.stream().flatMap(l -> words(l).stream())
                .anyMatch(w -> ruleWords.contains(w) && beforeWords.contains(w) != afterWords.contains(w));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[\\s\"\\[\\]{},;]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static String device(String file) {
        return file.substring(0, file.indexOf('.'));
    }
}
