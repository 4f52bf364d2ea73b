package dev.zonec.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Render stage entry point: checks every rule against its platform's capabilities, then renders one config per
 * device whose platform has a renderer. A device without one gets a warning and no file.
 */
public final class Rendering {

    private Rendering() {}

    public static List<RenderedConfig> render(Site site, Ir ir, RendererRegistry registry, Diagnostics diagnostics) {
        CapabilityCheck.check(site, ir, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        List<RenderedConfig> configs = new ArrayList<>();
        for (DeviceIr device : ir.devices()) {
            Optional<Renderer> renderer = registry.find(device.device().platform());
            if (renderer.isEmpty()) {
                diagnostics.report(Diagnostic.warning(Code.ZC0501, "no renderer for platform `"
                                + device.device().platform().id() + "` yet: no config is written for `" + device.device().name() + "`")
                        .at(device.device().span())
                        .help("its rules are still placed and checked; only the file is missing"));
                continue;
            }
            Diagnostics names = new Diagnostics();
            renderer.get().validate(device, site, names);
            names.sorted().forEach(diagnostics::report);
            if (names.hasErrors()) {
                continue;
            }
            configs.add(new RenderedConfig(device.device().name(), device.device().platform(),
                    renderer.get().render(device, site), device.rules().size()));
        }
        return diagnostics.hasErrors() ? List.of() : configs;
    }
}
