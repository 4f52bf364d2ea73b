package dev.zonec.render;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Site;
import java.util.List;

/**
 * Turns one device's rules into its platform's configuration: a part of the platform's
 * {@link dev.zonec.platform.Target}. The platform's capabilities are in the device's
 * {@link dev.zonec.model.site.Platform}; the capability check has already refused what the platform cannot express,
 * and the target has checked the interface names.
 */
public interface Renderer {

    /**
     * Reports (ZC0504) every name this renderer would derive from the policy or take from the inventory that the
     * platform cannot accept: too long, wrong characters, a reserved word, an interface name the OS rejects. Called
     * before {@link #plan}; a device with an error here is not rendered.
     */
    default void validate(DeviceIr device, Site site, Diagnostics diagnostics) {}

    /**
     * Plans the device's files: for each, its name, its template (in the platform's template folder) and the view
     * the template is fed. Every rule here is one the platform can express (a function class it cannot inspect
     * arrives only when the policy accepted port-level enforcement for it on this device). The render stage runs
     * the templates, a site's own first.
     */
    List<FilePlan> plan(DeviceIr device, Site site);

    /** What the platform's templates may never write from a value: escaped in every {@code ${...}}. */
    ConfigEscape escape();

    /**
     * Plans the device as a load onto a device that may hold an earlier zonec output: {@code previous} is what the
     * previous output in the same folder created or deleted there ({@link Ownership#NONE} on a first compile). A
     * platform whose file removes what is stale (docs/loading.md) overrides this; by default the file is the same
     * as on a first load.
     */
    default List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        return plan(device, site);
    }
}
