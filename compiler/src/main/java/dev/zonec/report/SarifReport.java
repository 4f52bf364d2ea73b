package dev.zonec.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.check.Requirements;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Label;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning services (GitHub's among them) take: one run, zonec as the tool with one
 * rule per diagnostic code that occurs, one result per diagnostic located at its policy line, secondary labels as
 * related locations, waived findings with an in-source suppression carrying the justification.
 */
public final class SarifReport {
    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifReport() {}

    public static String render(PipelineResult result, String version) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "zonec");
        driver.put("version", version);
        Map<Code, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Diagnostic d : result.diagnostics()) {
            ruleIndex.computeIfAbsent(d.code(), code -> {
                ObjectNode rule = rules.addObject();
                rule.put("id", code.name());
                rule.put("name", code.name());
                rule.putObject("shortDescription").put("text", code.title());
                List<String> serves = Requirements.of(code);
                rule.putObject("fullDescription").put("text", code.title()
                        + (serves.isEmpty() ? "" : " (serves " + String.join("; ", serves) + ")"));
                rule.putObject("defaultConfiguration").put("level", level(d));
                ObjectNode properties = rule.putObject("properties");
                ArrayNode tags = properties.putArray("tags");
                tags.add(serves.isEmpty() ? "policy" : "iec-62443");
                serves.forEach(tags::add);
                return ruleIndex.size();
            });
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : result.diagnostics()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code().name());
            r.put("ruleIndex", ruleIndex.get(d.code()));
            r.put("level", level(d));
            StringBuilder text = new StringBuilder(d.message());
            d.help().forEach(h -> text.append(" (help: ").append(h).append(')'));
            r.putObject("message").put("text", text.toString());
            ArrayNode locations = r.putArray("locations");
            d.primary().ifPresent(span -> locations.add(location(span)));
            if (d.primary().isEmpty()) {
                result.site().ifPresent(site -> locations.add(location(site.span())));
            }
            if (!d.labels().isEmpty()) {
                ArrayNode related = r.putArray("relatedLocations");
                int id = 1;
                for (Label l : d.labels()) {
                    ObjectNode loc = location(l.span());
                    loc.put("id", id++);
                    loc.putObject("message").put("text", l.message());
                    related.add(loc);
                }
            }
            d.suppression().ifPresent(s -> {
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                suppression.put("status", "accepted");
                suppression.put("justification", s.justification() + " (owner: " + s.owner() + ", expires "
                        + s.expires() + ")");
                suppression.set("location", location(s.span()));
            });
        }
        return Json.pretty(root);
    }

    private static String level(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static ObjectNode location(Span span) {
        ObjectNode location = Json.MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(span.file().displayPath()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endColumn", span.column() + span.length());
        return location;
    }

    /** A relative URI reference: path segments with the characters a URI does not allow percent-encoded. */
    private static String uri(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.replace('\\', '/').split("/", -1)) {
            parts.add(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }
}
