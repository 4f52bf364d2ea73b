package dev.zonec.driver;

import dev.zonec.check.InvariantResult;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.render.RenderedConfig;
import dev.zonec.verify.Verifier;
import java.util.List;
import java.util.Optional;

/** Everything one run produced; later parts are empty when an earlier stage stopped the run. */
public record PipelineResult(Optional<Site> site, Optional<Ir> ir, List<InvariantResult> invariants,
                             List<RenderedConfig> configs, List<Verifier.DeviceResult> proofs,
                             List<Diagnostic> diagnostics, List<StageTime> times) {
    public PipelineResult {
        invariants = List.copyOf(invariants);
        configs = List.copyOf(configs);
        proofs = List.copyOf(proofs);
        times = List.copyOf(times);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A result made outside the pipeline (a site that could not be read, a verify of a folder). */
    public PipelineResult(Optional<Site> site, Optional<Ir> ir, List<InvariantResult> invariants,
                          List<RenderedConfig> configs, List<Verifier.DeviceResult> proofs, List<Diagnostic> diagnostics) {
        this(site, ir, invariants, configs, proofs, diagnostics, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == dev.zonec.model.diag.Severity.WARNING && !d.isWaived()).count();
    }
}
