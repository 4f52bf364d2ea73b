package dev.zonec.platform.cisco;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.cisco.readback.asa.CiscoAsaReadBack;
import dev.zonec.platform.cisco.render.asa.CiscoAsaRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Cisco ASA 9.x, routed mode, single context: stateful, one unified ACL per zone applied inbound. */
public final class CiscoAsa extends BaseTarget {
    public static final Platform PLATFORM = new Platform("cisco-asa", new Capabilities(true, FilterScope.INGRESS,
            true, true, 100, NameRule.of("[A-Za-z][A-Za-z0-9_.-]*", 64,
            "any", "any4", "any6", "host", "interface", "object", "object-group"), Map.of(),
            Capabilities.OwnTraffic.MANAGEMENT_LINES));
    /**
     * Physical, sub-, port-channel, redundant, VLAN and bridge-group interfaces, as ASA writes them, or an interface's
     * name ({@code nameif}: a letter, then letters, digits, '.', '-', '_') where the inventory lists it by that.
     */
    private static final InterfaceNaming INTERFACES = InterfaceNaming.checked(Pattern.compile(
                    Nameifs.HARDWARE.pattern() + "|[A-Za-z][A-Za-z0-9_.-]{0,47}"),
            "ASA interfaces are listed by hardware name, like GigabitEthernet0/0, GigabitEthernet0/1.100, Ethernet1/1, "
                    + "Port-channel1, Redundant1, Vlan10 or BVI1 (the nameif is then the zone's name), or by their "
                    + "nameif, like inside or dmz (a letter, then letters, digits, '.', '-', '_'; 48 at most)",
            n -> "GigabitEthernet0/" + n).identifiedBy(CiscoInterfaceNames.ASA);

    public CiscoAsa() {
        super(PLATFORM, INTERFACES, new CiscoAsaRenderer(), new CiscoAsaReadBack(), new CiscoBatfish("cisco_asa", List.of(
                CiscoBatfish.removal("clear configure access-list \\S+", "access list"),
                CiscoBatfish.removal("no object-group (network|service) \\S+", "object group"),
                CiscoBatfish.removal("no object network \\S+", "network object"))) {
            /**
             * The interfaces with the names zonec binds to: the operator's one-time setup, which zonec's file never
             * writes. Each gets a security level of its own (the levels decide nothing between interfaces that all
             * apply an inbound ACL, but two of one level would exchange nothing without
             * {@code same-security-traffic permit inter-interface}).
             */
            @Override
            public List<String> header(Device device) {
                List<String> lines = new ArrayList<>(super.header(device));
                int n = 0;
                for (Nameifs.Named named : Nameifs.of(device)) {
                    String hardware = named.fromZone() ? named.hardware().name() : "GigabitEthernet0/" + (100 + n);
                    lines.add("interface " + hardware);
                    lines.add(" nameif " + named.nameif());
                    lines.add(" security-level " + (100 - n));
                    lines.add("!");
                    n++;
                }
                return lines;
            }

            /**
             * Batfish's ASA model keeps an interface's access group as a filter applied after NAT, outside the plain
             * incoming filter that {@code @in} names (AsaConfiguration), so the packet is tested against the access list
             * applied in on the interface it enters by, by name.
             */
            @Override
            public FilterQuestion filterQuestion(Device device, Interface ingress, Interface egress, Site site) {
                return new FilterQuestion(new Filter.Named(CiscoAsaRenderer.aclName(ingress.zone())), List.of());
            }

            /** Batfish's ASA model may name an interface by its hardware name or by the {@code nameif} zonec gives it. */
            @Override
            public List<String> interfaceNames(Device device, Interface iface, Site site) {
                List<String> names = new ArrayList<>(List.of(iface.name()));
                Nameifs.of(device).stream().filter(n -> n.hardware().equals(iface)).findFirst()
                        .ifPresent(n -> names.add(n.nameif()));
                return names;
            }
        });
    }
}
