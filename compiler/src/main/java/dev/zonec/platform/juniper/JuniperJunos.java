package dev.zonec.platform.juniper;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.juniper.readback.filter.JunosFilterReadBack;
import dev.zonec.platform.juniper.render.filter.JunosFilterRenderer;
import java.util.Map;
import java.util.regex.Pattern;

/** Juniper Junos firewall filters (MX, EX, QFX): stateless input filters on logical units. */
public final class JuniperJunos extends BaseTarget {
    public static final Platform PLATFORM = new Platform("juniper-junos", new Capabilities(false, FilterScope.INGRESS,
            true, true, 0, NameRule.of("[A-Za-z][A-Za-z0-9_-]*", 64), Map.of()));
    /** Junos logical unit numbers: 0 through 16385. */
    private static final String UNIT = "(?:0|[1-9][0-9]{0,3}|1[0-5][0-9]{3}|16[0-2][0-9]{2}|163[0-7][0-9]|1638[0-5])";
    /**
     * Data interfaces a firewall filter is applied to: Ethernet ports type-FPC/PIC/PORT with an optional channel
     * ({@code et-0/0/48:1}), aggregated Ethernet ({@code ae0}), IRB ({@code irb}) and the legacy EX VLAN interface
     * ({@code vlan}), each with its logical unit; management and loopback interfaces are not zone boundaries.
     */
    public static final Pattern INTERFACE = Pattern.compile(
            "(?<device>(?:ge|xe|et|mge|fe)-[0-9]{1,2}/[0-9]{1,2}/[0-9]{1,3}(?::[0-9]{1,2})?|ae[0-9]{1,3}|irb|vlan)"
                    + "\\.(?<unit>" + UNIT + ")");
    private static final InterfaceNaming INTERFACES = InterfaceNaming.checked(INTERFACE,
            "Junos filters attach to logical units: write DEVICE.UNIT, e.g. ge-0/0/0.0, xe-0/0/1.100, "
                    + "et-0/0/48:1.0, ae0.0 or irb.20, with a unit from 0 to 16385",
            n -> "ge-0/0/" + n + ".0");

    public JuniperJunos() {
        super(PLATFORM, INTERFACES, new JunosFilterRenderer(), new JunosFilterReadBack(),
                new JunosBatfish());
    }
}
