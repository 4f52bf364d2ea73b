package dev.zonec.platform.cisco.readback;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The interface an {@code interface ...} line enters, as the inventory names it. */
public final class InterfaceNames {
    /** A type ({@code Vlan}, {@code GigabitEthernet}, {@code Port-Channel}) and a number ({@code 20}, {@code 1/0/1.100}). */
    private static final Pattern ONE = Pattern.compile("([A-Za-z][A-Za-z-]*)\\s*([0-9][0-9/.:]*)");

    private InterfaceNames() {}

    /**
     * {@code Vlan20}, and {@code Vlan 20} (which the CLI accepts and shows as {@code Vlan20}); empty for a list or
     * range of interfaces ({@code interface range ...}, {@code Ethernet1-4}, {@code Ethernet1,3}).
     */
    public static Optional<String> of(String written) {
        Matcher m = ONE.matcher(written.strip());
        if (!m.matches() || m.group(1).equalsIgnoreCase("range")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + m.group(2));
    }
}
