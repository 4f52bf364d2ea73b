package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.cisco.render.ios.CiscoIosRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    @Test
    void everyPlatformHasARenderer() {
        RendererRegistry registry = RendererRegistry.standard();
        for (Platform p : Platform.values()) {
            assertTrue(registry.find(p).isPresent(), p.id() + " has no renderer");
        }
    }

    /** ZC0501 guards a platform added to the table before its renderer; no shipped platform can trigger it. */
    @Test
    void aPlatformWithoutARendererIsAWarningAndNoFile() {
        Diagnostics diagnostics = new Diagnostics();
        var source = SiteLoader.load(REPO.resolve("policies/port-terminal"), "port-terminal", Optional.empty(), diagnostics);
        PipelineResult result = Pipeline.run(source, new RendererRegistry(List.of(new CiscoIosRenderer())),
                LocalDate.of(2026, 11, 28));
        List<Diagnostic> missing = result.diagnostics().stream().filter(d -> d.code() == Code.ZC0501).toList();
        assertEquals(7, missing.size(), missing.toString());
        assertEquals(List.of("sw-core"), result.configs().stream().map(RenderedConfig::device).toList());
        assertTrue(Arrays.stream(Platform.values()).count() == 10);
    }
}
