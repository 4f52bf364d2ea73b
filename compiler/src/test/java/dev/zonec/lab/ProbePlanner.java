package dev.zonec.lab;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chooses the probes, deterministically, from the resolved policy:
 * <ul>
 *   <li>every allowed flow: one probe per TCP/UDP service term (both ends of a port range), from the first host of the
 *       flow's first source to the first host of its first destination;</li>
 *   <li>per flow, the reverse direction on the same port, and a port next to the allowed ones on the same hosts;</li>
 *   <li>every ordered pair of zones that no flow connects, once; the pairs the issue names get the service it names,
 *       the others tcp/22 or udp/161 in a checkerboard.</li>
 * </ul>
 * The expected verdict of each comes from {@link PolicyOracle}. Probes that would repeat an earlier exchange are dropped.
 */
final class ProbePlanner {
    private record Service(Protocol protocol, int port) {}

    /** Zone pairs with no flow whose denial the lab must show, with a service an attacker would try. */
    private static final Map<List<String>, Service> NAMED_DENIALS = Map.of(
            List.of("enterprise", "tank-farm"), new Service(Protocol.TCP, 502),
            List.of("vendor-remote", "supervisory"), new Service(Protocol.TCP, 3389),
            List.of("ot-monitoring", "cctv"), new Service(Protocol.TCP, 554));
    private static final List<Service> OTHER_DENIALS = List.of(new Service(Protocol.TCP, 22), new Service(Protocol.UDP, 161));

    private final Site site;
    private final PolicyOracle oracle;
    private final Map<Probe.Key, Probe> probes = new LinkedHashMap<>();

    private ProbePlanner(Site site) {
        this.site = site;
        this.oracle = new PolicyOracle(site.flows());
    }

    static List<Probe> plan(Site site) {
        ProbePlanner planner = new ProbePlanner(site);
        site.flows().forEach(planner::allowed);
        site.flows().forEach(planner::deniedAround);
        planner.zonePairsWithoutFlow();
        planner.toDevicesFromTheirZones();
        return List.copyOf(planner.probes.values());
    }

    private void allowed(Flow flow) {
        String source = representative(flow.sources().get(0));
        String destination = representative(flow.destinations().get(0));
        for (Match.L4 term : terms(flow)) {
            int first = term.destinationPorts().first();
            int last = term.destinationPorts().last();
            for (int port : first == last ? List.of(first) : List.of(first, last)) {
                Probe probe = add(ProbeKind.FLOW, describe(flow), flow.sourceZone(), source,
                        destinationEnd(flow, destination), destination, term.protocol(), port);
                if (probe.expected() != Verdict.OPEN) {
                    throw new IllegalStateException("the oracle denies a probe of the flow it was made from: " + probe);
                }
            }
        }
    }

    private void deniedAround(Flow flow) {
        List<Match.L4> terms = terms(flow);
        if (terms.isEmpty()) {
            return;
        }
        String source = representative(flow.sources().get(0));
        String destination = representative(flow.destinations().get(0));
        Match.L4 term = terms.get(0);
        String end = destinationEnd(flow, destination);
        add(ProbeKind.REVERSE, "reverse of " + describe(flow), end, destination, flow.sourceZone(),
                source, term.protocol(), term.destinationPorts().first());
        int port = term.destinationPorts().last();
        do {
            port = port == 65535 ? 1 : port + 1;
        } while (oracle.allows(flow.sourceZone(), source, flow.destinationZone(), destination, term.protocol(), port));
        add(ProbeKind.OTHER_PORT, "other port of " + describe(flow), flow.sourceZone(), source, end,
                destination, term.protocol(), port);
    }

    /**
     * Where a flow's destination host lives: its zone, or for a flow to a device itself the router's own end
     * ({@link LabLayout.Own}) in the zone holding the address.
     */
    private String destinationEnd(Flow flow, String destination) {
        if (flow.device().isEmpty()) {
            return flow.destinationZone();
        }
        AddressBlock host = AddressBlock.of(PolicyOracle.address(destination));
        String zone = site.zones().stream().filter(z -> z.subnets().stream().anyMatch(s -> s.contains(host)))
                .map(Zone::name).findFirst().orElseThrow(() -> new IllegalStateException(destination + " is in no zone"));
        return LabLayout.Own.name(flow.device().get(), zone);
    }

    /**
     * Every router a flow reaches itself, from a host of the zone its address is in, on tcp/22 (or the next port
     * no rule allows there): only the router's input side can drop it.
     */
    private void toDevicesFromTheirZones() {
        for (Flow flow : site.flows()) {
            if (flow.device().isEmpty() || terms(flow).isEmpty()) {
                continue;
            }
            String destination = representative(flow.destinations().get(0));
            String end = destinationEnd(flow, destination);
            String zone = LabLayout.Own.of(end).orElseThrow().zone();
            String source = someHost(site.zonesByName().get(zone));
            int port = 22;
            while (oracle.allows(zone, source, end, destination, Protocol.TCP, port)) {
                port++;
            }
            add(ProbeKind.TO_DEVICE, "to device " + flow.device().get() + " from " + zone, zone, source, end,
                    destination, Protocol.TCP, port);
        }
    }

