package dev.zonec.check;

import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zone-to-zone reachability of one site on its emitted rules (every rule, no waivers), for comparing two versions of a
 * site in one packet space: what new connections from the hosts of a zone arrive at the hosts of each other zone,
 * pushed through every device until nothing changes, as the requirements are proven. Not thread-safe, like the space.
 */
public final class ZoneReach {
    private final PacketSpace space;
    private final Reachability reachability;
    private final Forwarding forwarding;
    private final RuleSets ruleSets;
    private final Map<String, Zone> zones;
    private final int fresh;

    public ZoneReach(Site site, Ir ir, PacketSpace space) {
        this.space = space;
        this.reachability = new Reachability(site.topology(), space);
        this.ruleSets = new RuleSets(space);
        this.forwarding = new Forwarding(ir, space, ruleSets, (device, rule) -> false);
        this.zones = site.zonesByName();
        this.fresh = space.established(false);
    }

    /**
     * For every other zone, the new-connection packets from hosts of {@code from} that arrive at its hosts (only
     * non-empty sets; each a reference the caller releases). Empty when the site has no such zone.
     */
    public Map<String, Integer> from(String from) {
        Map<String, Integer> result = new HashMap<>();
        Zone zone = zones.get(from);
        if (zone == null) {
            return result;
        }
        int sources = space.sources(zone.subnets());
        int start = space.and(fresh, sources);
        space.release(sources);
        Map<String, Integer> reached = reachability.reach(forwarding, Map.of(from, start), List.of(from));
        for (Map.Entry<String, Integer> e : reached.entrySet()) {
            Zone to = zones.get(e.getKey());
            if (to != null && !to.name().equals(from)) {
                int destinations = space.destinations(to.subnets());
                int arrived = space.and(e.getValue(), destinations);
                space.release(destinations);
                if (space.isEmpty(arrived)) {
                    space.release(arrived);
                } else {
                    result.put(to.name(), arrived);
                }
            }
            space.release(e.getValue());
        }
        return result;
    }

    /** A shortest chain of device hops that lets {@code packet} from zone {@code from} to zone {@code to}. */
    public List<Hop> trace(String from, String to, Packet packet) {
        return reachability.trace(forwarding, from, to, packet);
    }

    /** The packets an IR rule of this site permits (shared; the caller must not release it). */
    public int packets(IrRule rule) {
        return ruleSets.of(rule);
    }
}
