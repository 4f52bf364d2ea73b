package dev.zonec.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import dev.zonec.support.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Render stage entry point: checks every rule against its platform's capabilities, then renders one config per
 * device whose platform has a target. A device without one gets a warning and no file.
 */
public final class Rendering {

    private Rendering() {}

    public static List<RenderedConfig> render(Site site, Ir ir, Targets targets, Diagnostics diagnostics) {
        return render(site, ir, targets, diagnostics, 1);
    }

    /** As above, devices rendered on up to {@code threads} threads; the result does not depend on how many. */
    public static List<RenderedConfig> render(Site site, Ir ir, Targets targets, Diagnostics diagnostics,
                                              int threads) {
        CapabilityCheck.check(site, ir, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        List<DeviceOutcome> outcomes = Workers.map(ir.devices(), threads, () -> null,
                (none, device) -> render(site, device, targets));
        List<RenderedConfig> configs = new ArrayList<>();
        for (DeviceOutcome outcome : outcomes) {
            outcome.diagnostics().sorted().forEach(diagnostics::report);
            outcome.config().ifPresent(configs::add);
        }
        return diagnostics.hasErrors() ? List.of() : configs;
    }

    private record DeviceOutcome(Optional<RenderedConfig> config, Diagnostics diagnostics) {}

    private static DeviceOutcome render(Site site, DeviceIr device, Targets targets) {
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
        if (own.hasErrors()) {
            return new DeviceOutcome(Optional.empty(), own);
        }
        return new DeviceOutcome(Optional.of(new RenderedConfig(device.device().name(), device.device().platform(),
                renderer.render(device, site), device.rules().size())), own);
    }
}
