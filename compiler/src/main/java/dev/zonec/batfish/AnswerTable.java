package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table a question answers with: {@code answerElements[0]} of a {@code SUCCESS} answer, its columns from
 * {@code metadata.columnMetadata} and its rows, each an object keyed by column name. Cells may be nested JSON
 * ({@code Node} is {@code {id, name}}, {@code Flow} an object, {@code Trace} a list).
 */
public record AnswerTable(String question, List<Column> columns, List<ObjectNode> rows) {

    /** One column: its name and the schema Batfish gives it ({@code String}, {@code List<Node>}, ...). */
    public record Column(String name, String schema) {}

    public AnswerTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads an answer body; empty when it is not the documented shape (the caller words the error). */
    static Optional<AnswerTable> parse(String question, JsonNode body) {
        JsonNode element = body.path("answerElements").path(0);
        JsonNode rows = element.path("rows");
        JsonNode metadata = element.path("metadata").path("columnMetadata");
        if (!element.isObject() || !rows.isArray() || !metadata.isArray()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : metadata) {
            if (!c.path("name").isTextual()) {
                return Optional.empty();
            }
            columns.add(new Column(c.get("name").asText(), c.path("schema").asText("")));
        }
        List<ObjectNode> result = new ArrayList<>();
        for (JsonNode row : rows) {
            if (!row.isObject()) {
                return Optional.empty();
            }
            result.add((ObjectNode) row);
        }
        return Optional.of(new AnswerTable(question, columns, result));
    }

    public boolean hasColumn(String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name));
    }

    /** Fails with a clear line unless every named column is in the table (the answer shape zonec relies on). */
    public AnswerTable requireColumns(String... names) throws BatfishException {
        for (String name : names) {
            if (!hasColumn(name)) {
                throw new BatfishException(BatfishException.Kind.UNEXPECTED,
                        "Batfish answered " + question + " without the column `" + name + "` (columns: "
                                + String.join(", ", columns.stream().map(Column::name).toList()) + ")", "");
            }
        }
        return this;
    }
}
