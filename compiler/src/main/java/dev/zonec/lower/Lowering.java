package dev.zonec.lower;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Lower stage entry point: places every flow on every device of every simple path between its zones (see
 * {@link PathPlacement}), in the direction the connection is opened, and adds exact reply rules on stateless
 * platforms. Rules keep policy order: by flow, then IP version, then service, then crossing.
 */
public final class Lowering {

    private Lowering() {}

    public static Ir lower(Site site, Diagnostics diagnostics) {
        return lower(site, diagnostics, PathPlacement.SEARCH_BUDGET);
    }

    static Ir lower(Site site, Diagnostics diagnostics, long searchBudget) {
        PathPlacement placement = new PathPlacement(site.topology(),
                site.zones().stream().filter(z -> !z.transit()).map(Zone::name).toList(), searchBudget);
        Map<String, Device> devices = site.devicesByName();
        Map<String, List<IrRule>> rules = new LinkedHashMap<>();
        devices.keySet().forEach(d -> rules.put(d, new ArrayList<>()));
        for (Flow flow : site.flows()) {
            SortedSet<Crossing> crossings;
            try {
                crossings = placement.crossings(flow.sourceZone(), flow.destinationZone());
            } catch (PlacementTooComplexException e) {
                diagnostics.report(Diagnostic.error(Code.ZC0302, "cannot place this flow exactly: " + e.getMessage())
                        .at(flow.origin())
                        .help("split the meshed part of the topology, or mark zones that must not carry other zones' traffic `no-transit`"));
                continue;
            }
            if (crossings.isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.ZC0301, "no device joins zone `" + flow.sourceZone()
                                + "` to zone `" + flow.destinationZone() + "`")
                        .at(flow.origin())
                        .help("give a device in inventory.yaml interfaces facing a path of zones from `"
                                + flow.sourceZone() + "` to `" + flow.destinationZone() + "` (no-transit zones cannot be on it)"));
                continue;
            }
            for (IpFamily family : IpFamily.values()) {
                List<Endpoint> sources = withFamily(flow.sources(), family);
                List<Endpoint> destinations = withFamily(flow.destinations(), family);
                if (sources.isEmpty() || destinations.isEmpty()) {
                    continue;
                }
                for (ServiceUse service : flow.services()) {
                    List<Match> matches = service.matches().stream().filter(m -> fits(m, family)).toList();
                    if (matches.isEmpty()) {
                        continue;
                    }
                    for (Crossing c : crossings) {
                        Device device = devices.get(c.device());
                        List<IrRule> list = rules.get(c.device());
                        list.add(new IrRule(flow.id(), flow.conduit(), c.inZone(), c.outZone(), family, sources, destinations, service,
                                matches, RuleKind.REQUEST, flow.log(), flow.origin()));
                        if (!device.platform().capabilities().stateful()) {
                            reply(flow, device, c, family, sources, destinations, service, matches, diagnostics)
                                    .ifPresent(list::add);
                        }
                    }
                }
            }
        }
        List<DeviceIr> result = new ArrayList<>();
        rules.forEach((name, list) -> result.add(new DeviceIr(devices.get(name), list)));
        return new Ir(result);
    }

    private static Optional<IrRule> reply(Flow flow, Device device, Crossing c, IpFamily family, List<Endpoint> sources,
                                          List<Endpoint> destinations, ServiceUse service, List<Match> matches,
                                          Diagnostics diagnostics) {
        List<Match> mirrored = new ArrayList<>();
        for (Match m : matches) {
            Optional<List<Match>> reply = Replies.of(m);
            if (reply.isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.ZC0505, "`" + device.name() + "` (" + device.platform().id()
                                + ") is stateless and cannot let replies to `" + service.name() + "` back without opening "
                                + "every protocol from `" + flow.destinationZone() + "` to `" + flow.sourceZone() + "`")
                        .at(service.span())
                        .help("name the services instead of `any`"));
                return Optional.empty();
            }
            mirrored.addAll(reply.get());
        }
        if (mirrored.isEmpty()) {
            return Optional.empty(); // one-way ICMP messages have no replies
        }
        return Optional.of(new IrRule(flow.id(), flow.conduit(), c.outZone(), c.inZone(), family, destinations, sources, service,
                mirrored, RuleKind.REPLY, false, flow.origin()));
    }

    private static List<Endpoint> withFamily(List<Endpoint> endpoints, IpFamily family) {
        return endpoints.stream().filter(e -> e.hasFamily(family)).toList();
    }

    private static boolean fits(Match m, IpFamily family) {
        return !(m instanceof Match.Icmp icmp) || icmp.family() == family;
    }
}
