package dev.zonec.batfish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.report.Json;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit of work the service queues ({@code POST /v2/networks/{net}/work}): parse a snapshot, or answer a question
 * that was uploaded before. The id is chosen by the client, a fresh random UUID, as pybatfish does.
 */
public record WorkItem(String id, String network, String snapshot, ObjectNode requestParams) {

    /** Parse and initialise {@code snapshot}: {@code {"si":"","sv":"","initinfo":"","testrig":snapshot}}. */
    public static WorkItem parse(String network, String snapshot) {
        ObjectNode params = Json.MAPPER.createObjectNode();
        params.put("si", "");
        params.put("sv", "");
        params.put("initinfo", "");
        params.put("testrig", snapshot);
        return new WorkItem(UUID.randomUUID().toString(), network, snapshot, params);
    }

    /**
     * Answer the uploaded question {@code question} on {@code snapshot}; a differential question also names the
     * reference snapshot ({@code deltatestrig}) and carries {@code differential}.
     */
    public static WorkItem answer(String network, String snapshot, String question, Optional<String> reference) {
        ObjectNode params = Json.MAPPER.createObjectNode();
        params.put("answer", "");
        params.put("questionname", question);
        reference.ifPresent(r -> {
            params.put("deltatestrig", r);
            params.put("differential", "");
        });
        params.put("testrig", snapshot);
        return new WorkItem(UUID.randomUUID().toString(), network, snapshot, params);
    }

    /** The request body: {@code containerName}, {@code id}, {@code testrigName}, {@code requestParams}. */
    ObjectNode body() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("containerName", network);
        body.put("id", id);
        body.put("testrigName", snapshot);
        body.set("requestParams", requestParams.deepCopy());
        return body;
    }

    /** How messages name the work: the question it answers, or the snapshot it parses. */
    String describe() {
        return requestParams.has("questionname")
                ? "question `" + requestParams.get("questionname").asText() + "`"
                : "parsing snapshot `" + snapshot + "`";
    }
}
