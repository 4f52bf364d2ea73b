package dev.zonec.platform.cisco;

import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.BatfishSupport.KnownGap;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.cisco.readback.eos.AristaEosReadBack;
import dev.zonec.platform.cisco.render.eos.AristaEosRenderer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Arista EOS 4.2x: stateless ACLs with sequence numbers, applied inbound. EOS speaks the Cisco-style CLI, so it
 * shares the family's ACL shapes on both the render and the read-back side.
 */
public final class AristaEos extends BaseTarget {
    public static final Platform PLATFORM = new Platform("arista-eos", new Capabilities(false, FilterScope.INGRESS,
            true, true, 100, NameRule.of("[A-Za-z][A-Za-z0-9_-]*", 100), Map.of()));
    private static final String VLAN_ID = "(?:[1-9][0-9]{0,2}|[1-3][0-9]{3}|40[0-8][0-9]|409[0-4])";
    /** Interfaces an ACL can be applied to: Ethernet ports (with module/breakout lanes), port-channels, subinterfaces, SVIs. */
    public static final InterfaceNaming INTERFACES = InterfaceNaming.checked(Pattern.compile(
                    "(?:Ethernet[1-9][0-9]*(?:/[1-9][0-9]*){0,2}|Port-Channel[1-9][0-9]*)"
                            + "(?:\\." + VLAN_ID + ")?|Vlan" + VLAN_ID),
            "EOS ACLs are applied to EthernetN[/M[/L]], Port-ChannelN (each with an "
                    + "optional .SUBINTERFACE) or VlanN, with VLAN and subinterface numbers 1-4094",
            n -> "Vlan" + (100 + n)).identifiedBy(CiscoInterfaceNames.EOS);

    public AristaEos() {
        super(PLATFORM, INTERFACES, new AristaEosRenderer(), new AristaEosReadBack(), new CiscoBatfish("arista", List.of(
                CiscoBatfish.ipv6ListRemoval(),
                KnownGap.unrecognized("ipv6 access-group \\S+ in", "Batfish's EOS grammar does not bind IPv6 access "
                        + "lists to interfaces; zonec asks Batfish about IPv4 packets only"))));
    }
}
