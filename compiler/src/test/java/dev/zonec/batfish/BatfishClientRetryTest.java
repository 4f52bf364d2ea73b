package dev.zonec.batfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.zonec.batfish.BatfishException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries only where a retry is safe, bounded waiting, and the stub's own strictness. */
class BatfishClientRetryTest {

    /** Answers with the scripted statuses in turn and records each request line. */
    private static final class Scripted implements AutoCloseable {
        final HttpServer server;
        final Deque<int[]> script = new ArrayDeque<>();
        final List<String> requests = new ArrayList<>();

        Scripted(int... statuses) throws IOException {
            for (int s : statuses) {
                script.add(new int[] {s});
            }
            server = LocalServers.start(exchange -> {
                exchange.getRequestBody().readAllBytes();
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                int status = script.isEmpty() ? 500 : script.poll()[0];
                byte[] body = (status == 200 ? "{\"Batfish\":\"0.36.0\",\"api_version\":\"2.1.0\"}" : "busy")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
        }

        BatfishClient client(int retries) {
            return new BatfishClient(BatfishSettings.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                    .withRetries(retries, Duration.ofMillis(5)).withTimeout(Duration.ofSeconds(5)));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void aGetIsRetriedAfter503AndSucceeds() throws Exception {
        try (Scripted s = new Scripted(503, 502, 200)) {
            assertEquals("0.36.0", s.client(3).version().batfish());
            assertEquals(3, s.requests.size());
        }
    }

    @Test
    void retriesAreBounded() throws Exception {
        try (Scripted s = new Scripted(503, 503, 503, 503, 503)) {
            BatfishException e = assertThrows(BatfishException.class, () -> s.client(2).version());
            assertEquals(Kind.REJECTED, e.kind());
            assertEquals(3, s.requests.size(), "one try and two retries");
        }
    }

    @Test
    void thePostThatQueuesWorkIsNeverRepeated() throws Exception {
        try (Scripted s = new Scripted(503, 201)) {
            BatfishException e = assertThrows(BatfishException.class,
                    () -> s.client(3).queueWork(WorkItem.parse("net", "snap")));
            assertEquals(Kind.REJECTED, e.kind());
            assertEquals(List.of("POST /v2/networks/net/work"), s.requests);
        }
    }

    @Test
    void anUploadIsNeverRepeated() throws Exception {
        try (Scripted s = new Scripted(503, 201)) {
            assertThrows(BatfishException.class, () -> s.client(3).uploadSnapshot("net", "snap", new byte[] {1, 2}));
            assertEquals(1, s.requests.size());
        }
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        try (Scripted s = new Scripted(404, 200)) {
            assertThrows(BatfishException.class, () -> s.client(3).version());
            assertEquals(1, s.requests.size());
        }
    }

    @Test
    void aRefusedConnectionIsUnreachableAfterTheRetries() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        BatfishClient client = new BatfishClient(BatfishSettings.of(URI.create("http://127.0.0.1:" + port))
                .withRetries(1, Duration.ofMillis(5)).withTimeout(Duration.ofSeconds(2)));
        BatfishException e = assertThrows(BatfishException.class, client::version);
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot reach Batfish at http://127.0.0.1:" + port), e.getMessage());
    }

    @Test
    void theReplayServerNoticesADifferentApiKey() throws Exception {
        try (ReplayServer server = new ReplayServer(List.of(Fixture.number(1)))) {
            new BatfishClient(BatfishSettings.of(server.uri()).withApiKey("not-the-recorded-key")).version();
            assertFalse(server.problems().isEmpty(), "the stub checks the headers it is sent");
            assertTrue(server.problems().get(0).contains("X-Batfish-Apikey"), server.problems().toString());
        }
    }
}
