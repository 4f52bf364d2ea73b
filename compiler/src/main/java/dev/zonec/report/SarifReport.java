package dev.zonec.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.check.Requirements;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Label;
import dev.zonec.model.source.Span;
import dev.zonec.support.Sha256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning services (GitHub's among them) take: one run, zonec as the tool with one
 * rule per diagnostic code that occurs, one result per diagnostic located at its policy line, secondary labels as
 * related locations, waived findings with an in-source suppression carrying the justification.
 *
 * <p>What code scanning needs to place and rate a result: file URIs relative to {@code %SRCROOT%} (the root of the
 * git work tree, see {@link SourceRoot}; declared in {@code originalUriBaseIds} without an absolute address, so the
 * report stays the same bytes on every machine); rule help from the user docs ({@link CodeDocs}) with a
 * {@code helpUri}; a {@code security-severity} for security findings ({@link SecuritySeverity}); and a
 * {@code partialFingerprints} entry that an unrelated edit of the policy does not change (see {@link #fingerprints}).
 */
public final class SarifReport {
    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String BASE = "SRCROOT";
    /** The key of zonec's own fingerprint; versioned so that a change of its recipe is a new key, not a silent churn. */
    static final String FINGERPRINT = "zonecFinding/v1";

    private SarifReport() {}

    /** Files named relative to the working folder (no site folder known). */
    public static String render(PipelineResult result, String version) {
        return render(result, version, SourceRoot.of(Path.of("")));
    }

    public static String render(PipelineResult result, String version, SourceRoot root) {
        ObjectNode sarif = Json.MAPPER.createObjectNode();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "zonec");
        driver.put("version", version);
        driver.put("informationUri", CodeDocs.get().baseUrl() + "/");
        ObjectNode base = run.putObject("originalUriBaseIds").putObject(BASE);
        base.putObject("description").put("text", "the root of the git work tree holding the site (outside git: the "
                + "folder zonec was run in)");
        Map<Code, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Diagnostic d : result.diagnostics()) {
            ruleIndex.computeIfAbsent(d.code(), code -> {
                rules.add(rule(code, d));
                return ruleIndex.size();
            });
        }
        List<String> fingerprints = fingerprints(result.diagnostics(), root);
        ArrayNode results = run.putArray("results");
        for (int i = 0; i < result.diagnostics().size(); i++) {
            Diagnostic d = result.diagnostics().get(i);
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code().name());
            r.put("ruleIndex", ruleIndex.get(d.code()));
            r.put("level", level(d));
            StringBuilder text = new StringBuilder(d.message());
            d.help().forEach(h -> text.append(" (help: ").append(h).append(')'));
            r.putObject("message").put("text", text.toString());
            ArrayNode locations = r.putArray("locations");
            d.primary().ifPresent(span -> locations.add(location(span, root)));
            if (d.primary().isEmpty()) {
                result.site().ifPresent(site -> locations.add(location(site.span(), root)));
            }
            r.putObject("partialFingerprints").put(FINGERPRINT, fingerprints.get(i));
            if (!d.labels().isEmpty()) {
                ArrayNode related = r.putArray("relatedLocations");
                int id = 1;
                for (Label l : d.labels()) {
                    ObjectNode loc = location(l.span(), root);
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
                suppression.set("location", location(s.span(), root));
            });
        }
        return Json.pretty(sarif);
    }

    private static ObjectNode rule(Code code, Diagnostic first) {
        ObjectNode rule = Json.MAPPER.createObjectNode();
        rule.put("id", code.name());
        rule.put("name", name(code));
        rule.putObject("shortDescription").put("text", code.title());
        List<String> serves = Requirements.of(code);
        rule.putObject("fullDescription").put("text", code.title()
                + (serves.isEmpty() ? "" : " (serves " + String.join("; ", serves) + ")"));
        CodeDocs docs = CodeDocs.get();
        docs.helpUri(code).ifPresent(uri -> rule.put("helpUri", uri));
        if (docs.of(code).isPresent()) {
            ObjectNode help = rule.putObject("help");
            help.put("text", docs.text(code).orElseThrow());
            help.put("markdown", docs.markdown(code).orElseThrow());
        }
        rule.putObject("defaultConfiguration").put("level", level(first));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        SecuritySeverity.of(code).ifPresent(score -> {
            tags.add("security");
            properties.put("security-severity", String.format(Locale.ROOT, "%.1f", score));
        });
        tags.add(serves.isEmpty() ? "policy" : "iec-62443");
        serves.forEach(tags::add);
        return rule;
    }

    /** A rule name a reader understands: the code's title in UpperCamelCase, e.g. {@code NoPathRequirementViolated}. */
    static String name(Code code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.title().replaceAll("[^A-Za-z0-9]+", " ").strip().split(" ")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    /** See {@link Fingerprints}: hashed, with the file's path from the source root. */
    static List<String> fingerprints(List<Diagnostic> diagnostics, SourceRoot root) {
        return Fingerprints.keys(diagnostics, span -> path(span, root)).stream()
                .map(key -> Sha256.hex(key).substring(0, 32)).toList();
    }

    private static String path(Span span, SourceRoot root) {
        return root.relative(span.file().displayPath()).orElse(span.file().sitePath());
    }

    private static String level(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static ObjectNode location(Span span, SourceRoot root) {
        ObjectNode location = Json.MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        root.relative(span.file().displayPath()).ifPresentOrElse(relative -> {
            artifact.put("uri", uri(relative));
            artifact.put("uriBaseId", BASE);
        }, () -> artifact.put("uri", root.absolute(span.file().displayPath()).toUri().toString()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endColumn", span.column() + span.length());
        return location;
    }

    /** A relative URI reference: path segments with the characters a URI does not allow percent-encoded. */
    private static String uri(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            parts.add(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }
}
