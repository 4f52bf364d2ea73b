package dev.zonec.cli;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.platform.Targets;
import dev.zonec.render.PriorOutput;
import dev.zonec.report.Reports;
import dev.zonec.support.Workers;
import dev.zonec.verify.ProofCache;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that reads a site shares; subclasses say where the site folder comes from. */
abstract class RunOptions {

    @Option(names = "--inventory", paramLabel = "FILE", description = "Inventory file (default: DIR/inventory.yaml).")
    Path inventory;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Reports format;

    @Option(names = "--debug", description = "On an internal error, print the details.")
    boolean debug;

    @Option(names = "--timings", description = "Print the time and memory of each stage and each device's proof (to stderr).")
    boolean timings;

    @Option(names = "--threads", paramLabel = "N",
            description = "Render and prove up to N devices at once (default: one per core); output is identical for any N.")
    Integer threads;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge waiver expiry as of this date (default: the current date).")
    LocalDate today;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** The site folder, as the user typed it. */
    abstract Path site();

    /** Loads the site and runs every stage; a site that cannot be read stops after loading. */
    PipelineResult run(Main main) {
        return run(main, false);
    }

    /** As {@link #run(Main)}; with {@code verify}, every rendered config is also proven equivalent to the policy. */
    PipelineResult run(Main main, boolean verify) {
        return run(main, verify, Optional.empty(), PriorOutput.NONE);
    }

    /**
     * As above, proofs taken from and remembered in {@code proofCache}, and each device rendered as a load onto what
     * {@code prior} left there.
     */
    PipelineResult run(Main main, boolean verify, Optional<ProofCache> proofCache, PriorOutput prior) {
        if (mixee != null) {
            validate(mixee.commandLine());
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = SiteLoader.load(main.resolve(site()), site().toString(),
                Optional.ofNullable(inventory).map(main::resolve), diagnostics);
        if (diagnostics.hasErrors()) {
            return new PipelineResult(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), diagnostics.sorted());
        }
        PipelineResult result = Pipeline.run(source, Targets.standard(), today != null ? today : LocalDate.now(),
                verify, threads(), proofCache, prior);
        if (diagnostics.sorted().isEmpty()) {
            return result;
        }
        // warnings from reading the files (a non-UTF-8 byte in a comment) belong to the run's report
        List<dev.zonec.model.diag.Diagnostic> all = new java.util.ArrayList<>(diagnostics.sorted());
        all.addAll(result.diagnostics());
        all.sort(dev.zonec.model.diag.Diagnostic.ORDER);
        return new PipelineResult(result.site(), result.ir(), result.invariants(), result.configs(), result.proofs(),
                all, result.times());
    }

    int threads() {
        return threads != null ? threads : Workers.available();
    }

    /** Rejects option values picocli's types accept but zonec cannot use; picocli prints the one line. */
    void validate(picocli.CommandLine commandLine) {
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "Invalid value for option '--threads': " + threads + " (at least 1)");
        }
    }
}
