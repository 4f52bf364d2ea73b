package dev.zonec.platform.cisco;

import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.cisco.readback.ios.CiscoIosReadBack;
import dev.zonec.platform.cisco.render.ios.CiscoIosRenderer;
import java.util.List;
import java.util.Map;

/** Cisco IOS / IOS-XE: stateless named extended ACLs applied inbound. */
public final class CiscoIos extends BaseTarget {
    public static final Platform PLATFORM = new Platform("cisco-ios", new Capabilities(false, FilterScope.INGRESS,
            true, true, 100, NameRule.of("[A-Za-z][A-Za-z0-9_-]*", 64), Map.of()));

    public CiscoIos() {
        super(PLATFORM, InterfaceNaming.unchecked(n -> "Vlan" + (100 + n)).identifiedBy(CiscoInterfaceNames.IOS), new CiscoIosRenderer(), new CiscoIosReadBack(), new CiscoBatfish("cisco_ios", List.of(CiscoBatfish.ipv6ListRemoval(),
                CiscoBatfish.removal("no object-group network \\S+", "object group"))));
    }
}
