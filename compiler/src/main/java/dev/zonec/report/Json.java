package dev.zonec.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Label;
import dev.zonec.model.source.Span;
import java.util.List;

/** JSON output shared by every report: one mapper, two-space indent, {@code \n} line ends, stable key order. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Json() {}

    public static String pretty(Object tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static ArrayNode diagnostics(List<Diagnostic> diagnostics) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode node = array.addObject();
            node.put("code", d.code().name());
            node.put("severity", d.severity().word());
            node.put("message", d.message());
            d.primary().ifPresent(span -> node.set("location", location(span)));
            ArrayNode labels = node.putArray("labels");
            for (Label l : d.labels()) {
                ObjectNode label = location(l.span());
                label.put("message", l.message());
                labels.add(label);
            }
            ArrayNode help = node.putArray("help");
            d.help().forEach(help::add);
            d.suppression().ifPresent(s -> {
                ObjectNode waiver = location(s.span());
                waiver.put("justification", s.justification());
                waiver.put("owner", s.owner());
                waiver.put("expires", s.expires().toString());
                node.set("waived", waiver);
            });
        }
        return array;
    }

    public static ObjectNode location(Span span) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", span.file().displayPath());
        node.put("line", span.line());
        node.put("column", span.column());
        node.put("length", span.length());
        return node;
    }
}
