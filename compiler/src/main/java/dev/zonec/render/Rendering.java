package dev.zonec.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import dev.zonec.support.Workers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Render stage entry point: checks every rule against its platform's capabilities, then renders one config per
 * device whose platform has a target: the target checks the interface names, its renderer validates and plans the
 * files, and the platform's templates (a site's own first) write them with their source maps. A device without a
 * target gets a warning and no file.
 */
public final class Rendering {

    private Rendering() {}

    public static List<RenderedConfig> render(Site site, Ir ir, Targets targets, Diagnostics diagnostics) {
        return render(site, ir, targets, Map.of(), diagnostics, 1);
    }

    /** As above, devices rendered on up to {@code threads} threads; the result does not depend on how many. */
    public static List<RenderedConfig> render(Site site, Ir ir, Targets targets, Diagnostics diagnostics,
                                              int threads) {
        return render(site, ir, targets, Map.of(), diagnostics, threads);
    }

    /**
     * The checks of this stage without writing anything: every rule against its platform's capabilities (ZC0502,
     * ZC0503) and every name against its platform (ZC0504). The driver runs them after an earlier, independent
     * check failed, so one run shows these problems too.
     */
    public static void validate(Site site, Ir ir, Targets targets, Diagnostics diagnostics, int threads) {
        run(site, ir, targets, Map.of(), diagnostics, threads, false, PriorOutput.NONE);
    }

    /**
     * As above, with the site's own templates ({@code cisco-ios/device.ftl} → the file) in front of the built-in
     * ones. A site template that fails is ZC0507 at its line; its output is proven like any other.
     */
    public static List<RenderedConfig> render(Site site, Ir ir, Targets targets, Map<String, SourceFile> siteTemplates,
                                              Diagnostics diagnostics, int threads) {
        return render(site, ir, targets, siteTemplates, diagnostics, threads, PriorOutput.NONE);
    }

    /**
     * As above, each device planned as a load onto what the previous output in the folder left there ({@code prior}):
     * the file then also removes what that output created and this one no longer does.
     */
    public static List<RenderedConfig> render(Site site, Ir ir, Targets targets, Map<String, SourceFile> siteTemplates,
                                              Diagnostics diagnostics, int threads, PriorOutput prior) {
        return run(site, ir, targets, siteTemplates, diagnostics, threads, !diagnostics.hasErrors(), prior);
    }

    private static List<RenderedConfig> run(Site site, Ir ir, Targets targets, Map<String, SourceFile> siteTemplates,
                                            Diagnostics diagnostics, int threads, boolean write, PriorOutput prior) {
        CapabilityCheck.check(site, ir, diagnostics);
        // names are validated even when a capability failed: the two are independent, so both are shown
        boolean render = write && !diagnostics.hasErrors();
        Templates templates = templates(targets, siteTemplates);
        List<DeviceOutcome> outcomes = Workers.map(ir.devices(), threads, () -> null,
                (none, device) -> render(site, device, targets, templates, siteTemplates, render, prior));
        List<RenderedConfig> configs = new ArrayList<>();
        for (DeviceOutcome outcome : outcomes) {
            outcome.diagnostics().sorted().forEach(diagnostics::report);
            outcome.config().ifPresent(configs::add);
        }
        if (!diagnostics.hasErrors()) {
            for (SourceFile unused : templates.unused()) {
                diagnostics.report(Diagnostic.warning(Code.ZC0508, "`" + unused.sitePath() + "` replaces no template "
                                + "of a device of this site")
                        .at(new Span(unused, 1, 1, 1))
                        .help("a site template is templates/<platform>/<name>.ftl, named as the built-in one it "
                                + "replaces (or included by one), for a platform the inventory uses"));
            }
        }
        return diagnostics.hasErrors() ? List.of() : configs;
    }

    /** The templates of these targets, each platform's folder with its renderer's escape, and the site's own. */
    public static Templates templates(Targets targets, Map<String, SourceFile> siteTemplates) {
        Map<String, ConfigEscape> escapes = new LinkedHashMap<>();
        targets.all().forEach(t -> escapes.put(t.id(), t.renderer().escape()));
        return Templates.of(escapes, siteTemplates);
    }

    /**
     * One device's files as {@code renderer} plans them, written by {@code platform}'s built-in templates: for tests
     * that render with a renderer of their own making.
     */
    public static List<OutputFile> files(String platform, Renderer renderer, DeviceIr device, Site site) {
        Templates templates = templates(Targets.standard(), Map.of());
        List<OutputFile> files = new ArrayList<>();
        for (FilePlan plan : renderer.plan(device, site)) {
            try {
                files.add(templates.render(platform, plan));
            } catch (Templates.Failure e) {
                throw new IllegalStateException("template " + e.template() + " failed: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private record DeviceOutcome(Optional<RenderedConfig> config, Diagnostics diagnostics) {}

    private static DeviceOutcome render(Site site, DeviceIr device, Targets targets, Templates templates,
                                        Map<String, SourceFile> siteTemplates, boolean write, PriorOutput prior) {
        Diagnostics own = new Diagnostics();
        Optional<Target> target = targets.find(device.device().platform());
        if (target.isEmpty()) {
            own.report(Diagnostic.warning(Code.ZC0501, "no renderer for platform `"
                            + device.device().platform().id() + "` yet: no config is written for `" + device.device().name() + "`")
                    .at(device.device().span())
                    .help("its rules are still placed and checked; only the file is missing"));
            return new DeviceOutcome(Optional.empty(), own);
        }
        target.get().interfaces().check(device.device(), own);
        Renderer renderer = target.get().renderer();
        renderer.validate(device, site, own);
        if (own.hasErrors() || !write) {
            return new DeviceOutcome(Optional.empty(), own);
        }
        List<OutputFile> files = new ArrayList<>();
        Ownership previous = prior.of(device.device().name(), device.device().platform().id());
        for (FilePlan plan : renderer.plan(device, site, previous)) {
            try {
                files.add(templates.render(target.get().id(), plan));
            } catch (Templates.Failure e) {
                SourceFile template = siteTemplates.get(e.template());
                if (template == null) {
                    throw new IllegalStateException("built-in template " + e.template() + " failed: " + e.getMessage(), e);
                }
                int line = Math.max(1, e.line());
                own.report(Diagnostic.error(Code.ZC0507, "the site's template `" + e.template() + "` failed for `"
                                + device.device().name() + "`: " + e.getMessage())
                        .at(new Span(template, line, Math.max(1, e.column()), e.width()))
                        .help("fix the template, or remove it to use the built-in one"));
                return new DeviceOutcome(Optional.empty(), own);
            }
        }
        return new DeviceOutcome(Optional.of(new RenderedConfig(device.device().name(), device.device().platform(),
                files, device.rules().size(), device.rules())), own);
    }
}
