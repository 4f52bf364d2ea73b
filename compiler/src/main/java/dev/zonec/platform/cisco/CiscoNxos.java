package dev.zonec.platform.cisco;

import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.cisco.readback.nxos.CiscoNxosReadBack;
import dev.zonec.platform.cisco.render.nxos.CiscoNxosRenderer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Cisco NX-OS 9.3 and 10.x: stateless router ACLs with sequence numbers, applied inbound. */
public final class CiscoNxos extends BaseTarget {
    public static final Platform PLATFORM = new Platform("cisco-nxos", new Capabilities(false, FilterScope.INGRESS,
            true, true, 100, NameRule.of("[A-Za-z][A-Za-z0-9_-]*", 64), Map.of()));
    /** Routed interfaces, subinterfaces, port channels and SVIs, as NX-OS writes them in its configuration. */
    private static final InterfaceNaming INTERFACES = InterfaceNaming.checked(Pattern.compile(
                    "(?i)(?:Ethernet\\d+/\\d+(?:/\\d+)?(?:\\.\\d+)?|port-channel\\d+(?:\\.\\d+)?|Vlan\\d+)"),
            "NX-OS router ACLs apply on routed interfaces and SVIs: "
                    + "EthernetX/Y (or X/Y/Z, with .N for a subinterface), port-channelN(.N) or VlanN",
            n -> "Vlan" + (100 + n)).identifiedBy(CiscoInterfaceNames.NXOS);

    public CiscoNxos() {
        super(PLATFORM, INTERFACES, new CiscoNxosRenderer(), new CiscoNxosReadBack(), new CiscoBatfish("cisco_nx", List.of(CiscoBatfish.ipv6ListRemoval())));
    }
}
