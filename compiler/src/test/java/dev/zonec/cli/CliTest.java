package dev.zonec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: exit codes, deterministic output, and an output folder that is replaced all or nothing. */
class CliTest {
    private static final Path PORT_TERMINAL = Path.of(System.getProperty("zonec.repo", "..")).resolve("policies/port-terminal");

    @TempDir
    Path work;

    private CliRun zonec(String... args) {
        return CliRun.of(work, args);
    }

    @Test
    void portTerminalChecksCleanAndCompilesTheSameBytesTwice() throws IOException {
        assertEquals(0, zonec("check", PORT_TERMINAL.toString()).exit());
        assertEquals(0, zonec("compile", PORT_TERMINAL.toString(), "-o", "a").exit());
        assertEquals(0, zonec("compile", PORT_TERMINAL.toString(), "-o", "b").exit());
        Map<String, String> a = files(work.resolve("a"));
        assertTrue(a.containsKey("manifest.json") && a.containsKey("sw-core.ios") && a.containsKey("gw-iot.nft"), a.keySet().toString());
        assertEquals(a, files(work.resolve("b")));
    }

    @Test
    void aFailedCompileLeavesThePreviousOutputUntouched() throws IOException {
        Path site = work.resolve("site");
        copy(PORT_TERMINAL, site);
        assertEquals(0, zonec("compile", "site", "-o", "out").exit());
        Map<String, String> before = files(work.resolve("out"));

        Files.writeString(site.resolve("broken.zc"), "conduit site-ops -> nowhere {\n  allow any -> any : ssh\n}\n");
        CliRun failed = zonec("compile", "site", "-o", "out");
        assertEquals(1, failed.exit());
        assertTrue(failed.out().contains("error[ZC0201]: unknown zone `nowhere`"), failed.out());
        assertEquals(before, files(work.resolve("out")));
        try (Stream<Path> siblings = Files.list(work)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".out.")), "no staging folder left behind");
        }
    }

    @Test
    void refusesToReplaceAFolderZonecDidNotWrite() throws IOException {
        Files.createDirectories(work.resolve("home"));
        Files.writeString(work.resolve("home/notes.txt"), "mine");
        CliRun run = zonec("compile", PORT_TERMINAL.toString(), "-o", "home");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("zonec: ") && run.err().lines().count() == 1, run.err());
        assertEquals("mine", Files.readString(work.resolve("home/notes.txt")));
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitTwo() throws IOException {
        Files.writeString(work.resolve("file"), "x");
        CliRun run = zonec("compile", PORT_TERMINAL.toString(), "-o", "file/out");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() {
        assertEquals(2, zonec("compile", PORT_TERMINAL.toString()).exit(), "-o is required");
        assertEquals(2, zonec("frobnicate").exit());
        CliRun help = zonec("compile", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--output"), help.out());
    }

    /** Issue 14, item 6: each usage error is one line and exit 2; picocli's usage and the exception only with --debug. */
    @Test
    void usageErrorsAreOneLineAndDebugAddsTheDetails() {
        String site = PORT_TERMINAL.toString();
        String[][] mistakes = {
            {"check", site, "--today", "2099-02-30"},
            {"check", site, "--threads", "0"},
            {"compile", site, "-o", "out", "--threads", "-1"},
            {"check", site, "--format", "xml"},
        };
        for (String[] args : mistakes) {
            CliRun plain = zonec(args);
            String what = String.join(" ", args);
            assertEquals(2, plain.exit(), what);
            assertEquals(1, plain.err().lines().count(), what + ":\n" + plain.err());
            assertTrue(plain.err().startsWith("zonec: Invalid value for option"), plain.err());
            assertEquals("", plain.out(), what);

            String[] withDebug = Stream.concat(Stream.of(args), Stream.of("--debug")).toArray(String[]::new);
            CliRun debug = zonec(withDebug);
            assertEquals(2, debug.exit(), what + " --debug");
            assertEquals(plain.err().lines().findFirst(), debug.err().lines().findFirst(), "the same first line");
            assertTrue(debug.err().contains("Usage: zonec " + args[0]), debug.err());
            assertTrue(debug.err().contains("picocli.CommandLine$ParameterException")
                    || debug.err().contains("picocli.CommandLine$TypeConversionException"), debug.err());
        }
        assertFalse(Files.exists(work.resolve("out")), "a usage error writes nothing");
    }

    @Test
    void aMissingSiteFolderIsAPolicyErrorNotACrash() {
        CliRun run = zonec("check", "no-such-site");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("error[ZC0002]"), run.out());
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                result.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return result;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path p : list.toList()) {
                Files.copy(p, to.resolve(p.getFileName().toString()));
            }
        }
    }
}
