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

    /** A host that can become a pivot: its addresses, and whether HTTPS to it is a remote-access portal. */
    private record Unit(String name, String zone, List<AddressBlock> addresses, boolean portal) {}

    /** The packet sets of a unit, built only for units in a zone a remote-control packet can reach. */
    private record UnitSets(int sources, int destinations, int remoteControl) {}

    private final Map<String, UnitSets> unitSets = new java.util.HashMap<>();
    private final Map<String, List<Unit>> unitsByZone = new LinkedHashMap<>();
    private final int tagged;
    private final int https;
    private final int anyRemoteControl;

    PivotSearch(Site site, PacketSpace space, Reachability reachability) {
        this.space = space;
        this.reachability = reachability;
        this.zones = site.zonesByName();
        this.fresh = space.established(false);
        this.tagged = remoteControlServices();
        this.https = space.match(Match.L4.toPorts(Protocol.TCP, PortRange.single(443)));
        this.anyRemoteControl = space.or(tagged, https);
        for (Zone zone : site.zones()) {
            zoneSources.put(zone.name(), space.sources(zone.subnets()));
            zoneDestinations.put(zone.name(), space.destinations(zone.subnets()));
        }
        for (Asset asset : site.assets()) {
            Unit u = new Unit(asset.name(), asset.zone(), asset.addresses(),
                    asset.attributes().contains(AssetAttribute.REMOTE_ACCESS_GATEWAY));
            units.add(u);
            unitsByZone.computeIfAbsent(u.zone(), z -> new ArrayList<>()).add(u);
        }
        for (Zone zone : site.zones()) {
            Unit rest = new Unit("other hosts of " + zone.name(), zone.name(), zone.subnets(), false);
            units.add(rest);
            unitsByZone.computeIfAbsent(zone.name(), z -> new ArrayList<>()).add(rest);
        }
    }

    /** The unit's sets; "the other hosts of a zone" are its subnets less its assets' addresses. */
    private UnitSets sets(Unit u) {
        return unitSets.computeIfAbsent(u.name(), n -> {
            int destinations = space.destinations(u.addresses());
            if (u.name().startsWith("other hosts of ")) {
                List<AddressBlock> assets = unitsByZone.get(u.zone()).stream()
                        .filter(x -> !x.name().startsWith("other hosts of "))
                        .flatMap(x -> x.addresses().stream()).toList();
                int taken = space.destinations(assets);
                int rest = space.minus(destinations, taken);
                space.release(taken);
                space.release(destinations);
                destinations = rest;
            }
            return new UnitSets(space.sources(u.addresses()), destinations, u.portal() ? anyRemoteControl : tagged);
        });
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
            Map<String, Integer> reached = reachability.reach(forwarding, o.start(), o.zones());
            for (String target : targets) {
                int hit = space.and(reached.getOrDefault(target, space.none()), zoneDestinations.get(target));
                if (!space.isEmpty(hit)) {
                    Chain.Link link = link(forwarding, o.zones(), o.name(), target, target, false, hit);
                    space.release(hit);
                    return Optional.of(new Chain(append(o.chain(), link)));
                }
                space.release(hit);
            }
            for (Map.Entry<String, List<Unit>> zone : unitsByZone.entrySet()) {
                String z = zone.getKey();
                int reachedThere = reached.getOrDefault(z, space.none());
                if (o.zones().contains(z) || barriers.contains(z) || space.isEmpty(reachedThere)) {
                    continue;
                }
                // most zones are reached on no remote-control port at all: skip their hosts without building them
                int driven = space.and(reachedThere, anyRemoteControl);
                boolean candidate = !space.isEmpty(driven);
                space.release(driven);
                if (!candidate) {
                    continue;
                }
                for (Unit u : zone.getValue()) {
                    if (taken.contains(u.name())) {
                        continue;
                    }
                    UnitSets sets = sets(u);
                    int towards = space.and(reachedThere, sets.destinations());
                    int hit = space.and(towards, sets.remoteControl());
                    space.release(towards);
                    if (!space.isEmpty(hit)) {
                        taken.add(u.name());
                        Chain.Link link = link(forwarding, o.zones(), o.name(), u.name(), u.zone(), true, hit);
                        queue.add(new Origin(u.name(), Set.of(u.zone()), Map.of(u.zone(), space.and(fresh, sets.sources())),
                                append(o.chain(), link)));
                    }
                    space.release(hit);
                }
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
        return space.anyOf(ServiceCatalogue.builtIn().entries().values().stream()
                .filter(e -> e.tags().contains(ServiceTag.REMOTE_CONTROL))
                .flatMap(e -> e.matches().stream()).map(space::match).toList());
    }

    private static List<Chain.Link> append(List<Chain.Link> chain, Chain.Link link) {
        List<Chain.Link> longer = new ArrayList<>(chain);
        longer.add(link);
        return longer;
    }
}
