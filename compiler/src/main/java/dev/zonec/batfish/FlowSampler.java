package dev.zonec.batfish;

import dev.zonec.check.Forwarding;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the packets Batfish is asked about, deterministically, from the IR the output was rendered from.
 * For every allowed flow placed on a device (each REQUEST rule): one example packet — the first address of its
 * sources and of its destinations, its first service term, the first port of that term — expected to be permitted.
 * For every (ingress zone, egress zone) pair a device forwards: up to two packets zonec's own model denies there —
 * the pair's first example with the next destination port no rule allows, and the same example in the reverse
 * direction as a new connection — expected to be denied. Each expectation is confirmed on zonec's model first.
 * Batfish's flows are IPv4: IPv6 rules are counted, not tested. Per device at most {@link #MAX_PERMITS} and
 * {@link #MAX_DENIES} packets are asked about; what is left over is counted and reported.
 */
public final class FlowSampler {
    public static final int MAX_PERMITS = 300;
    public static final int MAX_DENIES = 100;
    static final int SOURCE_PORT = 49152;
    private static final int PORT_TRIES = 512;
    private static final int[] ICMP_TYPES = {13, 15, 17, 10, 9, 0, 8};

    /** The packets chosen, and per device how many IPv6 rules and how many packets over the limits were left out. */
    public record Sample(List<FlowTest> tests, Map<String, Integer> ipv6Rules, Map<String, Integer> leftOut) {
        public Sample {
            tests = List.copyOf(tests);
            ipv6Rules = Map.copyOf(ipv6Rules);
            leftOut = Map.copyOf(leftOut);
        }
    }

    private final PacketSpace space = new PacketSpace();
    private final Forwarding forwarding;

    private FlowSampler(Ir ir) {
        this.forwarding = Forwarding.of(ir, space);
    }

    /** Samples the devices named (those Batfish tests filters on). */
    public static Sample sample(Ir ir, Set<String> devices) {
        FlowSampler sampler = new FlowSampler(ir);
        List<FlowTest> tests = new ArrayList<>();
        Map<String, Integer> ipv6 = new LinkedHashMap<>();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        for (DeviceIr d : ir.devices()) {
            if (!devices.contains(d.device().name())) {
                continue;
            }
            List<IrRule> requests = d.rules().stream().filter(r -> r.kind() == RuleKind.REQUEST).toList();
            long v6 = requests.stream().filter(r -> r.family() == IpFamily.V6).count();
            if (v6 > 0) {
                ipv6.put(d.device().name(), (int) v6);
            }
            int over = sampler.device(d.device(), requests, tests);
            if (over > 0) {
                leftOut.put(d.device().name(), over);
            }
        }
        return new Sample(tests, ipv6, leftOut);
    }

    /** Adds the device's tests; returns how many were left out over the limits. */
    private int device(Device device, List<IrRule> requests, List<FlowTest> out) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        Map<List<String>, FlowTest> firstOfPair = new LinkedHashMap<>();
        List<FlowTest> permits = new ArrayList<>();
        for (IrRule rule : requests) {
            if (rule.family() != IpFamily.V4) {
                continue;
            }
            Optional<FlowTest> test = example(device, rule);
            if (test.isPresent() && seen.add(key(test.get()))) {
                permits.add(test.get());
                FlowTest first = firstOfPair.get(List.of(rule.inZone(), rule.outZone()));
                if (first == null || (!isL4(first.packet()) && isL4(test.get().packet()))) {
                    firstOfPair.put(List.of(rule.inZone(), rule.outZone()), test.get());
                }
            }
        }
        List<FlowTest> denies = new ArrayList<>();
        for (FlowTest base : firstOfPair.values()) {
            for (Optional<FlowTest> d : List.of(otherPort(base), reverse(base))) {
                if (d.isPresent() && seen.add(key(d.get()))) {
                    denies.add(d.get());
                }
            }
        }
        out.addAll(permits.subList(0, Math.min(MAX_PERMITS, permits.size())));
        out.addAll(denies.subList(0, Math.min(MAX_DENIES, denies.size())));
        return Math.max(0, permits.size() - MAX_PERMITS) + Math.max(0, denies.size() - MAX_DENIES);
    }

    private Optional<FlowTest> example(Device device, IrRule rule) {
        Optional<IPAddress> src = first(rule.sources());
        Optional<IPAddress> dst = first(rule.destinations());
        Optional<Interface> in = facing(device, rule.inZone());
        Optional<Interface> out = facing(device, rule.outZone());
        if (src.isEmpty() || dst.isEmpty() || in.isEmpty() || out.isEmpty() || rule.matches().isEmpty()) {
            return Optional.empty();
        }
        Packet packet = packet(src.get(), dst.get(), rule.matches().get(0));
        if (!permits(device, rule.inZone(), rule.outZone(), packet)) {
            return Optional.empty(); // cannot happen for a rule of the device; never ask Batfish a wrong question
        }
        return Optional.of(new FlowTest(device, rule.inZone(), rule.outZone(), in.get(), out.get(), packet, true,
                Optional.of(rule)));
    }

    /** The base packet with the next destination port (ICMP: another type) zonec denies on this device and pair. */
    private Optional<FlowTest> otherPort(FlowTest base) {
        Packet p = base.packet();
        List<Packet> candidates = new ArrayList<>();
        if (isL4(p)) {
            for (int i = 1; i <= PORT_TRIES; i++) {
                int port = (p.destinationPort() + i - 1) % 65535 + 1;
                candidates.add(new Packet(p.family(), p.protocol(), p.source(), p.destination(), p.sourcePort(), port,
                        0, 0, false));
            }
        } else {
            for (int type : ICMP_TYPES) {
                candidates.add(new Packet(p.family(), p.protocol(), p.source(), p.destination(), 0, 0, type, 0, false));
            }
        }
        return candidates.stream().filter(c -> !permits(base.device(), base.inZone(), base.outZone(), c)).findFirst()
                .map(c -> new FlowTest(base.device(), base.inZone(), base.outZone(), base.ingress(), base.egress(), c,
                        false, Optional.empty()));
    }

    /** The base packet answered back as a new connection, from the egress zone to the ingress zone. */
    private Optional<FlowTest> reverse(FlowTest base) {
        Packet p = base.packet();
        Packet back = isL4(p)
                ? new Packet(p.family(), p.protocol(), p.destination(), p.source(), p.destinationPort(), SOURCE_PORT, 0,
                        0, false)
                : new Packet(p.family(), p.protocol(), p.destination(), p.source(), 0, 0, p.icmpType(), p.icmpCode(),
                        false);
        if (permits(base.device(), base.outZone(), base.inZone(), back)) {
            return Optional.empty();
        }
        return Optional.of(new FlowTest(base.device(), base.outZone(), base.inZone(), base.egress(), base.ingress(), back,
                false, Optional.empty()));
    }

    private boolean permits(Device device, String in, String out, Packet packet) {
        int one = space.packet(packet);
        boolean permitted = forwarding.decidingRule(device.name(), in, out, one).isPresent();
        space.release(one);
        return permitted;
    }

    /** A packet of one service term: its first destination port (1 when it allows every port). */
    static Packet packet(IPAddress src, IPAddress dst, Match match) {
        if (match instanceof Match.L4 l4) {
            int sport = l4.sourcePorts().isAll() ? SOURCE_PORT : l4.sourcePorts().first();
            PortRange d = l4.destinationPorts();
            int dport = d.isAll() || d.first() == 0 ? 1 : d.first();
            return new Packet(IpFamily.V4, l4.protocol().number(), src, dst, sport, dport, 0, 0, false);
        }
        if (match instanceof Match.Icmp icmp) {
            return new Packet(IpFamily.V4, Protocol.ICMP.number(), src, dst, 0, 0, icmp.type().orElse(8),
                    icmp.code().orElse(0), false);
        }
        return new Packet(IpFamily.V4, Protocol.TCP.number(), src, dst, SOURCE_PORT, 1, 0, 0, false);
    }

    private static Optional<IPAddress> first(List<Endpoint> endpoints) {
        return endpoints.stream().flatMap(e -> e.addresses(IpFamily.V4).stream()).map(a -> a.lower().withoutPrefixLength())
                .findFirst();
    }

    private static Optional<Interface> facing(Device device, String zone) {
        return device.interfacesFacing(zone).stream().findFirst();
    }

    static boolean isL4(Packet p) {
        return p.protocol() == Protocol.TCP.number() || p.protocol() == Protocol.UDP.number();
    }

    private static List<Object> key(FlowTest t) {
        return List.of(t.device().name(), t.inZone(), t.outZone(), t.packet());
    }
}
