package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded HTTP exchange with Batfish 0.36.0 ({@code src/test/resources/batfish-fixtures/NN-name.json}, a copy of
 * the shared recording; its README documents the format). The response body is kept as the service sent it: the raw
 * text for a text body, compact JSON for a JSON one.
 */
record Fixture(String name, String method, String path, Map<String, String> query, Map<String, String> requestHeaders,
               Optional<String> requestBody, Optional<byte[]> requestBytes, int status,
               Map<String, String> responseHeaders, String responseBody, JsonNode responseJson) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROOT = "/batfish-fixtures/";

    /** Every exchange, 01 to 79, in call order. */
    static List<Fixture> all() {
        List<Fixture> result = new ArrayList<>();
        for (String name : index()) {
            result.add(load(name));
        }
        return result;
    }

    static Fixture number(int n) {
        String prefix = String.format("%02d-", n);
        return index().stream().filter(f -> f.startsWith(prefix)).findFirst().map(Fixture::load)
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + n));
    }

    private static List<String> index() {
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= 79; n++) {
            String prefix = String.format("%02d-", n);
            names.add(NAMES.stream().filter(f -> f.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("fixture " + prefix + " missing")));
        }
        return names;
    }

    private static Fixture load(String name) {
        JsonNode f = json(read(name));
        Map<String, String> query = strings(f.path("query"));
        Map<String, String> headers = strings(f.path("request_headers"));
        Optional<String> body = f.path("request_body").isTextual() ? Optional.of(f.get("request_body").asText())
                : Optional.empty();
        Optional<byte[]> bytes = f.path("request_body_file").isTextual()
                ? Optional.of(Base64.getMimeDecoder().decode(read(f.get("request_body_file").asText()).strip()))
                : Optional.empty();
        JsonNode response = f.path("response_body");
        String text = response.isTextual() ? response.asText() : response.toString();
        return new Fixture(name, f.get("method").asText(), f.get("path").asText(), query, headers, body, bytes,
                f.get("status").asInt(), strings(f.path("response_headers")), text, response);
    }

    /** The recorded snapshot zip of an upload exchange. */
    byte[] zip() {
        return requestBytes.orElseThrow(() -> new IllegalStateException(name + " uploads nothing")).clone();
    }

    JsonNode requestJson() {
        return json(requestBody.orElseThrow(() -> new IllegalStateException(name + " sends no body")));
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> result = new LinkedHashMap<>();
        node.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    static String read(String file) {
        try (InputStream in = Fixture.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + ROOT + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> NAMES = List.of(read("index.txt").split("\n"));
}
