package dev.zonec.batfish;

import dev.zonec.batfish.BatfishException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTTP side of the client: one request with the Batfish headers, a response timeout, retries with back-off for
 * calls that may be repeated, and every failure turned into a one-line {@link BatfishException}. An error status is
 * read as plain text whatever its content type says (the service sends {@code HTTP 404 Not Found} as
 * {@code application/json}).
 */
final class HttpTransport {
    static final String API_KEY_HEADER = "X-Batfish-Apikey";
    static final String VERSION_HEADER = "X-Batfish-Version";
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);

    /** One request: method, path (already encoded), query, body. Only GET, PUT and DELETE are ever retried. */
    record Call(String method, String path, Map<String, String> query, Optional<byte[]> body, String contentType) {
        static Call get(String path, Map<String, String> query) {
            return new Call("GET", path, query, Optional.empty(), "");
        }

        static Call post(String path, Map<String, String> query) {
            return new Call("POST", path, query, Optional.empty(), "");
        }

        static Call postJson(String path, String json) {
            return new Call("POST", path, Map.of(), Optional.of(json.getBytes(StandardCharsets.UTF_8)), "application/json");
        }

        static Call upload(String path, byte[] bytes) {
            return new Call("POST", path, Map.of(), Optional.of(bytes.clone()), "application/octet-stream");
        }

        static Call put(String path, String text) {
            return new Call("PUT", path, Map.of(), Optional.of(text.getBytes(StandardCharsets.UTF_8)),
                    "application/octet-stream");
        }

        static Call delete(String path) {
            return new Call("DELETE", path, Map.of(), Optional.empty(), "");
        }

        boolean repeatable() {
            return !method.equals("POST");
        }

        /** {@code GET /v2/networks/n/snapshots}: how messages name the call. */
        String describe() {
            return method + " " + path;
        }
    }

    /** A 2xx response: status and body text. */
    record Response(int status, String body) {}

    private final BatfishSettings settings;
    private final HttpClient client;

    HttpTransport(BatfishSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends the call, retrying a repeatable one; returns a 2xx response or fails with one line. */
    Response send(Call call) throws BatfishException {
        Duration wait = settings.backoff();
        int attempt = 0;
        while (true) {
            try {
                return once(call);
            } catch (Transient e) {
                if (!call.repeatable() || attempt >= settings.retries()) {
                    throw e.failure;
                }
                attempt++;
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    /** A failure worth one more try of a repeatable call. */
    private static final class Transient extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient BatfishException failure;

        Transient(BatfishException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private Response once(Call call) throws BatfishException, Transient {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call))
                .timeout(settings.timeout())
                .header(API_KEY_HEADER, settings.apiKey())
                .header(VERSION_HEADER, settings.version());
        HttpRequest.BodyPublisher body = call.body().map(HttpRequest.BodyPublishers::ofByteArray)
                .orElseGet(HttpRequest.BodyPublishers::noBody);
        if (call.body().isPresent()) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), body);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new Transient(unreachable("the connection timed out after " + BatfishClient.seconds(settings.timeout()), e));
        } catch (HttpTimeoutException e) {
            throw new BatfishException(Kind.TIMEOUT, "Batfish at " + settings.base() + " did not answer "
                    + call.describe() + " within " + BatfishClient.seconds(settings.timeout()), e);
        } catch (ConnectException e) {
            throw new Transient(unreachable("connection refused", e));
        } catch (ProtocolException e) {
            throw new BatfishException(Kind.UNEXPECTED, "Batfish at " + settings.base() + " answered "
                    + call.describe() + " with something that is not HTTP: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new Transient(unreachable("the connection failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatfishException(Kind.TIMEOUT, "interrupted while waiting for Batfish at " + settings.base(), e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Response(status, response.body());
        }
        String text = response.body() == null ? "" : response.body();
        BatfishException rejected = new BatfishException(Kind.REJECTED, "Batfish at " + settings.base() + " answered "
                + call.describe() + " with HTTP " + status + (text.isBlank() ? "" : ": " + text), text);
        if (TRANSIENT.contains(status)) {
            throw new Transient(rejected);
        }
        throw rejected;
    }

    private BatfishException unreachable(String why, Exception cause) {
        return new BatfishException(Kind.UNREACHABLE, "cannot reach Batfish at " + settings.base() + ": " + why
                + " (is the service running? its v2 API listens on port 9996)", cause);
    }

    private URI uri(Call call) {
        String query = call.query().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(settings.base() + call.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void sleep(Duration d) throws BatfishException {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatfishException(Kind.TIMEOUT, "interrupted while waiting for Batfish", e);
        }
    }
}
