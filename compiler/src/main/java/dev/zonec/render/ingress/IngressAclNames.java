package dev.zonec.render.ingress;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.render.NameCheck;

/**
 * The name an ingress ACL or filter gets from its zone ({@code zc-in-control}, {@code zc-in6-control}), and the
 * check that the platform accepts it, reported where the zone is defined.
 */
public final class IngressAclNames {

    private IngressAclNames() {}

    public static String of(IngressAcl acl) {
        return of(acl.zone(), acl.family());
    }

    public static String of(String zone, IpFamily family) {
        return (family == IpFamily.V6 ? "zc-in6-" : "zc-in-") + zone;
    }

    /** ZC0504 for every ACL name of the device that the platform's name rule refuses. */
    public static void check(DeviceIr device, Site site, String what, Diagnostics diagnostics) {
        for (IngressAcl acl : IngressAcls.everyVersion(device)) {
            Zone zone = site.zonesByName().get(acl.zone());
            NameCheck.check(device.device(), of(acl), what, zone.span(), diagnostics);
        }
    }
}
