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
import java.util.HashMap;
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
    /** What the hosts of each zone reach, by forwarding ({@link #reachedFromPivot}), shared by every search. */
    private final Map<Forwarding, Map<String, Map<String, Integer>>> reachedFrom = new java.util.IdentityHashMap<>();
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

    /**
     * What a pivot host reaches: what every host of its zone reaches, restricted to the pivot's sources. Exact, since
     * forwarding judges each packet on its own and never rewrites one (no NAT): a packet from the pivot reaches a zone
     * exactly when it is among the packets of the whole zone that reach it. So the reach is searched once per zone and
     * forwarding, not once per host and requirement (on a core facing 50 zones with 20,000 flows, 550 hosts are pivots
     * for every requirement that holds).
     */
    private Map<String, Integer> reachedFromPivot(Forwarding forwarding, String unit, String zone) {
        Map<String, Integer> fromZone = reachedFrom.computeIfAbsent(forwarding, f -> new HashMap<>())
                .computeIfAbsent(zone, z -> {
                    List<Integer> sources = unitsByZone.get(z).stream().map(u -> sets(u).sources()).toList();
                    int all = space.union(sources); // not anyOf: that releases its inputs, the units' kept sets
                    Map<String, Integer> start = Map.of(z, space.and(fresh, all));
                    space.release(all);
                    return reachability.reach(forwarding, start, Set.of(z));
                });
        int sources = unitSets.get(unit).sources();
        Map<String, Integer> reached = new HashMap<>();
        fromZone.forEach((z, set) -> reached.put(z, space.and(set, sources)));
        return reached;
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
        // a pivot's link is traced only if the chain it is on is the witness: tracing every pivot's was a third of the
        // search on a site where every host is one
        record Origin(String name, Set<String> zones, List<Step> chain, boolean pivot) {}
        Map<String, Integer> start = new LinkedHashMap<>();
        for (String zone : origins) {
            start.put(zone, space.and(fresh, zoneSources.get(zone)));
        }
        Deque<Origin> queue = new ArrayDeque<>();
        queue.add(new Origin(String.join(", ", origins), Set.copyOf(origins), List.of(), false));
        Set<String> taken = new HashSet<>();
        while (!queue.isEmpty()) {
            Origin o = queue.poll();
            // each set of `reached` is this origin's to release (reach() takes over the start's)
            Map<String, Integer> reached = o.pivot() ? reachedFromPivot(forwarding, o.name(), o.zones().iterator().next())
                    : reachability.reach(forwarding, start, o.zones());
            try {
                for (String target : targets) {
                    int hit = space.and(reached.getOrDefault(target, space.none()), zoneDestinations.get(target));
                    if (!space.isEmpty(hit)) {
                        Step last = step(o.zones(), o.name(), target, target, false, hit);
                        space.release(hit);
                        return Optional.of(new Chain(append(o.chain(), last).stream()
                                .map(step -> link(forwarding, step)).toList()));
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
                            queue.add(new Origin(u.name(), Set.of(u.zone()),
                                    append(o.chain(), step(o.zones(), o.name(), u.name(), u.zone(), true, hit)), true));
                        }
                        space.release(hit);
                    }
                }
            } finally {
                reached.values().forEach(space::release);
            }
        }
        return Optional.empty();
    }

    /** A link of a chain before it is traced: the example packet of {@code hit}, from the origin zone its source lies in. */
    private record Step(String from, String to, String startZone, String toZone, boolean pivot, Packet packet) {}

    private Step step(Set<String> originZones, String originName, String to, String toZone, boolean pivot, int hit) {
        Packet packet = space.example(hit);
        String startZone = originZones.size() == 1 ? originZones.iterator().next() : zoneOf(packet, originZones);
        String from = originZones.size() == 1 ? originName : startZone;
        return new Step(from, to, startZone, toZone, pivot, packet);
    }

    private Chain.Link link(Forwarding forwarding, Step step) {
        return new Chain.Link(step.from(), step.to(), step.pivot(), step.packet(),
                reachability.trace(forwarding, step.startZone(), step.toZone(), step.packet()));
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

    private static <T> List<T> append(List<T> chain, T link) {
        List<T> longer = new ArrayList<>(chain);
        longer.add(link);
        return longer;
    }
}
