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
import dev.zonec.render.RenderedConfig;
import dev.zonec.render.RendererRegistry;
import dev.zonec.render.Rendering;
import dev.zonec.resolve.Resolver;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.ReadBackRegistry;
import dev.zonec.verify.Verifier;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the stages in order — parse and inventory, resolve, lower, check, render — and stops after the first
 * stage that reported an error. Parse and inventory are independent, so both run before stopping: a user sees
 * the problems of every input file at once.
 */
public final class Pipeline {

    private Pipeline() {}

    /**
     * @param today the date waivers are judged against (a parameter so reports are reproducible: {@code --today})
     */
    public static PipelineResult run(SiteSource source, RendererRegistry renderers, LocalDate today) {
        return run(source, renderers, today, false);
    }

    /**
     * @param verify also prove every rendered config equivalent to the policy (translation validation)
     */
    public static PipelineResult run(SiteSource source, RendererRegistry renderers, LocalDate today, boolean verify) {
        Diagnostics diagnostics = new Diagnostics();
        List<PolicyFile> files = PolicyParser.parse(source.policies(), diagnostics);
        Optional<Inventory> inventory = source.inventory().map(f -> InventoryLoader.load(f, diagnostics));
        if (diagnostics.hasErrors() || inventory.isEmpty()) {
            return stopped(diagnostics, Optional.empty(), Optional.empty(), List.of());
        }
        Optional<Site> site = Resolver.resolve(files, inventory.get(), diagnostics);
        if (diagnostics.hasErrors() || site.isEmpty()) {
            return stopped(diagnostics, Optional.empty(), Optional.empty(), List.of());
        }
        Ir ir = Lowering.lower(site.get(), diagnostics);
        if (diagnostics.hasErrors()) {
            return stopped(diagnostics, site, Optional.of(ir), List.of());
        }
        List<InvariantResult> invariants = Checker.check(site.get(), ir, today, diagnostics);
        if (diagnostics.hasErrors()) {
            return stopped(diagnostics, site, Optional.of(ir), invariants);
        }
        List<RenderedConfig> configs = Rendering.render(site.get(), ir, renderers, diagnostics);
        List<Verifier.DeviceResult> proofs = List.of();
        if (verify && !diagnostics.hasErrors()) {
            Map<String, List<SourceFile>> rendered = new LinkedHashMap<>();
            for (RenderedConfig c : configs) {
                rendered.put(c.device(), c.files().stream().map(f -> new SourceFile(f.name(), f.text())).toList());
            }
            proofs = Verifier.verify(site.get(), rendered, ReadBackRegistry.standard(), diagnostics);
        }
        return new PipelineResult(site, Optional.of(ir), invariants, diagnostics.hasErrors() ? List.of() : configs,
                proofs, diagnostics.sorted());
    }

    private static PipelineResult stopped(Diagnostics diagnostics, Optional<Site> site, Optional<Ir> ir,
                                          List<InvariantResult> invariants) {
        return new PipelineResult(site, ir, invariants, List.of(), List.of(), diagnostics.sorted());
    }
}
