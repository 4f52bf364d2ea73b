package dev.zonec.report;

import dev.zonec.check.InvariantCheck;
import dev.zonec.check.InvariantResult;
import dev.zonec.check.Requirements;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Suppression;
import dev.zonec.model.source.Span;
import java.util.Optional;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one test case per reachability requirement, one per rule of the IEC 62443 pack, and
 * one for everything else the run reported (input and platform problems). A case fails when it has an unwaived
 * error; a case whose only errors are waived is skipped, with the waiver (owner, expiry, justification) as the
 * reason, since the check did not pass: a risk was accepted. Warnings and notes are in its system-out. Cases carry
 * {@code file} and {@code line} (the requirement, or the first finding) relative to the {@link SourceRoot}, which
 * test-report tools use to annotate the line.
 */
public final class JunitReport {

    private JunitReport() {}

    private record Case(String classname, String name, List<Diagnostic> findings, Optional<Span> at) {
        boolean failed() {
            return findings.stream().anyMatch(Diagnostic::isError);
        }

        List<Diagnostic> waived() {
            return findings.stream().filter(Diagnostic::isWaived).toList();
        }

        boolean skipped() {
            return !failed() && !waived().isEmpty();
        }

        /** The case's place: given, or its first finding's. */
        Optional<Span> location() {
            return at.or(() -> findings.stream().flatMap(d -> d.primary().stream()).findFirst());
        }
    }

    /** Files named relative to the working folder (no site folder known). */
    public static String render(PipelineResult result) {
        return render(result, SourceRoot.of(java.nio.file.Path.of("")));
    }

    public static String render(PipelineResult result, SourceRoot root) {
        String site = result.site().map(s -> s.name()).orElse("site");
        List<Case> cases = new ArrayList<>();
        List<Diagnostic> remaining = new ArrayList<>(result.diagnostics());
        for (InvariantResult r : result.invariants()) {
            List<Diagnostic> mine = remaining.stream()
                    .filter(d -> d.code() == InvariantCheck.code(r.invariant()) && d.primary().equals(java.util.Optional.of(r.invariant().span()))
                            && d.message().startsWith("`" + InvariantCheck.describe(r.invariant()) + "`"))
                    .toList();
            remaining.removeAll(mine);
            cases.add(new Case("zonec." + site + ".requirements", InvariantCheck.describe(r.invariant()), mine,
                    Optional.of(r.invariant().span())));
        }
        for (Code code : Requirements.analysisCodes()) {
            if (code.name().startsWith("ZC04")) {
                continue;
            }
            List<Diagnostic> mine = remaining.stream().filter(d -> d.code() == code).toList();
            remaining.removeAll(mine);
            cases.add(new Case("zonec." + site + ".iec62443", code.name() + " " + code.title(), mine, Optional.empty()));
        }
        cases.add(new Case("zonec." + site + ".policy", "policy, inventory and platforms", remaining, Optional.empty()));
        long failures = cases.stream().filter(Case::failed).count();
        long skipped = cases.stream().filter(Case::skipped).count();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "zonec check");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", site);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(skipped));
            for (Case c : cases) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", c.classname());
                xml.writeAttribute("name", c.name());
                Optional<Span> at = c.location();
                if (at.isPresent()) {
                    xml.writeAttribute("file", root.relative(at.get().file().displayPath())
                            .orElse(at.get().file().displayPath()));
                    xml.writeAttribute("line", Integer.toString(at.get().line()));
                }
                if (c.skipped()) {
                    Suppression first = c.waived().get(0).suppression().orElseThrow();
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", "waived by " + first.owner() + " until " + first.expires() + ": "
                            + first.justification());
                    xml.writeCharacters(TextDiagnostics.render(c.waived()));
                    xml.writeEndElement();
                }
                if (c.failed()) {
                    List<Diagnostic> errors = c.findings().stream().filter(Diagnostic::isError).toList();
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", errors.get(0).message());
                    xml.writeAttribute("type", errors.get(0).code().name());
                    xml.writeCharacters(TextDiagnostics.render(errors));
                    xml.writeEndElement();
                }
                List<Diagnostic> others = c.findings().stream().filter(d -> !d.isError() && !(c.skipped() && d.isWaived())).toList();
                if (!others.isEmpty()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(TextDiagnostics.render(others));
                    xml.writeEndElement();
                }
                if (c.failed() || c.skipped() || !others.isEmpty()) {
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
}
