package dev.zonec.driver;

import dev.zonec.check.Checker;
import dev.zonec.check.InvariantResult;
import dev.zonec.inventory.InventoryLoader;
import dev.zonec.lower.Lowering;
import dev.zonec.model.ast.PolicyFile;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.inventory.Inventory;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.parse.PolicyParser;
import dev.zonec.platform.Targets;
import dev.zonec.render.PriorOutput;
import dev.zonec.render.RenderedConfig;
import dev.zonec.render.Rendering;
import dev.zonec.resolve.Resolver;
import dev.zonec.support.Workers;
import dev.zonec.verify.ProofCache;
import dev.zonec.verify.Verifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages in order — parse and inventory, resolve, lower, check, render — and stops after the first
 * stage that reported an error, but runs every stage whose input is still sound first, so one run shows every
 * problem: parse and inventory are independent; resolve runs on what parsed (statements with syntax errors keep
 * their names, so their uses are not reported as unknown); the render stage's capability and name checks run even
 * when the rule pack failed, and the IEC 62443 rule pack, which judges the policy alone, runs when a flow
 * cannot be placed. Nothing is rendered or written after an error.
 */
public final class Pipeline {

    private Pipeline() {}

    /**
     * @param today the date waivers are judged against (a parameter so reports are reproducible: {@code --today})
     */
    public static PipelineResult run(SiteSource source, Targets targets, LocalDate today) {
        return run(source, targets, today, false);
    }

    /**
     * @param verify also prove every rendered config equivalent to the policy (translation validation)
     */
    public static PipelineResult run(SiteSource source, Targets targets, LocalDate today, boolean verify) {
        return run(source, targets, today, verify, Workers.available());
    }

    /**
     * @param threads how many devices to check, render and prove at once; the result is the same for any number
     */
    public static PipelineResult run(SiteSource source, Targets targets, LocalDate today, boolean verify,
                                     int threads) {
        return run(source, targets, today, verify, threads, Optional.empty(), PriorOutput.NONE);
    }

    /**
     * @param proofCache proofs remembered by content: a device proven before with the same inputs is not proven again
     * @param prior what the output folder held before: each device's file is a load onto that (stale names removed)
     */
    public static PipelineResult run(SiteSource source, Targets targets, LocalDate today, boolean verify,
                                     int threads, Optional<ProofCache> proofCache, PriorOutput prior) {
        Diagnostics diagnostics = new Diagnostics();
        List<StageTime> times = new ArrayList<>();
        Optional<Site> site = parseAndResolve(source, diagnostics, times);
        if (site.isEmpty()) {
            return stopped(diagnostics, Optional.empty(), Optional.empty(), List.of(), times);
        }
        StageTime.Clock clock = StageTime.start("lower");
        Ir ir = Lowering.lower(site.get(), diagnostics);
        times.add(clock.stop());
        if (diagnostics.hasErrors()) {
            Checker.rulePackOnly(site.get(), today, diagnostics);
            return stopped(diagnostics, site, Optional.of(ir), List.of(), times);
        }
        clock = StageTime.start("check");
        List<InvariantResult> invariants = Checker.check(site.get(), ir, today, diagnostics, threads);
        times.add(clock.stop());
        if (diagnostics.hasErrors()) {
            // the render stage's own checks need only the IR, not a clean rule pack: show their problems too
            Rendering.validate(site.get(), ir, targets, diagnostics, threads);
            return stopped(diagnostics, site, Optional.of(ir), invariants, times);
        }
        clock = StageTime.start("render");
        List<RenderedConfig> configs = Rendering.render(site.get(), ir, targets, source.templates(), diagnostics, threads,
                prior.forSite(site.get().name()));
        times.add(clock.stop());
        List<Verifier.DeviceResult> proofs = List.of();
        if (verify && !diagnostics.hasErrors()) {
            clock = StageTime.start("verify");
            proofs = Verifier.verify(site.get(), configs, targets, diagnostics, threads, proofCache);
            times.add(clock.stop());
        }
        return new PipelineResult(site, Optional.of(ir), invariants, diagnostics.hasErrors() ? List.of() : configs,
                proofs, diagnostics.sorted(), times);
    }

    /**
     * Parse and inventory, then resolve: the site, or empty when the run stops here. The parse trees are not needed
     * after resolving, and end with this method: kept in the caller's frame, they stayed referenced through the proofs.
     */
    private static Optional<Site> parseAndResolve(SiteSource source, Diagnostics diagnostics, List<StageTime> times) {
        StageTime.Clock clock = StageTime.start("parse");
        List<PolicyFile> files = PolicyParser.parse(source.policies(), diagnostics);
        long policyErrors = diagnostics.errorCount();
        Optional<Inventory> inventory = source.inventory().map(f -> InventoryLoader.load(f, diagnostics));
        times.add(clock.stop());
        // resolve runs after syntax errors too (broken statements keep their names, so no "unknown" cascades) and
        // after inventory errors, unless the inventory's device list could not be read at all
        boolean inventoryRead = inventory.isPresent() && (diagnostics.errorCount() == policyErrors
                || !inventory.get().devices().isEmpty() || !inventory.get().broken().isEmpty());
        if (!inventoryRead) {
            return Optional.empty();
        }
        clock = StageTime.start("resolve");
        Optional<Site> site = Resolver.resolve(files, inventory.get(), diagnostics);
        times.add(clock.stop());
        return diagnostics.hasErrors() ? Optional.empty() : site;
    }

    private static PipelineResult stopped(Diagnostics diagnostics, Optional<Site> site, Optional<Ir> ir,
                                          List<InvariantResult> invariants, List<StageTime> times) {
        return new PipelineResult(site, ir, invariants, List.of(), List.of(), diagnostics.sorted(), times);
    }
}
