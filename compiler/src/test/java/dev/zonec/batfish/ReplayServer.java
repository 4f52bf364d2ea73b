package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in Batfish that replays recorded exchanges in order: for each request it takes the next recorded exchange,
 * checks that the client sent its method, path, query, Batfish headers, content type and body, and answers with the
 * recorded status, content type and body. Work ids are random: the id a client queues work under is remembered and
 * must be the one it polls and reads the log of; an id never queued (a made-up one) only has to be a UUID.
 */
final class ReplayServer implements AutoCloseable {
    private static final Pattern WORK_ID = Pattern.compile("/(work|worklog)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");

    private final HttpServer server;
    private final Deque<Fixture> expected = new ArrayDeque<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> workIds = new HashMap<>();
    private int served;

    ReplayServer(List<Fixture> exchanges) throws IOException {
        expected.addAll(exchanges);
        server = LocalServers.start(this::handle);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Mismatches between what the client sent and the recording, one line each. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    int remaining() {
        return expected.size();
    }

    int served() {
        return served;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Fixture f = expected.poll();
        if (f == null) {
            problems.add("unexpected request " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
            respond(exchange, 599, Map.of(), "no recorded exchange left");
            return;
        }
        served++;
        check(f, exchange, body);
        respond(exchange, f.status(), f.responseHeaders(), f.responseBody());
    }

    private void check(Fixture f, HttpExchange exchange, byte[] body) {
        String where = f.name() + ": ";
        if (!f.method().equals(exchange.getRequestMethod())) {
            problems.add(where + "method " + exchange.getRequestMethod() + ", recorded " + f.method());
        }
        checkPath(where, f.path(), exchange.getRequestURI().getRawPath());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!query.equals(f.query())) {
            problems.add(where + "query " + query + ", recorded " + f.query());
        }
        for (Map.Entry<String, String> h : f.requestHeaders().entrySet()) {
            String sent = exchange.getRequestHeaders().getFirst(h.getKey());
            if (!h.getValue().equals(sent)) {
                problems.add(where + "header " + h.getKey() + ": " + sent + ", recorded " + h.getValue());
            }
        }
        if (!f.requestHeaders().containsKey("Content-Type") && exchange.getRequestHeaders().containsKey("Content-Type")) {
            problems.add(where + "sent a Content-Type the recording has not");
        }
        checkBody(where, f, body);
    }

    private void checkPath(String where, String recorded, String sent) {
        Matcher r = WORK_ID.matcher(recorded);
        if (!r.find()) {
            if (!recorded.equals(sent)) {
                problems.add(where + "path " + sent + ", recorded " + recorded);
            }
            return;
        }
        Matcher s = WORK_ID.matcher(sent);
        String prefix = recorded.substring(0, r.start());
        if (!s.find() || !sent.substring(0, s.start()).equals(prefix) || !s.group(1).equals(r.group(1))) {
            problems.add(where + "path " + sent + ", recorded " + recorded + " (any work id)");
            return;
        }
        String queued = workIds.get(r.group(2));
        if (queued != null && !queued.equals(s.group(2))) {
            problems.add(where + "work id " + s.group(2) + ", but the work was queued as " + queued);
        }
    }

    private void checkBody(String where, Fixture f, byte[] body) {
        if (f.requestBytes().isPresent()) {
            if (!Arrays.equals(f.requestBytes().get(), body)) {
                problems.add(where + "uploaded " + body.length + " bytes that differ from the recorded "
                        + f.requestBytes().get().length);
            }
            return;
        }
        if (f.requestBody().isEmpty()) {
            if (body.length != 0) {
                problems.add(where + "sent a body, the recording has none");
            }
            return;
        }
        JsonNode want = f.requestJson();
        JsonNode got;
        try {
            got = Fixture.json(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            problems.add(where + "body is not JSON: " + new String(body, StandardCharsets.UTF_8));
            return;
        }
        if (want.has("id") && want.has("containerName") && got.isObject() && got.path("id").isTextual()) {
            workIds.put(want.get("id").asText(), got.get("id").asText());
            ((ObjectNode) got).put("id", want.get("id").asText());
        }
        if (!want.equals(got)) {
            problems.add(where + "body " + got + ", recorded " + want);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    private static void respond(HttpExchange exchange, int status, Map<String, String> headers, String text)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
