package dev.zonec.platform.cisco;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The interface name ({@code nameif}) zonec binds its ACLs to. ASA applies an ACL by {@code nameif}, never by the
 * hardware name, and the {@code nameif} is the operator's: routes, NAT, VPN and management lines refer to it, so zonec
 * never writes it (docs/platforms/cisco-asa.md). The inventory gives it in one of two ways: an inventory interface
 * named like ASA hardware ({@code GigabitEthernet0/1}, {@code Port-channel1.20}) is expected to carry the name of
 * the zone it faces, numbered in inventory order when several face one zone ({@code field-1}, {@code field-2}); any
 * other inventory name is the {@code nameif} itself ({@code inside: { zone: control }}). What the inventory means, not
 * how a file spells it: the renderer binds to these names, the read-back sets the inventory's interfaces up with them,
 * the Batfish snapshot header too.
 */
public final class Nameifs {
    /** ASA hardware interface names, as ASA writes them (the platform's interface rule accepts these and nameifs). */
    public static final Pattern HARDWARE = Pattern.compile("(?i)(?:"
            + "(?:GigabitEthernet|TenGigabitEthernet|Ethernet|Management)\\d+/\\d+(?:/\\d+)?(?:\\.\\d+)?"
            + "|(?:Port-channel|Redundant)\\d+(?:\\.\\d+)?|Vlan\\d+|BVI\\d+)");

    private Nameifs() {}

    /** One inventory interface and the {@code nameif} zonec expects it to have. */
    public record Named(Interface hardware, String nameif, boolean fromZone) {}

    public static List<Named> of(Device device) {
        Map<String, String> zones = new LinkedHashMap<>();
        device.interfaces().forEach(i -> zones.put(i.name(), i.zone()));
        Map<String, String> nameifs = of(zones);
        return device.interfaces().stream()
                .map(i -> new Named(i, nameifs.get(i.name()), HARDWARE.matcher(i.name()).matches())).toList();
    }

    /**
     * The same from the inventory's interfaces (name to zone, in inventory order): each interface's expected
     * {@code nameif}, in that order.
     */
    public static Map<String, String> of(Map<String, String> zones) {
        Map<String, String> result = new LinkedHashMap<>();
        Map<String, List<String>> facing = new HashMap<>();
        zones.forEach((name, zone) -> {
            if (HARDWARE.matcher(name).matches()) {
                facing.computeIfAbsent(zone, z -> new ArrayList<>()).add(name);
            }
        });
        zones.forEach((name, zone) -> {
            List<String> same = facing.get(zone);
            if (!HARDWARE.matcher(name).matches()) {
                result.put(name, name);
            } else {
                result.put(name, same.size() == 1 ? zone : zone + "-" + (same.indexOf(name) + 1));
            }
        });
        return result;
    }
}
