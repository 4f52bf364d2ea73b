package dev.zonec.verify;

import dev.zonec.lower.Crossing;
import dev.zonec.lower.Lowering;
import dev.zonec.lower.OwnTraffic;
import dev.zonec.model.ir.IrRule;
import dev.zonec.lower.PathPlacement;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.ControlPlane;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.PacketSpace;
import dev.zonec.packet.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

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

    /**
     * One flow's contribution to one (device, in zone, out zone), as {@link #terms}: compared, and for naming the
     * policy line of a difference.
     */
    record Contribution(Optional<Flow> flow, dev.zonec.model.source.Span origin, List<FilterMatch> terms) {}

    /**
     * One flow placed on a device for one IP version, from zone {@code in} to zone {@code out}: its requests, or its
     * replies. {@code own}: how the device governs its own traffic, for a flow to the device itself (the service terms
     * it can accept, {@link OwnTraffic#written(Capabilities.OwnTraffic, Match, IpFamily)}).
     */
    record Placed(Flow flow, IpFamily family, String in, String out, boolean reply, Capabilities.OwnTraffic own) {
        Placed(Flow flow, IpFamily family, String in, String out, boolean reply) {
            this(flow, family, in, out, reply, Capabilities.OwnTraffic.NONE);
        }
    }

    /**
     * Where the policy places each flow, by device: computed once from the placement, without BDDs, and shared
     * read-only by every thread that proves devices. A flow with no admissible path was refused by the lowering.
     */
    static Map<String, List<Placed>> placements(Site site) {
        Map<String, Device> devices = site.devicesByName();
        PathPlacement placement = PathPlacement.of(site);
        Map<String, List<Placed>> byDevice = new HashMap<>();
        for (Flow flow : site.flows()) {
            boolean ownTraffic = flow.device().map(d -> OwnTraffic.written(devices.get(d).platform())).orElse(false);
            for (IpFamily family : Lowering.families(flow)) {
                OwnTraffic.Split split = OwnTraffic.split(flow,
                        placement.paths(flow.sourceZone(), flow.destinationZone(), family).crossings());
                if (ownTraffic) {
                    // to the device itself: accepted where it enters; its answers are the device's own output
                    for (String in : split.accepted()) {
                        if (!OwnTraffic.written(devices.get(flow.device().get()).platform(), flow, in)) {
                            continue; // refused by the device, as the lowering reports (ZC0509)
                        }
                        byDevice.computeIfAbsent(flow.device().get(), d -> new ArrayList<>())
                                .add(new Placed(flow, family, in, IrRule.DEVICE, false,
                                        devices.get(flow.device().get()).platform().capabilities().ownTraffic()));
                    }
                }
                for (Crossing c : split.forwarded()) {
                    List<Placed> placed = byDevice.computeIfAbsent(c.device(), d -> new ArrayList<>());
                    placed.add(new Placed(flow, family, c.inZone(), c.outZone(), false));
                    if (!devices.get(c.device()).platform().capabilities().stateful()) {
                        placed.add(new Placed(flow, family, c.outZone(), c.inZone(), true));
                    }
                }
            }
        }
        return byDevice;
    }

    /** Made on first need: cubes settle most comparisons without it. */
    private final Supplier<PacketSpace> space;
    private final Map<String, List<Placed>> placements;
    private final Map<AddressBlock, List<HeaderCube.Prefix>> prefixes;
    /** By device, then in zone, then out zone (sorted): built when a device is first asked about. */
    private final Map<String, Map<String, SortedMap<String, List<Contribution>>>> contributions = new HashMap<>();
    /**
     * The flows' packets (and replies) of the devices being proven, built only when a comparison needs BDDs and
     * released with the device: keeping every flow's sets for the whole run would make the kernel's live node count
     * grow with the site, and its garbage collection (which grows the node table only a little at a time) with it.
     */
    private final Map<Contribution, Integer> packets = new IdentityHashMap<>();
    /**
     * Unions already built, by device, in zone and out zone (the empty name for ingress-only): each pair asks more than
     * once. Nested, as lists of similar names hash alike.
     */
    private final Map<String, Map<String, Map<String, Integer>>> unions = new HashMap<>();
    /** The same unions as cubes, where every term could be cut into cubes. */
    private final Map<String, Map<String, Map<String, Optional<Set<HeaderCube>>>>> cubes = new HashMap<>();

    /**
     * @param placements from {@link #placements(Site)}
     * @param prefixes   address blocks already cut into prefixes, shared with the read-back side of the proofs
     */
    Intent(Map<String, List<Placed>> placements, Supplier<PacketSpace> space,
           Map<AddressBlock, List<HeaderCube.Prefix>> prefixes) {
        this.space = space;
        this.placements = placements;
        this.prefixes = prefixes;
    }

    /**
     * Drops every set and list built, once {@code device} is proven: one thread proves one device at a time, so all
     * of them were built for it.
     */
    void forget(Device device) {
        contributions.remove(device.name());
        packets.values().forEach(set -> space.get().release(set));
        packets.clear();
        unions.values().forEach(byIn -> byIn.values().forEach(byOut -> byOut.values()
                .forEach(set -> space.get().release(set))));
        unions.clear();
        cubes.clear();
    }

    /** The flows to {@code device} itself the policy places on it (those it accepts, from whichever zone). */
    List<Flow> toDevice(Device device) {
        return placements.getOrDefault(device.name(), List.of()).stream().filter(p -> p.out().equals(IrRule.DEVICE))
                .map(Placed::flow).distinct().toList();
    }

    private Map<String, SortedMap<String, List<Contribution>>> ofDevice(String device) {
        return contributions.computeIfAbsent(device, d -> {
            Map<String, SortedMap<String, List<Contribution>>> pairs = new HashMap<>();
            for (Placed p : placements.getOrDefault(d, List.of())) {
                pairs.computeIfAbsent(p.in(), k -> new TreeMap<>()).computeIfAbsent(p.out(), k -> new ArrayList<>())
                        .add(new Contribution(Optional.of(p.flow()), p.flow().origin(), terms(p)));
            }
            return pairs;
        });
    }

    /**
     * The zones the policy lets {@code device} forward something to from zone {@code in}: on a zone-pair device, to
     * every other zone it intends nothing (and to {@code in} itself, which crosses no zone boundary).
     */
    Set<String> egressZones(Device device, String in) {
        return ofDevice(device.name()).getOrDefault(in, EMPTY).keySet();
    }

    private static final SortedMap<String, List<Contribution>> EMPTY = new TreeMap<>();

    /** The packets of one contribution (owned here). */
    int packets(Contribution c) {
        PacketSpace bdds = space.get();
        return packets.computeIfAbsent(c, k -> bdds.anyOf(k.terms().stream().map(bdds::filterMatch).toList()));
    }

    /**
     * Packets the policy lets {@code device} forward from interface {@code in} to zone {@code out} (or accept itself,
     * {@link IrRule#DEVICE}); for an ingress-ACL platform everything entering from {@code in}'s zone, whichever zone
     * it leaves to. The set belongs to this intent: callers must not release it.
     */
    int expected(Device device, Interface in, String out) {
        return memo(unions, device, in.zone()).computeIfAbsent(egress(device, in, out),
                k -> space.get().union(contributions(device, in, out).stream().map(this::packets).toList()));
    }

    /** {@link #expected} as cubes; empty when a term has too many to cut. */
    Optional<Set<HeaderCube>> expectedCubes(Device device, Interface in, String out) {
        return memo(cubes, device, in.zone()).computeIfAbsent(egress(device, in, out), k -> {
            Set<HeaderCube> all = new HashSet<>();
            for (Contribution c : contributions(device, in, out)) {
                for (FilterMatch term : c.terms()) {
                    if (!HeaderCube.expand(term, prefixes, all::add)) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(all);
        });
    }

    /**
     * The memo of one (device, in zone) for its out zones. The device is in the key though {@link #forget} empties the
     * memos after each device: stale sets are unsound.
     */
    private static <T> Map<String, T> memo(Map<String, Map<String, Map<String, T>>> memo, Device device, String in) {
        return memo.computeIfAbsent(device.name(), d -> new HashMap<>()).computeIfAbsent(in, i -> new HashMap<>());
    }

    /**
     * The out zone a memo is kept under: none for an ingress-only device, whose intent is the same for every egress;
     * the device itself with the ingress interface, whose control plane is its own.
     */
    private static String egress(Device device, Interface in, String out) {
        if (device.platform().capabilities().scope() == FilterScope.INGRESS && !byManagementLines(device, out)) {
            return "";
        }
        return out.equals(IrRule.DEVICE) ? out + " " + in.name() : out;
    }

    /**
     * What the policy intends from interface {@code in} to zone {@code out}: the flows placed there and, where the
     * device accepts the packets itself, its control plane. An ingress-only device's inbound ACL is the zone's, for
     * every egress and for the device alike: every flow from the zone, and the control plane of every interface facing
     * it. Elsewhere (an input chain) the device itself, {@link IrRule#DEVICE}, is one more egress, with the flows to
     * the device and the control plane declared on {@code in}.
     */
    List<Contribution> contributions(Device device, Interface in, String out) {
        boolean written = OwnTraffic.written(device.platform());
        if (device.platform().capabilities().scope() == FilterScope.INGRESS && !byManagementLines(device, out)) {
            List<Contribution> all = contributionsFrom(device, in.zone());
            if (device.platform().capabilities().ownTraffic() == Capabilities.OwnTraffic.INBOUND_ACL) {
                all.addAll(controlPlane(device, ControlPlane::permits, in.zone()));
            }
            return all;
        }
        List<Contribution> placed = ofDevice(device.name()).getOrDefault(in.zone(), EMPTY).getOrDefault(out, List.of());
        if (!out.equals(IrRule.DEVICE) || !written || byManagementLines(device, out)) {
            // management lines govern a few services, which the control plane is none of
            return placed;
        }
        List<Contribution> all = new ArrayList<>(placed);
        all.addAll(controlPlane(device, ControlPlane::permits, in));
        return all;
    }

    /**
     * Whether {@code out} is the device itself on a device that accepts its own traffic by management lines, apart from
     * its inbound ACLs (which do not filter traffic to the device there): its intent is the flows to it alone.
     */
    private static boolean byManagementLines(Device device, String out) {
        return out.equals(IrRule.DEVICE)
                && device.platform().capabilities().ownTraffic() == Capabilities.OwnTraffic.MANAGEMENT_LINES;
    }

    private interface Permits<T> {
        List<ControlPlane.Permit> of(Device device, T where, IpFamily family);
    }

    /** The control plane's packets, one contribution per declared protocol, at its inventory line. */
    private static <T> List<Contribution> controlPlane(Device device, Permits<T> permits, T where) {
        Map<ControlPlane, List<FilterMatch>> byDeclaration = new java.util.LinkedHashMap<>();
        for (IpFamily family : IpFamily.values()) {
            for (ControlPlane.Permit p : permits.of(device, where, family)) {
                byDeclaration.computeIfAbsent(p.of(), k -> new ArrayList<>()).add(term(p));
            }
        }
        List<Contribution> result = new ArrayList<>();
        byDeclaration.forEach((c, terms) -> result.add(new Contribution(Optional.empty(), c.span(), terms)));
        return result;
    }

    /** A control-plane permit as a match of the read-back's shape. */
    static FilterMatch term(ControlPlane.Permit p) {
        FilterMatch m = FilterMatch.any().withFamily(p.family()).withSources(p.sources())
                .withDestinations(p.destinations()).withProtocols(List.of(p.protocol()));
        if (!p.sourcePorts().isAll()) {
            m = m.withSourcePorts(List.of(p.sourcePorts()));
        }
        if (!p.destinationPorts().isAll()) {
            m = m.withDestinationPorts(List.of(p.destinationPorts()));
        }
        return p.established() ? m.withEstablished(true) : m;
    }

    /** Every contribution from zone {@code in}, by out zone in sorted order (the order of {@link Device#zones}). */
    private List<Contribution> contributionsFrom(Device device, String in) {
        List<Contribution> all = new ArrayList<>();
        ofDevice(device.name()).getOrDefault(in, EMPTY).values().forEach(all::addAll);
        return all;
    }


    /**
     * What a placed flow lets through, as matches of the read-back's shape: one per service term of the placement's IP
     * version, their union the packets. Requests: the flow's packets of that version. Replies: from the destinations
     * back to the sources.
     */
    static List<FilterMatch> terms(Placed placed) {
        Flow flow = placed.flow();
        IpFamily family = placed.family();
        List<FilterMatch> terms = new ArrayList<>();
        Optional<FilterMatch> between = placed.reply() ? Terms.between(family, flow.destinations(), flow.sources())
                : Terms.between(family, flow.sources(), flow.destinations());
        if (between.isEmpty()) {
            return terms;
        }
        for (ServiceUse use : flow.services()) {
            for (Match m : use.matches()) {
                boolean otherVersion = m instanceof Match.Icmp icmp && icmp.family() != family;
                if (otherVersion || placed.out().equals(IrRule.DEVICE) && !OwnTraffic.written(placed.own(), m, family)) {
                    continue;
                }
                if (!placed.reply()) {
                    terms.add(Terms.of(m, between.get()));
                } else {
                    replies(m).forEach(r -> terms.add(Terms.of(r, between.get())));
                }
            }
        }
        return terms;
    }

    /** The terms of a service term's replies: its L4 segments mirrored, the reply types of its ICMP queries. */
    private static List<Match> replies(Match m) {
        if (m instanceof Match.L4 l4) {
            boolean tcp = l4.protocol() == Protocol.TCP;
            return List.of(new Match.L4(l4.protocol(), l4.destinationPorts(), PortRange.ALL, tcp));
        }
        if (m instanceof Match.Icmp icmp) {
            Map<Integer, Integer> replies = icmp.protocol() == Protocol.ICMP ? ICMP4_REPLY : ICMP6_REPLY;
            return replies.entrySet().stream()
                    .filter(e -> icmp.type().isEmpty() || icmp.type().getAsInt() == e.getKey())
                    .map(Map.Entry::getValue)
                    .sorted()
                    .<Match>map(reply -> new Match.Icmp(icmp.protocol(), OptionalInt.of(reply), OptionalInt.empty()))
                    .toList();
        }
        // `any` has no exact reply on a stateless device; the lowering refuses it (ZC0505)
        return List.of();
    }
}
