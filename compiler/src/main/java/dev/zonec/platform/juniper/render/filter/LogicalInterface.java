package dev.zonec.platform.juniper.render.filter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Junos logical interface as the inventory writes it, {@code ge-0/0/0.0} or {@code irb.20}: the physical device
 * ({@code ge-0/0/0}, {@code irb}) and the logical unit ({@code 0}, {@code 20}). Filters attach to logical units, so a
 * name without a unit is refused rather than guessed.
 */
record LogicalInterface(String device, String unit) {
    /** Junos logical unit numbers: 0 through 16385. */
    private static final String UNIT = "(?:0|[1-9][0-9]{0,3}|1[0-5][0-9]{3}|16[0-2][0-9]{2}|163[0-7][0-9]|1638[0-5])";
    /**
     * Data interfaces a firewall filter is applied to: Ethernet ports type-FPC/PIC/PORT with an optional channel
     * ({@code et-0/0/48:1}), aggregated Ethernet ({@code ae0}), IRB ({@code irb}) and the legacy EX VLAN interface
     * ({@code vlan}); management and loopback interfaces are not zone boundaries.
     */
    static final Pattern PATTERN = Pattern.compile(
            "(?<device>(?:ge|xe|et|mge|fe)-[0-9]{1,2}/[0-9]{1,2}/[0-9]{1,3}(?::[0-9]{1,2})?|ae[0-9]{1,3}|irb|vlan)"
                    + "\\.(?<unit>" + UNIT + ")");
    static final String RULE = "Junos filters attach to logical units: write DEVICE.UNIT, e.g. ge-0/0/0.0, xe-0/0/1.100, "
            + "et-0/0/48:1.0, ae0.0 or irb.20, with a unit from 0 to 16385";

    static Optional<LogicalInterface> parse(String name) {
        Matcher m = PATTERN.matcher(name);
        return m.matches() ? Optional.of(new LogicalInterface(m.group("device"), m.group("unit"))) : Optional.empty();
    }
}
