package dev.zonec.verify;

import dev.zonec.lower.Crossing;
import dev.zonec.lower.PathPlacement;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * What the policy intends each device to forward, derived from the model and the placement alone — not from the
 * IR or any renderer, so that a wrong rule anywhere between the two shows up as a difference. For a flow placed on a
 * device from zone x to zone y: its packets from x to y; on a stateless device also its replies from y to x (TCP
 * segments of the established connection from the service port, UDP datagrams from the service port, the ICMP
 * reply types of the query types it allows).
 */
final class Intent {
    /** ICMP query types and the type of their reply (RFC 792, RFC 4443). */
    private static final Map<Integer, Integer> ICMP4_REPLY = Map.of(8, 0, 13, 14);
    private static final Map<Integer, Integer> ICMP6_REPLY = Map.of(128, 129);

    /** One flow's contribution to one (device, in zone, out zone): for naming the policy line of a difference. */
    record Contribution(Flow flow, int packets) {}

    /** One flow placed on a device, from zone {@code in} to zone {@code out}: its requests, or its replies. */
    record Placed(Flow flow, String in, String out, boolean reply) {}

    /**
     * Where the policy places each flow, by device: computed once from the placement, without BDDs, and shared
     * read-only by every thread that proves devices.
     */
    static Map<String, List<Placed>> placements(Site site) {
        Map<String, Device> devices = site.devicesByName();
        PathPlacement placement = new PathPlacement(site.topology(),
                site.zones().stream().filter(z -> !z.transit()).map(Zone::name).toList());
        Map<String, List<Placed>> byDevice = new HashMap<>();
        for (Flow flow : site.flows()) {
            for (Crossing c : placement.crossings(flow.sourceZone(), flow.destinationZone())) {
                List<Placed> placed = byDevice.computeIfAbsent(c.device(), d -> new ArrayList<>());
                placed.add(new Placed(flow, c.inZone(), c.outZone(), false));
                if (!devices.get(c.device()).platform().capabilities().stateful()) {
                    placed.add(new Placed(flow, c.outZone(), c.inZone(), true));
                }
            }
        }
        return byDevice;
    }

    private final PacketSpace space;
    private final Map<String, List<Placed>> placements;
    /** By device, then (in, out): built when a device is first asked about. */
    private final Map<String, Map<List<String>, List<Contribution>>> contributions = new HashMap<>();
    /**
     * The flows' packets (and replies) of the devices being proven, released with the device: keeping every flow's
     * sets for the whole run would make the kernel's live node count grow with the site, and its garbage collection
     * (which grows the node table only a little at a time) with it.
     */
    private final Map<String, List<Integer>> owned = new HashMap<>();
    /** Unions already built, by (device, in, out) or (device, in) for ingress-only: each pair asks more than once. */
    private final Map<List<String>, Integer> unions = new HashMap<>();

    /** @param placements from {@link #placements(Site)} */
    Intent(Map<String, List<Placed>> placements, PacketSpace space) {
        this.space = space;
        this.placements = placements;
    }

    /**
     * Drops the unions and per-pair lists built for a device that is proven; the flows' own sets stay, as other
     * devices on their paths use them.
     */
    void forget(Device device) {
        contributions.remove(device.name());
        owned.getOrDefault(device.name(), List.of()).forEach(space::release);
        owned.remove(device.name());
        unions.entrySet().removeIf(e -> {
            boolean mine = e.getKey().get(0).equals(device.name());
            if (mine) {
                space.release(e.getValue());
            }
            return mine;
        });
    }

    private Map<List<String>, List<Contribution>> ofDevice(String device) {
        return contributions.computeIfAbsent(device, d -> {
            Map<List<String>, List<Contribution>> pairs = new HashMap<>();
            List<Integer> sets = owned.computeIfAbsent(d, k -> new ArrayList<>());
            for (Placed p : placements.getOrDefault(d, List.of())) {
                int packets = p.reply() ? reply(p.flow()) : request(p.flow());
                sets.add(packets);
                pairs.computeIfAbsent(List.of(p.in(), p.out()), k -> new ArrayList<>()).add(new Contribution(p.flow(), packets));
            }
            return pairs;
        });
    }