    private void zonePairsWithoutFlow() {
        List<List<String>> named = new ArrayList<>(NAMED_DENIALS.keySet());
        List<Zone> zones = site.zones();
        for (int i = 0; i < zones.size(); i++) {
            for (int j = 0; j < zones.size(); j++) {
                Zone from = zones.get(i);
                Zone to = zones.get(j);
                boolean connected = site.flows().stream()
                        .anyMatch(f -> f.sourceZone().equals(from.name()) && f.destinationZone().equals(to.name()));
                if (i == j || connected) {
                    continue;
                }
                List<String> pair = List.of(from.name(), to.name());
                // a checkerboard over the zone pairs, so every zone gets both TCP and UDP probes, to and from it
                Service service = NAMED_DENIALS.containsKey(pair) ? NAMED_DENIALS.get(pair)
                        : OTHER_DENIALS.get((i + j) % OTHER_DENIALS.size());
                named.remove(pair);
                add(ProbeKind.NO_FLOW, "no flow " + from.name() + " -> " + to.name(), from.name(), someHost(from),
                        to.name(), someHost(to), service.protocol(), service.port());
            }
        }
        named.removeIf(pair -> !site.zonesByName().containsKey(pair.get(0)) || !site.zonesByName().containsKey(pair.get(1)));
        if (!named.isEmpty()) {
            throw new IllegalStateException("the policy now has flows between " + named
                    + ": choose other zone pairs to show denials");
        }
    }

    private Probe add(ProbeKind kind, String why, String sourceZone, String source, String destinationZone,
                      String destination, Protocol protocol, int port) {
        Verdict expected = oracle.expect(sourceZone, source, destinationZone, destination, protocol, port);
        Probe probe = new Probe(probes.size() + 1, kind, why, sourceZone, source, destinationZone, destination,
                protocol, port, expected);
        return probes.computeIfAbsent(probe.key(), k -> probe);
    }

    /** The TCP/UDP terms of a flow that a client with an ephemeral source port can use. */
    private static List<Match.L4> terms(Flow flow) {
        List<Match.L4> terms = new ArrayList<>();
        for (ServiceUse use : flow.services()) {
            for (Match match : use.matches()) {
                if (match instanceof Match.L4 l4 && !l4.established() && l4.sourcePorts().isAll()) {
                    terms.add(l4);
                }
            }
        }
        return terms;
    }

    /** The first host of an endpoint's first IPv4 block; for a whole zone, the first host of its first subnet. */
    private String representative(Endpoint endpoint) {
        if (endpoint.kind() == Endpoint.Kind.ZONE) {
            return firstHost(firstV4(site.zonesByName().get(endpoint.zone()).subnets(), endpoint.zone()));
        }
        return firstHost(firstV4(endpoint.addresses(), endpoint.name()));
    }

    /** A host of a zone for pairs no flow names: its first asset (policy order), else its first subnet's first host. */
    private String someHost(Zone zone) {
        return site.assets().stream().filter(a -> a.zone().equals(zone.name()))
                .flatMap(a -> a.address(IpFamily.V4).stream()).findFirst().map(ProbePlanner::firstHost)
                .orElseGet(() -> firstHost(firstV4(zone.subnets(), zone.name())));
    }

    private static AddressBlock firstV4(List<AddressBlock> blocks, String owner) {
        return blocks.stream().filter(b -> b.family() == IpFamily.V4).findFirst()
                .orElseThrow(() -> new IllegalStateException(owner + " has no IPv4 address; the lab routes IPv4 only"));
    }

    /** A host, a range's first address, or a prefix's first address after the network address. */
    static String firstHost(AddressBlock block) {
        boolean hasNetworkAddress = block.form() == AddressBlock.Form.PREFIX
                && block.range().getCount().compareTo(BigInteger.valueOf(4)) >= 0;
        var host = hasNetworkAddress ? block.lower().increment(1) : block.lower();
        return host.withoutPrefixLength().toCanonicalString();
    }

    private static String describe(Flow flow) {
        return "flow " + flow.id() + " " + flow.conduit() + ": "
                + flow.sources().stream().map(ProbePlanner::name).collect(Collectors.joining(", ")) + " -> "
                + flow.destinations().stream().map(ProbePlanner::name).collect(Collectors.joining(", ")) + " "
                + flow.services().stream().map(ServiceUse::name).collect(Collectors.joining(", "));
    }

    private static String name(Endpoint endpoint) {
        return endpoint.kind() == Endpoint.Kind.ZONE ? "zone " + endpoint.zone() : endpoint.name();
    }
}
