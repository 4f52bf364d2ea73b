package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Site;
import dev.zonec.platform.BatfishSupport.FilterQuestion;
import dev.zonec.model.source.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * testFilters for one {@link FlowTest}: the question, and the judgement of Batfish's answer. The device's target says
 * which filter holds its policy in Batfish's model and whether the packet must start at the interface it enters by
 * ({@link dev.zonec.platform.BatfishSupport#filterQuestion}). Every filter Batfish evaluates must give zonec's
 * expected action; an answer without any filter is a finding too (nothing confirmed the rule).
 */
final class FlowCheck {

    private FlowCheck() {}

    /** The testFilters parameters for a test. */
    static Map<String, JsonNode> parameters(FlowTest test, Site site) {
        FilterQuestion q = PlatformSupport.of(test.device().platform())
                .filterQuestion(test.device(), test.ingress(), test.egress(), site);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("nodes", TextNode.valueOf(Specifiers.quote(test.device().name())));
        values.put("filters", TextNode.valueOf(Specifiers.filter(q.filter())));
        if (!q.enteringOn().isEmpty()) {
            values.put("startLocation", TextNode.valueOf(Specifiers.enter(test.device().name(), q.enteringOn())));
        }
        values.put("headers", Specifiers.headers(test.packet()));
        return values;
    }

    /** A finding when Batfish's answer disagrees with zonec's expectation, or has no filter at all. */
    static Optional<Diagnostic> judge(FlowTest test, List<Rows.FilterResult> rows, Map<String, JsonNode> asked,
                                      OriginLocator locator, SnapshotPackage snapshot) {
        String expected = test.permit() ? "PERMIT" : "DENY";
        List<Rows.FilterResult> mine = rows.stream()
                .filter(r -> r.node().equalsIgnoreCase(test.device().name())).toList();
        String question = "testFilters " + asked.entrySet().stream().filter(e -> !e.getKey().equals("headers"))
                .map(e -> e.getKey() + "=" + e.getValue().asText()).reduce((a, b) -> a + ", " + b).orElse("");
        if (mine.isEmpty()) {
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0703, "Batfish applies no filter to the " + test.describe()
                    + ", so it cannot confirm the policy there").help("asked " + question);
            d.at(test.rule().map(IrRule::origin).orElse(test.device().span()));
            return Optional.of(d.build());
        }
        Optional<Rows.FilterResult> wrong = mine.stream().filter(r -> !r.action().equalsIgnoreCase(expected)).findFirst();
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Rows.FilterResult r = wrong.get();
        String said = "Batfish: filter `" + r.filter() + "` on `" + r.node() + "`: " + r.action()
                + (r.lineContent().isEmpty() ? "" : " at `" + r.lineContent() + "`");
        Optional<GeneratedFile> file = snapshot.fileOf(test.device().name()).map(PackagedFile::file);
        Optional<OriginLocator.Located> at = file.map(f -> locator.locate(f, r.lineContent(), r.filter()));
        Optional<Span> line = at.flatMap(OriginLocator.Located::line);
        if (test.permit()) {
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0703, "Batfish " + verb(r.action()) + " the " + test.describe()
                    + ", which the policy allows").at(test.rule().orElseThrow().origin()).help(said).help(question);
            line.ifPresent(s -> d.label(s, "Batfish: " + r.action() + " here"));
            return Optional.of(d.build());
        }
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0703, "Batfish " + verb(r.action()) + " the " + test.describe()
                + ", which the policy denies").help(said).help(question);
        d.at(line.orElse(test.device().span()));
        at.flatMap(OriginLocator.Located::policy).ifPresent(p -> d.label(p, "the generated line comes from this rule"));
        return Optional.of(d.build());
    }

    private static String verb(String action) {
        return action.equalsIgnoreCase("PERMIT") ? "permits" : action.equalsIgnoreCase("DENY") ? "denies"
                : "answers " + action + " for";
    }
}
