package dev.zonec.batfish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.zonec.batfish.BatfishException.Kind;
import dev.zonec.report.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client for Batfish's v2 REST API, the API pybatfish uses: version, question templates, networks, snapshot
 * upload, work items (queue, poll with a deadline, log), questions and their answer tables. Every failure is a
 * {@link BatfishException} with one clear line. Calls that may safely be repeated (GET, PUT, DELETE) are retried
 * with back-off after a lost connection or a 502/503/504; the POSTs that queue work or upload a snapshot never are.
 */
public final class BatfishClient {

    /** What {@code GET /v2/version} reports: the service version and the API version. */
    public record ServiceVersion(String batfish, String api) {}

    /** What {@code GET /v2/networks/{name}} reports: the network's name and its snapshots ({@code testrigs}). */
    public record NetworkInfo(String name, List<String> snapshots) {
        public NetworkInfo {
            snapshots = List.copyOf(snapshots);
        }
    }

    private final BatfishSettings settings;
    private final HttpTransport http;

    public BatfishClient(BatfishSettings settings) {
        this.settings = settings;
        this.http = new HttpTransport(settings);
    }

    public BatfishSettings settings() {
        return settings;
    }

    public ServiceVersion version() throws BatfishException {
        HttpTransport.Call call = HttpTransport.Call.get("/v2/version", Map.of());
        JsonNode body = json(call, http.send(call));
        if (!body.path("Batfish").isTextual()) {
            throw unexpected(call, "no `Batfish` version in " + abbreviate(body.toString()));
        }
        return new ServiceVersion(body.get("Batfish").asText(), body.path("api_version").asText(""));
    }

    /** The service's question templates, as pybatfish fetches them ({@code verbose=false}). */
    public QuestionTemplates questionTemplates() throws BatfishException {
        HttpTransport.Call call = HttpTransport.Call.get("/v2/question_templates", Map.of("verbose", "false"));
        JsonNode body = json(call, http.send(call));
        if (!body.isObject()) {
            throw unexpected(call, "expected a JSON object of templates, got " + abbreviate(body.toString()));
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (!e.getValue().isTextual()) {
                throw unexpected(call, "template `" + e.getKey() + "` is not a JSON string");
            }
            templates.put(e.getKey(), e.getValue().asText());
        }
        return new QuestionTemplates(templates);
    }

    public void createNetwork(String network) throws BatfishException {
        http.send(HttpTransport.Call.post("/v2/networks", Map.of("name", network)));
    }

    public NetworkInfo network(String network) throws BatfishException {
        HttpTransport.Call call = HttpTransport.Call.get("/v2/networks/" + segment(network), Map.of());
        JsonNode body = json(call, http.send(call));
        if (!body.path("name").isTextual()) {
            throw unexpected(call, "no network `name` in " + abbreviate(body.toString()));
        }
        return new NetworkInfo(body.get("name").asText(), strings(call, body.path("testrigs"), true));
    }

    /** Deletes the network and every snapshot in it. */
    public void deleteNetwork(String network) throws BatfishException {
        http.send(HttpTransport.Call.delete("/v2/networks/" + segment(network)));
    }

    public List<String> snapshots(String network) throws BatfishException {
        HttpTransport.Call call = HttpTransport.Call.get("/v2/networks/" + segment(network) + "/snapshots", Map.of());
        return strings(call, json(call, http.send(call)), false);
    }

    /** Uploads a snapshot zip: one top-level folder holding {@code configs/}, {@code hosts/}, ... */
    public void uploadSnapshot(String network, String snapshot, byte[] zip) throws BatfishException {
        http.send(HttpTransport.Call.upload(
                "/v2/networks/" + segment(network) + "/snapshots/" + segment(snapshot), zip));
    }

    public void queueWork(WorkItem work) throws BatfishException {
        http.send(HttpTransport.Call.postJson("/v2/networks/" + segment(work.network()) + "/work",
                Json.pretty(work.body()).strip()));
    }

    public WorkStatus workStatus(String network, String id) throws BatfishException {
        HttpTransport.Call call = HttpTransport.Call.get(
                "/v2/networks/" + segment(network) + "/work/" + segment(id), Map.of());
        JsonNode body = json(call, http.send(call));
        return WorkStatus.parse(body).orElseThrow(() ->
                unexpected(call, "no known `workstatuscode` in " + abbreviate(body.toString())));
    }

    /**
     * Polls a queued work item until its {@code workstatuscode} is terminal: at once, then with growing pauses up to
     * the poll interval. Fails when it is not done within the timeout.
     */
    public WorkStatus awaitWork(WorkItem work) throws BatfishException {
        Instant deadline = Instant.now().plus(settings.timeout());
        Duration pause = min(Duration.ofMillis(100), settings.pollInterval());
        while (true) {
            WorkStatus status = workStatus(work.network(), work.id());
            if (status.terminal()) {
                return status;
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new BatfishException(Kind.TIMEOUT, "Batfish at " + settings.base() + " did not finish "
                        + work.describe() + " within " + seconds(settings.timeout()) + " (last status "
                        + status.code() + ")", "");
            }
            HttpTransport.sleep(min(pause, left));
            pause = min(pause.multipliedBy(2), settings.pollInterval());
        }
    }

