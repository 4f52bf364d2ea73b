package dev.zonec.report;

import dev.zonec.check.InvariantCheck;
import dev.zonec.check.InvariantResult;
import dev.zonec.check.Requirements;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one test case per reachability requirement, one per rule of the IEC 62443 pack, and
 * one for everything else the run reported (input and platform problems). A case fails when it has an unwaived
 * error; its waived findings and warnings are in its system-out.
 */
public final class JunitReport {

    private JunitReport() {}

    private record Case(String classname, String name, List<Diagnostic> findings) {
        boolean failed() {
            return findings.stream().anyMatch(Diagnostic::isError);
        }
    }

    public static String render(PipelineResult result) {
        String site = result.site().map(s -> s.name()).orElse("site");
        List<Case> cases = new ArrayList<>();
        List<Diagnostic> remaining = new ArrayList<>(result.diagnostics());
        for (InvariantResult r : result.invariants()) {
            List<Diagnostic> mine = remaining.stream()
                    .filter(d -> d.code() == InvariantCheck.code(r.invariant()) && d.primary().equals(java.util.Optional.of(r.invariant().span()))
                            && d.message().startsWith("`" + InvariantCheck.describe(r.invariant()) + "`"))
                    .toList();
            remaining.removeAll(mine);
            cases.add(new Case("zonec." + site + ".requirements", InvariantCheck.describe(r.invariant()), mine));
        }
        for (Code code : Requirements.analysisCodes()) {
            if (code.name().startsWith("ZC04")) {
                continue;
            }
            List<Diagnostic> mine = remaining.stream().filter(d -> d.code() == code).toList();
            remaining.removeAll(mine);
            cases.add(new Case("zonec." + site + ".iec62443", code.name() + " " + code.title(), mine));
        }
        cases.add(new Case("zonec." + site + ".policy", "policy, inventory and platforms", remaining));
        long failures = cases.stream().filter(Case::failed).count();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "zonec check");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", site);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Case c : cases) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", c.classname());
                xml.writeAttribute("name", c.name());
                if (c.failed()) {
                    List<Diagnostic> errors = c.findings().stream().filter(Diagnostic::isError).toList();
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", errors.get(0).message());
                    xml.writeAttribute("type", errors.get(0).code().name());
                    xml.writeCharacters(TextDiagnostics.render(errors));
                    xml.writeEndElement();
                }
                List<Diagnostic> others = c.findings().stream().filter(d -> !d.isError()).toList();
                if (!others.isEmpty()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(TextDiagnostics.render(others));
                    xml.writeEndElement();
                }
                if (c.failed() || !others.isEmpty()) {
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
