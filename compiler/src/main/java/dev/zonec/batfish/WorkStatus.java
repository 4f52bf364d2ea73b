package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * One poll of a work item ({@code GET /v2/networks/{net}/work/{id}}). Completion is decided from
 * {@code workstatuscode} alone: the service reports polls whose {@code task} is null, and polls whose
 * {@code task.status} already reads {@code TerminatedNormally} while the code is still {@code ASSIGNED}.
 *
 * @param code       the {@code workstatuscode}
 * @param taskStatus {@code task.status} when the service sent a task (shown in messages only)
 * @param errMessage {@code task.errMessage} when the service sent one
 */
public record WorkStatus(String code, Optional<String> taskStatus, Optional<String> errMessage) {

    public static final String SUCCESS = "TERMINATEDNORMALLY";
    private static final Set<String> FAILURES =
            Set.of("TERMINATEDABNORMALLY", "TERMINATEDBYUSER", "ASSIGNMENTERROR", "REQUEUEFAILURE");
    private static final Set<String> RUNNING =
            Set.of("UNASSIGNED", "TRYINGTOASSIGN", "ASSIGNED", "CHECKINGSTATUS", "BLOCKED");

    public boolean terminal() {
        return code.equals(SUCCESS) || FAILURES.contains(code);
    }

    public boolean succeeded() {
        return code.equals(SUCCESS);
    }

    /** Reads a poll answer; empty when it is not the documented shape or names a code the API does not list. */
    static Optional<WorkStatus> parse(JsonNode body) {
        JsonNode code = body.path("workstatuscode");
        if (!body.isObject() || !code.isTextual()) {
            return Optional.empty();
        }
        String value = code.asText();
        if (!value.equals(SUCCESS) && !FAILURES.contains(value) && !RUNNING.contains(value)) {
            return Optional.empty();
        }
        JsonNode task = body.path("task");
        return Optional.of(new WorkStatus(value, text(task.path("status")), text(task.path("errMessage"))));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
