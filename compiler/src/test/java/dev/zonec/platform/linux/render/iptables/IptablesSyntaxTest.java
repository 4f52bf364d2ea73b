package dev.zonec.platform.linux.render.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zonec.testing.NetNamespace;
import dev.zonec.testing.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every iptables ruleset in the golden expectations is accepted by the real tools: {@code iptables-restore --test}
 * for {@code *.iptables}, {@code ip6tables-restore --test} for {@code *.ip6tables} (parsing and every extension's
 * option checks, no kernel involved); then each file is loaded for real into a fresh network namespace with both
 * backends (nf_tables and legacy), as docs/platforms/iptables.md says (the first-load step, then
 * {@code iptables-restore --noflush}, twice), and must save back (iptables-save) to its own rule lines behind the one
 * jump from FORWARD, which proves the kernel takes every match, that loading again changes nothing, and that the
 * file is written in iptables-save's own form.
 */
class IptablesSyntaxTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");
    private static final List<String> BACKENDS = List.of("nft", "legacy");

    @TestFactory
    Stream<DynamicTest> restoreTestAcceptsEveryGoldenRuleset() throws IOException {
        Path v4 = RealTool.require("iptables-restore");
        Path v6 = RealTool.require("ip6tables-restore");
        return rulesets().stream().map(file -> DynamicTest.dynamicTest(GOLDEN.relativize(file).toString(), () -> {
            Path tool = isV6(file) ? v6 : v4;
            RealTool.Result result = RealTool.run(List.of(tool.toString(), "--test", file.toString()), 30);
            assertEquals(0, result.exit(), tool.getFileName() + " --test " + file + " rejected it:\n" + result.output());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenRulesetLoadsAndSavesBackUnchanged() throws IOException {
        Path ip = RealTool.require("ip");
        Map<String, Path> tools = new HashMap<>();
        for (String backend : BACKENDS) {
            for (String family : List.of("iptables-", "ip6tables-")) {
                for (String verb : List.of("-restore", "-save")) {
                    String tool = family + backend + verb;
                    tools.put(tool, RealTool.require(tool));
                }
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : rulesets()) {
            for (String backend : BACKENDS) {
                String tool = (isV6(file) ? "ip6tables-" : "iptables-") + backend;
                tests.add(DynamicTest.dynamicTest(GOLDEN.relativize(file) + " (" + backend + ")", () -> {
                    try (NetNamespace ns = NetNamespace.create(ip)) {
                        String iptables = tools.get(tool + "-restore").toString().replace("-restore", "");
                        RealTool.Result first = ns.run(List.of("sh", "-ec", iptables + " -w 10 -N zonec-forward && "
                                + iptables + " -w 10 -I FORWARD 1 -j zonec-forward && " + iptables
                                + " -w 10 -N zonec-input && " + iptables + " -w 10 -I INPUT 1 -j zonec-input"), 30);
                        assertEquals(0, first.exit(), "the first-load step failed:\n" + first.output());
                        for (int load = 1; load <= 2; load++) {
                            RealTool.Result restored = ns.run(List.of(tools.get(tool + "-restore").toString(), "-w", "10",
                                    "--noflush", file.toString()), 30);
                            assertEquals(0, restored.exit(), tool + "-restore " + file + " failed:\n" + restored.output());
                            RealTool.Result saved = ns.run(List.of(tools.get(tool + "-save").toString(), "-t", "filter"), 30);
                            assertEquals(0, saved.exit(), tool + "-save failed:\n" + saved.output());
                            assertEquals(String.join("\n", expectedSave(Files.readString(file))),
                                    String.join("\n", ruleLines(saved.output())),
                                    "after loading " + file + " " + load + " time(s), " + tool + "-save differs from the file");
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<Path> rulesets() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.toString().endsWith(".iptables") || isV6(p)).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .iptables or .ip6tables files under " + GOLDEN);
        return files;
    }

    private static boolean isV6(Path file) {
        return file.toString().endsWith(".ip6tables");
    }

    /**
     * What iptables-save prints after the file was loaded into an empty table: the built-in chains with their default
     * policy, the file's chains, INPUT's and FORWARD's jumps to zonec's chains, the file's {@code -A} lines.
     */
    private static List<String> expectedSave(String file) {
        List<String> lines = ruleLines(file);
        List<String> expected = new ArrayList<>(List.of("*filter", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]",
                ":OUTPUT ACCEPT [0:0]"));
        lines.stream().filter(l -> l.startsWith(":")).forEach(expected::add);
        expected.add("-A INPUT -j zonec-input");
        expected.add("-A FORWARD -j zonec-forward");
        lines.stream().filter(l -> l.startsWith("-A ")).forEach(expected::add);
        expected.add("COMMIT");
        return expected;
    }

    /** Everything but comments and blank lines (iptables-save adds dated comments of its own). */
    private static List<String> ruleLines(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
