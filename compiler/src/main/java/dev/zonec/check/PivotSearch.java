package dev.zonec.check;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Asset;
import dev.zonec.model.site.AssetAttribute;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceTag;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import dev.zonec.resolve.ServiceCatalogue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transitive reachability with pivots. A host (an asset, or the rest of a zone beyond its assets) that can be
 * reached on a remote-control service — a catalogue service tagged {@code remote-control} (SSH, RDP, VNC, Telnet,
 * WinRM), or HTTPS to an asset marked {@code remote-access-gateway} (a remote-access portal) — can be driven by
 * whoever reaches it, so what it reaches counts as reached by them. The search is breadth-first over pivots, so
 * the witness it returns is a shortest chain. Traffic inside a zone crosses no device and is not modelled.
 *
 * <p>Remote control is judged on packets, not on the service a rule was written for: SFTP opens tcp/22, the SSH
 * port, so a host reachable by SFTP is a pivot too.
 */
final class PivotSearch {
    private final PacketSpace space;
    private final Reachability reachability;
    private final Map<String, Zone> zones;
    private final Map<String, Integer> zoneSources = new LinkedHashMap<>();
    private final Map<String, Integer> zoneDestinations = new LinkedHashMap<>();
    private final List<Unit> units = new ArrayList<>();
    private final int fresh;

    /** A host that can become a pivot: its addresses as sources and as destinations, and how it is driven. */
    private record Unit(String name, String zone, int sources, int destinations, int remoteControl) {}

    PivotSearch(Site site, PacketSpace space, Reachability reachability) {
        this.space = space;
        this.reachability = reachability;
        this.zones = site.zonesByName();
        this.fresh = space.established(false);
        int tagged = remoteControlServices();
        int https = space.match(Match.L4.toPorts(Protocol.TCP, PortRange.single(443)));
        for (Zone zone : site.zones()) {
            zoneSources.put(zone.name(), space.sources(zone.subnets()));
            zoneDestinations.put(zone.name(), space.destinations(zone.subnets()));
        }
        Map<String, List<AddressBlock>> assetBlocks = new LinkedHashMap<>();
        for (Asset asset : site.assets()) {
            boolean portal = asset.attributes().contains(AssetAttribute.REMOTE_ACCESS_GATEWAY);
            units.add(new Unit(asset.name(), asset.zone(), space.sources(List.of(asset.address())),
                    space.destinations(List.of(asset.address())), portal ? space.or(tagged, https) : tagged));
            assetBlocks.computeIfAbsent(asset.zone(), z -> new ArrayList<>()).add(asset.address());
        }
        for (Zone zone : site.zones()) {
            int assets = space.destinations(assetBlocks.getOrDefault(zone.name(), List.of()));
            int rest = space.minus(zoneDestinations.get(zone.name()), assets);
            space.release(assets);
            if (!space.isEmpty(rest)) {
                units.add(new Unit("other hosts of " + zone.name(), zone.name(), zoneSources.get(zone.name()), rest, tagged));
            }
        }
    }

    /**
     * The shortest chain by which hosts of {@code origins} reach a host of one of {@code targets}, through pivots
     * outside {@code barriers}; empty when there is none.
     */
    Optional<Chain> search(Forwarding forwarding, Collection<String> origins, Collection<String> targets,
                           Set<String> barriers) {
        record Origin(String name, Set<String> zones, Map<String, Integer> start, List<Chain.Link> chain) {}
        Map<String, Integer> start = new LinkedHashMap<>();
        for (String zone : origins) {
            start.put(zone, space.and(fresh, zoneSources.get(zone)));
        }
        Deque<Origin> queue = new ArrayDeque<>();
        queue.add(new Origin(String.join(", ", origins), Set.copyOf(origins), start, List.of()));
        Set<String> taken = new HashSet<>();
        while (!queue.isEmpty()) {
            Origin o = queue.poll();
            Map<String, Integer> reached = reachability.reach(forwarding, o.start());
            for (String target : targets) {
                int hit = space.and(reached.getOrDefault(target, space.none()), zoneDestinations.get(target));
                if (!space.isEmpty(hit)) {
                    Chain.Link link = link(forwarding, o.zones(), o.name(), target, target, false, hit);
                    space.release(hit);
                    return Optional.of(new Chain(append(o.chain(), link)));
                }
                space.release(hit);
            }
            for (Unit u : units) {
                if (taken.contains(u.name()) || o.zones().contains(u.zone()) || barriers.contains(u.zone())) {
                    continue;
                }
                int reachedThere = reached.getOrDefault(u.zone(), space.none());
                int towards = space.and(reachedThere, u.destinations());
                int hit = space.and(towards, u.remoteControl());
                space.release(towards);
                if (!space.isEmpty(hit)) {
                    taken.add(u.name());
                    Chain.Link link = link(forwarding, o.zones(), o.name(), u.name(), u.zone(), true, hit);
                    queue.add(new Origin(u.name(), Set.of(u.zone()), Map.of(u.zone(), space.and(fresh, u.sources())),
                            append(o.chain(), link)));
                }
                space.release(hit);
            }
        }
        return Optional.empty();
    }

    /** One link of a chain: an example packet of {@code hit}, traced from the origin zone its source lies in. */
    private Chain.Link link(Forwarding forwarding, Set<String> originZones, String originName, String to, String toZone,
                            boolean pivot, int hit) {
        Packet packet = space.example(hit);
        String startZone = originZones.size() == 1 ? originZones.iterator().next() : zoneOf(packet, originZones);
        String from = originZones.size() == 1 ? originName : startZone;
        return new Chain.Link(from, to, pivot, packet, reachability.trace(forwarding, startZone, toZone, packet));
    }

    private String zoneOf(Packet packet, Set<String> candidates) {
        AddressBlock source = AddressBlock.of(packet.source());
        for (String z : candidates) {
            if (zones.get(z).subnets().stream().anyMatch(s -> s.contains(source))) {
                return z;
            }
        }
        throw new IllegalStateException("witness source " + packet.source() + " lies in no origin zone");
    }

    private int remoteControlServices() {
        int set = space.none();
        for (ServiceCatalogue.Entry e : ServiceCatalogue.builtIn().entries().values()) {
            if (e.tags().contains(ServiceTag.REMOTE_CONTROL)) {
                for (Match m : e.matches()) {
                    int one = space.match(m);
                    int union = space.or(set, one);
                    space.release(one);
                    space.release(set);
                    set = union;
                }
            }
        }
        return set;
    }

    private static List<Chain.Link> append(List<Chain.Link> chain, Chain.Link link) {
        List<Chain.Link> longer = new ArrayList<>(chain);
        longer.add(link);
        return longer;
    }
}