    /** The plain-text log of a work item. */
    public String workLog(String network, String snapshot, String id) throws BatfishException {
        return http.send(HttpTransport.Call.get("/v2/networks/" + segment(network) + "/snapshots/" + segment(snapshot)
                + "/worklog/" + segment(id), Map.of())).body();
    }

    /** Uploads a question instance under its instance name (sent as pybatfish sends it, an octet stream). */
    public void putQuestion(String network, Question question) throws BatfishException {
        http.send(HttpTransport.Call.put("/v2/networks/" + segment(network) + "/questions/"
                + segment(question.instanceName()), Json.pretty(question.body()).strip()));
    }

    /** The answer table of an uploaded, answered question. */
    public AnswerTable answer(String network, String question, String snapshot, Optional<String> reference)
            throws BatfishException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("snapshot", snapshot);
        reference.ifPresent(r -> query.put("referenceSnapshot", r));
        HttpTransport.Call call = HttpTransport.Call.get(
                "/v2/networks/" + segment(network) + "/questions/" + segment(question) + "/answer", query);
        JsonNode body = json(call, http.send(call));
        String status = body.path("status").asText("");
        if (!status.equals("SUCCESS")) {
            String notes = body.path("summary").path("notes").asText("");
            throw new BatfishException(Kind.FAILED, "Batfish could not answer question `" + question + "`: status "
                    + (status.isEmpty() ? "missing" : status) + (notes.isEmpty() ? "" : " (" + notes + ")"),
                    body.toString());
        }
        return AnswerTable.parse("question `" + question + "`", body).orElseThrow(() -> unexpected(call,
                "no table in answerElements[0] (rows and metadata.columnMetadata)"));
    }

    /** Uploads, queues and waits for the parse of {@code snapshot}; returns the work item's id. */
    public String initSnapshot(String network, String snapshot) throws BatfishException {
        WorkItem work = WorkItem.parse(network, snapshot);
        queueWork(work);
        finish(work);
        return work.id();
    }

    /** Uploads the question, queues its work, waits for it and reads the answer table. */
    public AnswerTable ask(String network, String snapshot, Question question) throws BatfishException {
        putQuestion(network, question);
        WorkItem work = WorkItem.answer(network, snapshot, question.instanceName(), question.reference());
        queueWork(work);
        finish(work);
        return answer(network, question.instanceName(), snapshot, question.reference());
    }

    private void finish(WorkItem work) throws BatfishException {
        WorkStatus status = awaitWork(work);
        if (status.succeeded()) {
            return;
        }
        String log = workLogOrWhy(work);
        String reason = status.errMessage().orElseGet(() -> lastError(log));
        throw new BatfishException(Kind.FAILED, "Batfish failed " + work.describe() + ": " + status.code()
                + (reason.isEmpty() ? "" : ": " + reason), log);
    }

    private String workLogOrWhy(WorkItem work) {
        try {
            return workLog(work.network(), work.snapshot(), work.id());
        } catch (BatfishException e) {
            return "(no work log: " + e.getMessage() + ")";
        }
    }

    /** The last line of a work log that names an error, the line a person would look for first. */
    private static String lastError(String log) {
        List<String> lines = log.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.contains("rror") || l.contains("xception") || l.contains("FAIL")) {
                return l;
            }
        }
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private JsonNode json(HttpTransport.Call call, HttpTransport.Response response) throws BatfishException {
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw unexpected(call, "an empty body where JSON was expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BatfishException(Kind.UNEXPECTED, "Batfish at " + settings.base() + " answered "
                    + call.describe() + " with something that is not JSON: " + abbreviate(response.body()),
                    response.body());
        }
    }

    private List<String> strings(HttpTransport.Call call, JsonNode node, boolean nullIsEmpty) throws BatfishException {
        if (nullIsEmpty && node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw unexpected(call, "expected a JSON list of names, got " + abbreviate(node.toString()));
        }
        List<String> result = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw unexpected(call, "expected a JSON list of names, got " + abbreviate(node.toString()));
            }
            result.add(n.asText());
        }
        return result;
    }

    private BatfishException unexpected(HttpTransport.Call call, String what) {
        return new BatfishException(Kind.UNEXPECTED, "Batfish at " + settings.base() + " answered " + call.describe()
                + " with something unexpected: " + what, "");
    }

    /** A path segment, percent-encoded (names zonec chooses are plain, but names a caller passes may not be). */
    static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return "`" + (one.length() <= 80 ? one : one.substring(0, 77) + "...") + "`";
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
