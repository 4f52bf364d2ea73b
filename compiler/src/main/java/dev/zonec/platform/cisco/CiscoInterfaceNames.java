package dev.zonec.platform.cisco;

import dev.zonec.platform.InterfaceIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interface identity on Cisco-style CLIs (IOS and IOS-XE, NX-OS, ASA, and Arista EOS, which copies them): the
 * interface type is a word the parser matches case-insensitively and by any unambiguous prefix (`Gi`, `gig`,
 * `GigabitEthernet`), and the numbers after it are numbers (`0/01` is `0/1`). The key is the type's full name in
 * lower case followed by the numbers without leading zeros. A prefix that several types share is kept as typed
 * (lower case), except for the short forms the CLI itself prints for such types (`Tw` TwoGigabitEthernet on IOS-XE):
 * two spellings that could be one interface are then still caught when they are the same spelling up to case.
 */
final class CiscoInterfaceNames implements InterfaceIdentity {

    /** IOS and IOS-XE interface types, in the spelling of the running configuration. */
    static final CiscoInterfaceNames IOS = new CiscoInterfaceNames(List.of(
            "Ethernet", "FastEthernet", "GigabitEthernet", "TwoGigabitEthernet", "FiveGigabitEthernet",
            "TenGigabitEthernet", "TwentyFiveGigE", "FortyGigabitEthernet", "HundredGigE", "AppGigabitEthernet",
            "Port-channel", "Vlan", "Loopback", "Tunnel", "Serial", "BDI", "BVI", "Dialer", "Virtual-Template",
            "Multilink", "Cellular", "Null"),
            Map.of("tw", "twogigabitethernet", "twe", "twentyfivegige", "f", "fastethernet"),
            "`Gi0/1` is `GigabitEthernet0/1`, `Vl5` is `Vlan5`");

    /** NX-OS interface types. */
    static final CiscoInterfaceNames NXOS = new CiscoInterfaceNames(List.of(
            "Ethernet", "port-channel", "Vlan", "loopback", "mgmt", "Tunnel", "nve"), Map.of(),
            "`eth1/1` is `Ethernet1/1`, `po1` is `port-channel1`");

    /** ASA interface types. */
    static final CiscoInterfaceNames ASA = new CiscoInterfaceNames(List.of(
            "GigabitEthernet", "TenGigabitEthernet", "Ethernet", "Management", "Port-channel", "Redundant", "Vlan",
            "BVI"), Map.of(), "`gi0/1` is `GigabitEthernet0/1`");

    /** Arista EOS interface types. */
    static final CiscoInterfaceNames EOS = new CiscoInterfaceNames(List.of(
            "Ethernet", "Port-Channel", "Vlan", "Loopback", "Management", "Tunnel", "Vxlan"), Map.of(),
            "`Et1` is `Ethernet1`");

    private static final Pattern NAME = Pattern.compile("([A-Za-z][A-Za-z-]*?)-?([0-9][0-9/.:]*)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final List<String> types;
    private final Map<String, String> preferred;
    private final String examples;

    private CiscoInterfaceNames(List<String> types, Map<String, String> preferred, String examples) {
        this.types = types.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        this.preferred = preferred;
        this.examples = examples;
    }

    @Override
    public String rule() {
        return "without regard to case, by any unambiguous abbreviation of the type and by the value of each number ("
                + examples + ")";
    }

    @Override
    public String key(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return name.toLowerCase(Locale.ROOT);
        }
        return type(m.group(1).toLowerCase(Locale.ROOT)) + numbers(m.group(2));
    }

    private String type(String typed) {
        if (types.contains(typed)) {
            return typed;
        }
        String preference = preferred.get(typed);
        if (preference != null) {
            return preference;
        }
        List<String> candidates = new ArrayList<>();
        for (String t : types) {
            if (t.startsWith(typed)) {
                candidates.add(t);
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : typed;
    }

    /** `0/01.100` → `0/1.100`: each number without its leading zeros. */
    private static String numbers(String rest) {
        Matcher m = NUMBER.matcher(rest);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceFirst("^0+(?=.)", "");
            m.appendReplacement(out, digits);
        }
        m.appendTail(out);
        return out.toString();
    }
}
