package dev.zonec.render.ingress;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a device's rules the way ingress-ACL platforms (Cisco IOS, NX-OS, ASA, Arista EOS) apply them: one ACL
 * per ingress zone and IP version (or one per zone for both versions, {@link #dualStack}), in rule order. A rule
 * placed for several egress zones appears once, because an ingress ACL cannot name the egress. Each permit is one
 * source endpoint, one destination endpoint and one match.
 */
public final class IngressAcls {

    private IngressAcls() {}

    /**
     * The ACLs of the device. IPv6 ACLs are built only when the site uses IPv6 at all; then every zone the device
     * faces gets one, so IPv6 is denied by default there too.
     */
    public static List<IngressAcl> of(DeviceIr device, Site site) {
        boolean siteHasV6 = site.zones().stream().anyMatch(z -> z.hasFamily(IpFamily.V6));
        return perVersion(device, siteHasV6);
    }

    /**
     * The ACLs of a device that filters each IP version with its own ACL bound to the interface (Cisco IOS, NX-OS,
     * Arista EOS): both versions for every zone, whether the site uses IPv6 or not. An interface with no IPv6 ACL
     * forwards every IPv6 packet as soon as IPv6 is enabled on it, which the device's config outside zonec's file
     * decides; an IPv6 ACL that only denies keeps the default deny true either way.
     */
    public static List<IngressAcl> everyVersion(DeviceIr device) {
        return perVersion(device, true);
    }

    private static List<IngressAcl> perVersion(DeviceIr device, boolean v6) {
        List<IngressAcl> acls = new ArrayList<>();
        Map<String, List<IrRule>> byZone = byIngressZone(device);
        for (String zone : device.device().zones()) {
            for (IpFamily family : IpFamily.values()) {
                if (family == IpFamily.V6 && !v6) {
                    continue;
                }
                acls.add(new IngressAcl(zone, family, device.device().interfacesFacing(zone),
                        lines(byZone.getOrDefault(zone, List.of()), Set.of(family))));
            }
        }
        return acls;
    }

    /**
     * The ACLs of a device whose ACLs hold both IP versions (ASA 9.x unified ACLs): one per ingress zone, IPv4 and
     * IPv6 permits in rule order.
     */
    public static List<DualStackAcl> dualStack(DeviceIr device) {
        List<DualStackAcl> acls = new ArrayList<>();
        Map<String, List<IrRule>> byZone = byIngressZone(device);
        for (String zone : device.device().zones()) {
            acls.add(new DualStackAcl(zone, device.device().interfacesFacing(zone),
                    lines(byZone.getOrDefault(zone, List.of()), Set.of(IpFamily.values()))));
        }
        return acls;
    }

    /**
     * The device's rules by ingress zone, each in rule order: one pass, where asking every zone of every rule was
     * zones times rules (a core facing 500 zones with 100,000 rules: 100 million comparisons per IP version).
     */
    private static Map<String, List<IrRule>> byIngressZone(DeviceIr device) {
        Map<String, List<IrRule>> byZone = new HashMap<>();
        for (IrRule rule : device.rules()) {
            byZone.computeIfAbsent(rule.inZone(), z -> new ArrayList<>()).add(rule);
        }
        return byZone;
    }

    /** The lines of one ingress zone's rules (in rule order) of the given IP versions. */
    private static List<AclLine> lines(List<IrRule> zoneRules, Set<IpFamily> families) {
        // identical permits of the same rule for another egress zone add nothing on an ingress ACL: the first one's
        // lines enforce them all
        Map<List<Object>, List<IrRule>> same = new LinkedHashMap<>();
        for (IrRule rule : zoneRules) {
            if (families.contains(rule.family())) {
                same.computeIfAbsent(List.of(rule.flowId(), rule.kind(), rule.family(), rule.service().name(),
                        rule.sources(), rule.destinations(), rule.matches()), k -> new ArrayList<>()).add(rule);
            }
        }
        List<AclLine> lines = new ArrayList<>();
        for (List<IrRule> rules : same.values()) {
            IrRule rule = rules.get(0);
            lines.add(new AclLine.Remark(rule, rules));
            for (Endpoint src : rule.sources()) {
                for (Endpoint dst : rule.destinations()) {
                    for (Match match : rule.matches()) {
                        lines.add(new AclLine.Permit(rule, rules, src, dst, match));
                    }
                }
            }
        }
        return lines;
    }
}