    /**
     * Packets the policy lets {@code device} forward from zone {@code in} to zone {@code out}. The set belongs to
     * this intent: callers must not release it.
     */
    int between(Device device, String in, String out) {
        return unions.computeIfAbsent(List.of(device.name(), in, out), k -> union(contributions(device, in, out)));
    }

    private int union(List<Contribution> parts) {
        return space.union(parts.stream().map(Contribution::packets).toList());
    }

    /** For an ingress-ACL platform: everything entering from {@code in}, whichever zone it leaves to (owned here). */
    int from(Device device, String in) {
        return unions.computeIfAbsent(List.of(device.name(), in), k -> union(contributionsFrom(device, in)));
    }

    int expected(Device device, String in, String out) {
        return device.platform().capabilities().scope() == FilterScope.INGRESS ? from(device, in) : between(device, in, out);
    }

    /** The flows behind the packets the policy intends from {@code in} (to {@code out}, unless ingress-only). */
    List<Contribution> contributions(Device device, String in, String out) {
        if (device.platform().capabilities().scope() == FilterScope.INGRESS) {
            return contributionsFrom(device, in);
        }
        return ofDevice(device.name()).getOrDefault(List.of(in, out), List.of());
    }

    private List<Contribution> contributionsFrom(Device device, String in) {
        List<Contribution> all = new ArrayList<>();
        for (String o : device.zones()) {
            all.addAll(ofDevice(device.name()).getOrDefault(List.of(in, o), List.of()));
        }
        return all;
    }


    /** The flow's packets, each IP version with only the service terms of that version. */
    private int request(Flow flow) {
        return packets(flow.services(), flow.sources(), flow.destinations(),
                (m, family) -> m instanceof Match.Icmp icmp && icmp.family() != family ? space.none() : space.match(m));
    }

    /** The replies of the flow's connections, from the destinations back to the sources. */
    private int reply(Flow flow) {
        return packets(flow.services(), flow.destinations(), flow.sources(), this::replyOf);
    }

    /**
     * For each IP version, the packets between the endpoints' addresses of that version that match one of the service
     * terms as {@code term} maps them (a new set per term, released here).
     */
    private int packets(List<ServiceUse> services, List<Endpoint> from, List<Endpoint> to,
                        BiFunction<Match, IpFamily, Integer> term) {
        List<Integer> perFamily = new ArrayList<>();
        for (IpFamily family : IpFamily.values()) {
            int headers = space.between(family, from, to);
            int matched = space.anyOf(services.stream().flatMap(use -> use.matches().stream())
                    .map(m -> term.apply(m, family)).toList());
            perFamily.add(space.and(headers, matched));
            space.release(headers);
            space.release(matched);
        }
        return space.anyOf(perFamily);
    }

    private int replyOf(Match m, IpFamily family) {
        if (m instanceof Match.L4 l4) {
            return space.match(new Match.L4(l4.protocol(), l4.destinationPorts(), PortRange.ALL, l4.protocol() == Protocol.TCP));
        }
        if (m instanceof Match.Icmp icmp) {
            if (icmp.family() != family) {
                return space.none();
            }
            Map<Integer, Integer> replies = icmp.protocol() == Protocol.ICMP ? ICMP4_REPLY : ICMP6_REPLY;
            return space.anyOf(replies.entrySet().stream()
                    .filter(e -> icmp.type().isEmpty() || icmp.type().getAsInt() == e.getKey())
                    .map(e -> space.match(new Match.Icmp(icmp.protocol(), OptionalInt.of(e.getValue()), OptionalInt.empty())))
                    .toList());
        }
        // `any` has no exact reply on a stateless device; the lowering refuses it (ZC0505)
        return space.none();
    }
}
