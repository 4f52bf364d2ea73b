package dev.zonec.query;

import dev.zonec.check.Forwarding;
import dev.zonec.lower.PathPlacement;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query stage entry point: what happens to one packet (what Capirca's aclcheck and Batfish's testFilters
 * answer). For every path the network routes the packet's IP version along between its zones (the shortest admissible
 * paths, as in placement), each device's verdict on the emitted rules and the rule that decided it; the packet gets
 * through if every device of some path permits it. Where the network routes nothing between the two zones, the
 * cabling's shortest paths stand in, to show which devices would drop the packet. What a packet could do on every
 * physical path is the reachability proofs' business ({@code require ...}).
 */
public final class FlowQuery {
    /** More paths than this are not listed (the verdict then covers only the ones listed). */
    static final int MAX_PATHS = 64;

    public record DeviceVerdict(String device, Platform platform, String inZone, String outZone, Optional<IrRule> rule) {
        public boolean permits() {
            return rule.isPresent();
        }
    }

    public record PathResult(List<String> route, List<DeviceVerdict> devices) {
        public boolean allowed() {
            return devices.stream().allMatch(DeviceVerdict::permits);
        }
    }

    /**
     * @param routed whether {@code paths} are the paths the network routes the packet along; when there are none, they
     *               are the cabling's shortest paths, to show which devices would drop it if a route sent it there
     */
    public record Answer(Packet packet, String fromZone, String toZone, boolean routed, List<PathResult> paths,
                         boolean truncated) {
        public boolean allowed() {
            return paths.stream().anyMatch(PathResult::allowed);
        }
    }

    private FlowQuery() {}

    /** The zone holding an address, if any. */
    public static Optional<Zone> zoneOf(Site site, AddressBlock address) {
        return site.zones().stream().filter(z -> z.subnets().stream().anyMatch(s -> s.contains(address))).findFirst();
    }

    public static Answer ask(Site site, Ir ir, Packet packet, String fromZone, String toZone) {
        PacketSpace space = new PacketSpace();
        Forwarding forwarding = Forwarding.of(ir, space);
        int one = space.packet(packet);
        Map<String, Platform> platforms = new java.util.HashMap<>();
        site.devices().forEach(d -> platforms.put(d.name(), d.platform()));
        PathPlacement.Paths placed = PathPlacement.of(site).paths(fromZone, toZone, packet.family());
        boolean routed = !placed.isEmpty();
        if (!routed) {
            placed = PathPlacement.cabling(site).paths(fromZone, toZone, packet.family());
        }
        List<List<String>> routes = placed.list(MAX_PATHS);
        boolean truncated = placed.count() > MAX_PATHS;
        List<PathResult> paths = new ArrayList<>();
        for (List<String> route : routes) {
            List<DeviceVerdict> verdicts = new ArrayList<>();
            for (int i = 1; i + 1 < route.size(); i += 2) {
                String device = route.get(i);
                String in = route.get(i - 1);
                String out = route.get(i + 1);
                verdicts.add(new DeviceVerdict(device, platforms.get(device), in, out,
                        forwarding.decidingRule(device, in, out, one)));
            }
            paths.add(new PathResult(route, verdicts));
        }
        space.release(one);
        return new Answer(packet, fromZone, toZone, routed, paths, truncated);
    }
}
