package dev.zonec.batfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.platform.Targets;
import dev.zonec.testing.CliRun;
import dev.zonec.testing.Sites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zonec verify} end to end: a clean run against a stand-in Batfish, and the three ways a service can fail a
 * pipeline — unreachable, too slow, answering garbage — each ending with exit code 2 and exactly one line on stderr.
 */
class VerifyCliTest {
    private static final String SITE = """
            site demo "Two zones and a switch"

            zone control "Control room" {
              level 2
              sl 3
              subnet 10.20.0.0/24
              asset ews 10.20.0.40
            }

            zone field "Field devices" {
              level 1
              sl 3
              subnet 10.1.1.0/24
              asset plc[1..3] 10.1.1.11-10.1.1.13
            }

            conduit control -> field {
              sl 3
              allow ews -> plc[1] : modbus
            }
            """;

    @TempDir
    Path work;

    private CliRun zonec(String... args) {
        return CliRun.of(work, args);
    }

    @BeforeEach
    void compileTheSite() throws IOException {
        Files.createDirectories(work.resolve("site"));
        Files.writeString(work.resolve("site/site.zc"), SITE);
        Files.writeString(work.resolve("site/inventory.yaml"), Sites.SW1_INVENTORY);
        CliRun compile = zonec("compile", "site", "-o", "out");
        assertEquals(0, compile.exit(), compile.out() + compile.err());
    }

    private CliRun verify(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "out", "--policy", "site", "--batfish", url));
        args.addAll(List.of(more));
        return zonec(args.toArray(String[]::new));
    }

    /** A stand-in Batfish that answers as the site's policy says. */
    private FakeBatfish fakeBatfish() throws IOException {
        Diagnostics d = new Diagnostics();
        PipelineResult compiled = Pipeline.run(SiteLoader.load(work.resolve("site"), "site", Optional.empty(), d),
                Targets.standard(), LocalDate.now());
        return new FakeBatfish(compiled.site().orElseThrow(), compiled.ir().orElseThrow());
    }

    private static void assertOneLine(CliRun run, String expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("zonec: ") && run.err().contains(expected), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aCleanRunExitsZeroAndSaysWhatItChecked() throws Exception {
        try (FakeBatfish fake = fakeBatfish()) {
            CliRun run = verify(fake.uri().toString(), "--batfish-timeout", "10");
            assertEquals(0, run.exit(), run.out() + run.err());
            assertTrue(run.out().contains("batfish 0.36.0: 1 of 1 file fully recognised\n"), run.out());
            assertTrue(run.out().contains("testFilters: 1 allowed and 2 denied packets on 1 device, 0 disagreements\n"), run.out());
            assertTrue(run.out().endsWith("verify: 0 errors, 0 warnings\n"), run.out());

            CliRun sarif = verify(fake.uri().toString(), "--format", "sarif");
            assertEquals(0, sarif.exit(), sarif.err());
            BatfishVerifierTest.assertValidSarif(sarif.out());
            CliRun junit = verify(fake.uri().toString(), "--format", "junit");
            assertTrue(junit.out().contains("<testsuites name=\"zonec verify\" tests=\"4\" failures=\"0\">"), junit.out());
        }
    }

    /**
     * A folder compiled over an earlier output holds a load that removes what that output left (a stale object group
     * here): verify compiles the policy as the same load, from the folder's manifest, and finds the file unchanged.
     */
    @Test
    void aSecondLoadIsWhatThePolicyCompilesToOverItsOwnFolder() throws Exception {
        Files.writeString(work.resolve("site/site.zc"), SITE.replace("ews -> plc[1]", "ews -> plc[*]"));
        assertEquals(0, zonec("compile", "site", "-o", "out").exit());
        Files.writeString(work.resolve("site/site.zc"), SITE);
        CliRun again = zonec("compile", "site", "-o", "out");
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(Files.readString(work.resolve("out/sw1.ios")).contains("\nno object-group network zc-plc\n"));
        try (FakeBatfish fake = fakeBatfish()) {
            CliRun run = verify(fake.uri().toString(), "--batfish-timeout", "10");
            assertEquals(0, run.exit(), run.out() + run.err());
        }
        CliRun proof = zonec("verify", "out", "--policy", "site");
        assertEquals(0, proof.exit(), proof.out() + proof.err());
        assertFalse(proof.out().contains("ZC0804"), proof.out());
    }

    @Test
    void withoutBatfishItIsTranslationValidationOnly() {
        CliRun run = zonec("verify", "out", "--policy", "site");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("verified: 1 of 1 device configs proven equivalent to the policy"), run.out());
        assertFalse(run.out().contains("batfish"), run.out());
    }

    @Test
    void anUnreachableServiceIsOneLineAndExitTwo() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertOneLine(verify("http://127.0.0.1:" + port), "cannot reach Batfish at http://127.0.0.1:" + port
                + ": connection refused");
    }

    @Test
    void aServiceThatNeverAnswersIsOneLineAndExitTwo() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            CliRun run = verify("http://127.0.0.1:" + silent.getLocalPort(), "--batfish-timeout", "1");
            assertOneLine(run, "did not answer GET /v2/version within 1 s");
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "bounded by the timeout, not retried forever");
        }
    }

    @Test
    void aServiceAnsweringGarbageIsOneLineAndExitTwo() throws Exception {
        HttpServer server = LocalServers.start(x -> {
            x.getRequestBody().readAllBytes();
            byte[] body = "<html>this is not Batfish</html>".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        try {
            assertOneLine(verify("http://127.0.0.1:" + server.getAddress().getPort()),
                    "answered GET /v2/version with something that is not JSON: `<html>this is not Batfish</html>`");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void debugAddsTheDetailsAfterTheLine() throws Exception {
        HttpServer server = LocalServers.start(x -> {
            x.getRequestBody().readAllBytes();
            byte[] body = "java.lang.IllegalStateException: broken\n\tat org.batfish.Foo.bar(Foo.java:1)\n"
                    .getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(500, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        try {
            CliRun run = verify("http://127.0.0.1:" + server.getAddress().getPort(), "--debug");
            assertEquals(2, run.exit());
            assertTrue(run.err().lines().findFirst().orElseThrow().endsWith("with HTTP 500: java.lang.IllegalStateException: broken"), run.err());
            assertTrue(run.err().contains("\tat org.batfish.Foo.bar"), run.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aStaleOutputFolderIsRefusedBeforeAnyRequest() throws IOException {
        Files.writeString(work.resolve("site/site.zc"), SITE.replace("plc[1] : modbus", "plc[2] : modbus"));
        assertOneLine(verify("http://127.0.0.1:1"), "`out/sw1.ios` is not what the policy compiles to now");
    }
}
