package dev.zonec.cli;

import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.Pipeline;
import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.render.RendererRegistry;
import dev.zonec.report.Reports;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads a site shares. */
final class SiteOptions {

    @Parameters(index = "0", paramLabel = "DIR", description = "The site folder: *.zc policy files and inventory.yaml.")
    Path site;

    @Option(names = "--inventory", paramLabel = "FILE", description = "Inventory file (default: DIR/inventory.yaml).")
    Path inventory;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Reports format;

    @Option(names = "--debug", description = "On an internal error, print the details.")
    boolean debug;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge waiver expiry as of this date (default: the current date).")
    LocalDate today;

    /** Loads the site and runs every stage; a site that cannot be read stops after loading. */
    PipelineResult run(Main main) {
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = SiteLoader.load(main.resolve(site), site.toString(),
                Optional.ofNullable(inventory).map(main::resolve), diagnostics);
        if (diagnostics.hasErrors()) {
            return new PipelineResult(Optional.empty(), Optional.empty(), java.util.List.of(), java.util.List.of(),
                    diagnostics.sorted());
        }
        return Pipeline.run(source, RendererRegistry.standard(), today != null ? today : LocalDate.now());
    }
}
