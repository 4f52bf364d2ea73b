package dev.zonec.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Site;
import dev.zonec.render.RenderedConfig;
import dev.zonec.platform.Targets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The port terminal compiled in-process with the lab inventory: the resolved policy and each router's rule files. */
record LabSite(Site site, List<RenderedConfig> configs) {

    /**
     * Waivers are judged against a fixed date so the test does not start failing when a waiver of the port terminal
     * expires; waiver expiry is the checks' business, not the kernel's.
     */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    LabSite {
        configs = List.copyOf(configs);
    }

    static LabSite compile(Path siteFolder, Path inventory) {
        Diagnostics loading = new Diagnostics();
        SiteSource source = SiteLoader.load(siteFolder, siteFolder.toString(), Optional.of(inventory), loading);
        assertFalse(loading.hasErrors(), () -> "cannot read " + siteFolder + ": " + describe(loading.sorted()));
        PipelineResult result = Pipeline.run(source, Targets.standard(), TODAY);
        assertFalse(result.hasErrors(), () -> "the lab inventory does not compile: " + describe(result.diagnostics()));
        assertTrue(result.site().isPresent(), "no resolved site");
        return new LabSite(result.site().get(), result.configs());
    }

    private static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).map(d -> d.code() + ": " + d.message()).collect(Collectors.joining("\n"));
    }
}
