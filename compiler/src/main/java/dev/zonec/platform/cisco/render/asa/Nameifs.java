package dev.zonec.platform.cisco.render.asa;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * How zonec names the ASA interfaces it applies ACLs on. ASA applies an ACL by interface name ({@code nameif}), not
 * by the hardware name the inventory gives, so each inventory interface gets the name of the zone it faces; when
 * several interfaces face one zone they are numbered in inventory order ({@code field-1}, {@code field-2}). The
 * security level follows the zone's Purdue level, lower levels being the more protected (level 0 is 100, each level
 * up 20 less: 1 is 80, 2 is 60, 3 is 40, 3.5 is 30, 4 is 20, 5 is 0). With an inbound ACL on every one of these
 * interfaces the levels decide no traffic; they only keep the ASA's notion of inside and outside sensible.
 */
public final class Nameifs {

    private Nameifs() {}

    /** One inventory interface as the ASA configures it. */
    public record Named(Interface hardware, Zone zone, String nameif, int securityLevel) {}

    public static List<Named> of(Device device, Site site) {
        List<Named> result = new ArrayList<>();
        for (Interface i : device.interfaces()) {
            Zone zone = site.zonesByName().get(i.zone());
            List<Interface> facing = device.interfacesFacing(i.zone());
            String nameif = facing.size() == 1 ? zone.name() : zone.name() + "-" + (facing.indexOf(i) + 1);
            result.add(new Named(i, zone, nameif, 100 - 2 * zone.level().tenths()));
        }
        return result;
    }
}
