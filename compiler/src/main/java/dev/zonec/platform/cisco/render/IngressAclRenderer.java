package dev.zonec.platform.cisco.render;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Site;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import java.util.List;

/**
 * The Cisco-family platforms that bind stateless ACLs inbound on each interface (IOS, NX-OS, EOS): one planner and
 * one name check, told apart by their {@link AclPlanner.Dialect}, their file's extension, its header and the
 * platform's escape. Each writes one file, {@code <device><extension>}, from its {@code device.ftl}.
 */
public abstract class IngressAclRenderer implements Renderer {
    private final AclPlanner.Dialect dialect;
    private final String extension;
    private final ConfigEscape escape;

    protected IngressAclRenderer(AclPlanner.Dialect dialect, String extension, ConfigEscape escape) {
        this.dialect = dialect;
        this.extension = extension;
        this.escape = escape;
    }

    /** The comment lines at the top of the device's file. */
    protected abstract List<String> header(DeviceIr device, Site site);

    @Override
    public final void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        // a staged file also writes each ACL under its temporary name, which must fit the platform's name rule too
        AclNameChecks.ingressAcls(device, site, dialect.style(), dialect.staged() ? AclPlanner.STAGED : "", diagnostics);
    }

    @Override
    public final List<FilePlan> plan(DeviceIr device, Site site) {
        return plan(device, site, Ownership.NONE);
    }

    /**
     * The file as a load onto what the previous output left on the device: staged through temporary ACLs where the
     * dialect says so ({@link AclView}), and removing the previous output's ACLs, groups and bindings this one does
     * not write.
     */
    @Override
    public final List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        AclPlanner.Load load = AclPlanner.plan(device, dialect, header(device, site), previous);
        return List.of(new FilePlan(device.device().name() + extension, "device.ftl", load.view(), load.owns(),
                load.removes()));
    }

    @Override
    public final ConfigEscape escape() {
        return escape;
    }
}
