package dev.zonec.batfish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.report.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The question templates a service offers ({@code GET /v2/question_templates}), keyed by lower-case question name
 * ({@code fileparsestatus}, {@code testfilters}, ...), each a template as JSON text. Questions are built from these,
 * never from templates zonec carries itself, so the body matches what that service version expects.
 */
public final class QuestionTemplates {
    private final Map<String, String> templates;

    QuestionTemplates(Map<String, String> templates) {
        this.templates = new TreeMap<>(templates);
    }

    public int size() {
        return templates.size();
    }

    public boolean offers(String name) {
        return templates.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** A question that is not differential. */
    public Question question(String name, String instanceName, Map<String, JsonNode> values) throws BatfishException {
        return question(name, instanceName, values, Optional.empty());
    }

    /**
     * The template {@code name} with {@code instance.instanceName} set to {@code instanceName} and, for each value,
     * {@code instance.variables.<parameter>.value} set. The {@code ${parameter}} placeholders are left for the
     * service to fill in.
     */
    public Question question(String name, String instanceName, Map<String, JsonNode> values, Optional<String> reference)
            throws BatfishException {
        String text = templates.get(name.toLowerCase(Locale.ROOT));
        if (text == null) {
            throw unexpected("Batfish offers no `" + name + "` question template (it offers " + templates.size() + ")");
        }
        ObjectNode body;
        try {
            JsonNode parsed = Json.MAPPER.readTree(text);
            if (!parsed.isObject() || !parsed.path("instance").isObject()) {
                throw unexpected("Batfish's `" + name + "` question template is not a JSON object with an `instance`");
            }
            body = (ObjectNode) parsed;
        } catch (JsonProcessingException e) {
            throw unexpected("Batfish's `" + name + "` question template is not JSON: " + e.getOriginalMessage());
        }
        ObjectNode instance = (ObjectNode) body.get("instance");
        instance.put("instanceName", instanceName);
        for (Map.Entry<String, JsonNode> v : values.entrySet()) {
            JsonNode variable = instance.path("variables").path(v.getKey());
            if (!variable.isObject()) {
                throw unexpected("Batfish's `" + name + "` question template has no parameter `" + v.getKey() + "`");
            }
            ((ObjectNode) variable).set("value", v.getValue());
        }
        return new Question(instanceName, body, reference);
    }

    private static BatfishException unexpected(String message) {
        return new BatfishException(BatfishException.Kind.UNEXPECTED, message, "");
    }
}
