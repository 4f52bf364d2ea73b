package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.platform.Targets;
import dev.zonec.platform.cisco.CiscoIos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    /** ZC0501 guards a device whose platform the given targets lack; the shipped targets cover every platform. */
    @Test
    void aPlatformWithoutARendererIsAWarningAndNoFile() {
        Diagnostics diagnostics = new Diagnostics();
        var source = SiteLoader.load(REPO.resolve("policies/port-terminal"), "port-terminal", Optional.empty(), diagnostics);
        PipelineResult result = Pipeline.run(source, Targets.of(List.of(new CiscoIos())),
                LocalDate.of(2026, 11, 28));
        List<Diagnostic> missing = result.diagnostics().stream().filter(d -> d.code() == Code.ZC0501).toList();
        assertEquals(7, missing.size(), missing.toString());
        assertEquals(List.of("sw-core"), result.configs().stream().map(RenderedConfig::device).toList());
    }
}
