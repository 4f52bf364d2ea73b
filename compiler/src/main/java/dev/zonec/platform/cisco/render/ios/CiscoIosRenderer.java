package dev.zonec.platform.cisco.render.ios;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Site;
import dev.zonec.platform.cisco.render.IngressAclRenderer;
import dev.zonec.platform.cisco.render.AclPlanner;
import dev.zonec.render.ConfigEscape;
import java.util.List;

/**
 * Cisco IOS / IOS-XE: named extended ACLs applied inbound on each interface ({@code ip access-group NAME in},
 * {@code ipv6 traffic-filter NAME in}). IOS ACLs are stateless, so the lowering has already added the reply rules
 * (TCP {@code established}, mirrored UDP and ICMP). Addresses are chosen by {@link IosAddressStyle}; the template
 * {@code templates/cisco-ios/device.ftl} writes the syntax. Target: IOS 15.x and IOS-XE 16.x/17.x.
 */
public final class CiscoIosRenderer extends IngressAclRenderer {
    /**
     * IOS remarks keep what is typed after {@code remark}; a character outside printable ASCII becomes '?'. IPv6 ACLs
     * permit neighbour discovery before the explicit deny, as IOS's implicit IPv6 rules do.
     */
    private static final AclPlanner.Dialect DIALECT = new AclPlanner.Dialect(new IosAddressStyle(), 0, "", '?',
            "neighbour discovery, as in the implicit IPv6 ACL rules, and router solicitation",
            List.of(List.of("nd-na"), List.of("nd-ns"), List.of("router-solicitation")), true);

    public CiscoIosRenderer() {
        super(DIALECT, ".ios", new ConfigEscape("cisco-ios", "", '?'));
    }

    /**
     * The file swaps every ACL through a temporary one ({@link dev.zonec.platform.cisco.render.AclView}): IOS has no
     * configuration session, and an interface whose ACL is deleted and re-created permits everything in between.
     */
    @Override
    protected List<String> header(DeviceIr device, Site site) {
        return List.of(
                "zonec: " + device.device().name() + " (cisco-ios), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Named extended ACLs applied inbound; each ends in an explicit logged deny.",
                "Load: copy this file to the device's flash, then `copy flash:" + device.device().name()
                        + ".ios running-config` (docs/platforms/cisco-ios.md).");
    }
}
