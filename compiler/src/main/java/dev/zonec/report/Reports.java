package dev.zonec.report;

import dev.zonec.driver.PipelineResult;
import java.util.Optional;

/** The report formats a run can print. */
public enum Reports {
    text,
    json,
    sarif,
    junit,
    html;

    /**
     * The run's report in this format; {@code wroteTo} is the output folder of a compile, {@code root} what SARIF and
     * JUnit name files relative to.
     */
    public String render(String command, PipelineResult result, Optional<String> wroteTo, String version,
                         SourceRoot root) {
        return switch (this) {
            case text -> RunReport.text(command, result, wroteTo);
            case json -> RunReport.json(command, result, wroteTo);
            case sarif -> SarifReport.render(result, version, root);
            case junit -> JunitReport.render(result, root);
            case html -> dev.zonec.view.Pictures.htmlReport(result, version);
        };
    }
}
