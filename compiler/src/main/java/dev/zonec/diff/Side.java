package dev.zonec.diff;

import dev.zonec.check.InvariantResult;
import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteSource;
import dev.zonec.driver.StageTime;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.render.RenderedConfig;
import dev.zonec.platform.Targets;
import dev.zonec.render.Rendering;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One side of a plan: a version of the site, checked and rendered. {@code label} names it for the reader (the folder
 * or the git revision). When the check finds errors the site is still lowered and rendered, so the plan can show what
 * would change; {@code compiles} says whether {@code zonec compile} would write it.
 */
public record Side(String label, Optional<Site> site, Optional<Ir> ir, List<InvariantResult> invariants,
                   List<Diagnostic> diagnostics, List<RenderedConfig> configs, boolean present, List<StageTime> times) {

    public Side {
        invariants = List.copyOf(invariants);
        diagnostics = List.copyOf(diagnostics);
        configs = List.copyOf(configs);
        times = List.copyOf(times);
    }

    /** A side without a site: the folder does not exist in that revision. */
    public static Side absent(String label) {
        return new Side(label, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), false, List.of());
    }

    /** Checks and renders a site's files (no proofs: the plan compares what would be emitted). */
    public static Side of(String label, SiteSource source, Diagnostics loading, LocalDate today, int threads) {
        if (loading.hasErrors()) {
            return new Side(label, Optional.empty(), Optional.empty(), List.of(), loading.sorted(), List.of(), true, List.of());
        }
        Targets targets = Targets.standard();
        PipelineResult result = Pipeline.run(source, targets, today, false, threads);
        List<RenderedConfig> configs = result.configs();
        if (configs.isEmpty() && result.site().isPresent() && result.ir().isPresent()) {
            // the check failed: render anyway, so the reader sees what the change would do to each device
            configs = Rendering.render(result.site().get(), result.ir().get(), targets, new Diagnostics(), threads);
        }
        return new Side(label, result.site(), result.ir(), result.invariants(), result.diagnostics(), configs, true,
                result.times());
    }

    public boolean compiles() {
        return present && site.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
