package dev.zonec.platform.cisco.render;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.render.NameCheck;
import dev.zonec.render.ingress.AclLine;
import dev.zonec.render.ingress.IngressAcl;
import dev.zonec.render.ingress.IngressAclNames;
import dev.zonec.render.ingress.IngressAcls;
import java.util.Collection;

/** The ZC0504 checks every ingress-ACL renderer makes on the names it derives from the policy. */
public final class AclNameChecks {

    private AclNameChecks() {}

    /**
     * The names of per-zone, per-version ingress ACLs ({@link IngressAcls#everyVersion}) and of the address groups their
     * entries refer to in {@code style}.
     */
    public static void ingressAcls(DeviceIr device, Site site, AddressStyle style, Diagnostics diagnostics) {
        ingressAcls(device, site, style, "", diagnostics);
    }

    /** As above, where the file also writes each ACL under its name and {@code staged} (a temporary ACL). */
    public static void ingressAcls(DeviceIr device, Site site, AddressStyle style, String staged,
                                   Diagnostics diagnostics) {
        AclAddresses addresses = new AclAddresses(style);
        for (IngressAcl acl : IngressAcls.everyVersion(device)) {
            zoneAcl(device.device(), site, acl.zone(), IngressAclNames.of(acl) + staged, diagnostics);
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Permit permit) {
                    addresses.operands(permit.source(), acl.family(), permit.rules());
                    addresses.operands(permit.destination(), acl.family(), permit.rules());
                }
            }
        }
        groups(device.device(), addresses.groups(), diagnostics);
    }

    /** An ACL name derived from a zone name, reported at the zone's definition. */
    public static void zoneAcl(Device device, Site site, String zone, String aclName, Diagnostics diagnostics) {
        Zone z = site.zonesByName().get(zone);
        NameCheck.check(device, aclName, "access list", z.span(), diagnostics);
    }

    /** Address definitions named after assets, families and zones, reported where each is defined. */
    public static void groups(Device device, Collection<AddressGroup> groups, Diagnostics diagnostics) {
        for (AddressGroup group : groups) {
            NameCheck.check(device, group.name(), "address object", group.endpoint().span(), diagnostics);
        }
    }
}
