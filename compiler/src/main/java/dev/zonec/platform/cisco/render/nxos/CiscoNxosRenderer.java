package dev.zonec.platform.cisco.render.nxos;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Site;
import dev.zonec.platform.cisco.render.IngressAclRenderer;
import dev.zonec.platform.cisco.render.AclPlanner;
import dev.zonec.render.ConfigEscape;
import java.util.List;

/**
 * Cisco NX-OS (Nexus 9000, NX-OS 9.3 and 10.x): router ACLs with sequence numbers, applied inbound on the routed
 * interfaces and SVIs of the inventory ({@code ip access-group NAME in}, {@code ipv6 traffic-filter NAME in}).
 * NX-OS ACLs are stateless, so the lowering has already added the reply rules; TCP replies use {@code established}
 * (ACK or RST set), which NX-OS accepts in IPv4 and IPv6 ACLs. Addresses are chosen by {@link NxosAddressStyle}; the
 * template {@code templates/cisco-nxos/device.ftl} writes the syntax.
 */
public final class CiscoNxosRenderer extends IngressAclRenderer {
    /**
     * Object-group entries are numbered in tens, as NX-OS numbers them itself; ACL entries are not numbered (0), so a
     * rule added or moved renumbers no line of the file.
     */
    private static final int STEP = 10;
    /**
     * '?' asks the NX-OS CLI for help while a line is typed or pasted: never let it reach a remark. NX-OS has no
     * implicit neighbour-discovery permits: without them the final deny cuts IPv6 off.
     */
    private static final AclPlanner.Dialect DIALECT = new AclPlanner.Dialect(new NxosAddressStyle(STEP), 0, "?",
            '_', "neighbour discovery and router discovery, which the final deny would drop",
            List.of(List.of("nd-na"), List.of("nd-ns"), List.of("router-advertisement"),
                    List.of("router-solicitation")), true);

    public CiscoNxosRenderer() {
        super(DIALECT, ".nxos", new ConfigEscape("cisco-nxos", "?", '_'));
    }

    /**
     * The file is loaded in a configuration session, which commits it whole or not at all, and inside it swaps every
     * ACL through a temporary one ({@link dev.zonec.platform.cisco.render.AclView}), so that whatever order the
     * commit programs the line cards in, no interface is ever without its ACL.
     */
    @Override
    protected List<String> header(DeviceIr device, Site site) {
        String name = device.device().name();
        return List.of(
                "zonec: " + name + " (cisco-nxos), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Router ACLs applied inbound; each ends in an explicit logged deny. Target: NX-OS 9.3(x) and 10.x.",
                "Load in one commit: configure session zonec-" + name + ", paste this file, verify, commit",
                "(docs/platforms/cisco-nxos.md).");
    }
}
