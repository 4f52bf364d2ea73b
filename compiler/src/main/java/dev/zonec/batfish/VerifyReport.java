package dev.zonec.batfish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Severity;
import dev.zonec.model.site.Site;
import dev.zonec.report.Json;
import dev.zonec.report.Reports;
import dev.zonec.report.SarifReport;
import dev.zonec.report.TextDiagnostics;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report of a verify run, in the formats every zonec command prints: text (diagnostics, then what was checked),
 * JSON, SARIF (the same SARIF 2.1.0 as {@code check}, results at output and policy lines) and JUnit XML (one test
 * case per kind of check).
 */
public final class VerifyReport {

    private VerifyReport() {}

    public static String render(Reports format, VerifyResult result, Site site, String version) {
        return switch (format) {
            case text -> text(result);
            case json -> json(result, site);
            case sarif -> SarifReport.render(new PipelineResult(Optional.of(site), Optional.empty(), List.of(),
                    List.of(), List.of(), result.diagnostics()), version);
            case junit -> junit(result, site);
            case html -> dev.zonec.view.Pictures.htmlReport(new PipelineResult(Optional.of(site), Optional.empty(), List.of(),
                    List.of(), List.of(), result.diagnostics()), version);
        };
    }

    private static String text(VerifyResult result) {
        StringBuilder out = new StringBuilder(TextDiagnostics.render(result.diagnostics()));
        result.summary().forEach(l -> out.append(l).append('\n'));
        out.append("verify: ").append(count(errors(result), "error")).append(", ")
                .append(count(warnings(result), "warning")).append('\n');
        return out.toString();
    }

    private static String json(VerifyResult result, Site site) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("command", "verify");
        root.put("site", site.name());
        root.put("batfish", result.batfish());
        root.put("errors", errors(result));
        root.put("warnings", warnings(result));
        root.set("diagnostics", Json.diagnostics(result.diagnostics()));
        ObjectNode checked = root.putObject("checked");
        checked.put("files", result.files());
        checked.put("recognised", result.recognised());
        checked.put("onlyKnownGaps", result.onlyGaps());
        checked.put("permitsTested", result.permitsTested());
        checked.put("deniesTested", result.deniesTested());
        checked.put("disagreements", result.disagreements());
        ArrayNode devices = checked.putArray("filterDevices");
        result.filterDevices().forEach(devices::add);
        ArrayNode notChecked = root.putArray("notChecked");
        result.notChecked().forEach(notChecked::add);
        result.cleanup().ifPresent(c -> root.put("cleanup", c));
        return Json.pretty(root);
    }

    /** The test cases: one per check, each holding the findings of its codes. */
    private record Case(String name, List<Code> codes) {}

    private static final List<Case> CASES = List.of(
            new Case("every file fully recognised, no warning (fileParseStatus, parseWarning, initIssues)",
                    List.of(Code.ZC0701, Code.ZC0702)),
            new Case("allowed flows permitted, sampled denied flows denied (testFilters)", List.of(Code.ZC0703)),
            new Case("no unreachable filter line (filterLineReachability)", List.of(Code.ZC0704)),
            new Case("output Batfish does not check", List.of(Code.ZC0705)));

    private static String junit(VerifyResult result, Site site) {
        long failures = CASES.stream().filter(c -> mine(result, c).stream().anyMatch(Diagnostic::isError)).count();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "zonec verify");
            xml.writeAttribute("tests", Integer.toString(CASES.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", site.name() + " in Batfish " + result.batfish());
            xml.writeAttribute("tests", Integer.toString(CASES.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Case c : CASES) {
                List<Diagnostic> findings = mine(result, c);
                List<Diagnostic> errors = findings.stream().filter(Diagnostic::isError).toList();
                List<Diagnostic> others = findings.stream().filter(d -> !d.isError()).toList();
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "zonec." + site.name() + ".batfish");
                xml.writeAttribute("name", c.name());
                if (!errors.isEmpty()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", errors.get(0).message());
                    xml.writeAttribute("type", errors.get(0).code().name());
                    xml.writeCharacters(TextDiagnostics.render(errors));
                    xml.writeEndElement();
                }
                if (!others.isEmpty()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(TextDiagnostics.render(others));
                    xml.writeEndElement();
                }
                if (!findings.isEmpty()) {
                    xml.writeCharacters("\n    ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }

    private static List<Diagnostic> mine(VerifyResult result, Case c) {
        return result.diagnostics().stream().filter(d -> c.codes().contains(d.code())).toList();
    }

    private static long errors(VerifyResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).count();
    }

    private static long warnings(VerifyResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING && !d.isWaived()).count();
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
