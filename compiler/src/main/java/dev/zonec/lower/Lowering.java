package dev.zonec.lower;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.FlowPlacement;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Lower stage entry point: places every flow on the devices of the shortest admissible paths between its zones, one IP
 * version at a time (see {@link PathPlacement}), in the direction the connection is opened, and adds exact reply rules
 * on stateless platforms. Rules keep policy order: by flow, then IP version, then service, then crossing. A flow with
 * no admissible path is an error (ZC0301); one whose paths cross more than {@link #MANY_DEVICES} devices a warning (ZC0303).
 */
public final class Lowering {
    /**
     * A flow whose path crosses more devices than this is reported (ZC0303): an OT flow crosses one or two boundaries, three
     * with a DMZ between; more usually means a zone declared transit that should not be, or routes that send it the
     * long way round. Documented in docs/placement.md.
     */
    public static final int MANY_DEVICES = 4;

    private Lowering() {}

    public static Ir lower(Site site, Diagnostics diagnostics) {
        PathPlacement placement = PathPlacement.of(site);
        NoPath noPath = new NoPath(site);
        Map<String, Device> devices = site.devicesByName();
        Map<String, List<IrRule>> rules = new LinkedHashMap<>();
        devices.keySet().forEach(d -> rules.put(d, new ArrayList<>()));
        List<FlowPlacement> placements = new ArrayList<>();
        java.util.Set<List<Object>> unwritten = new java.util.HashSet<>();
        for (Flow flow : site.flows()) {
            List<IpFamily> families = families(flow);
            Map<IpFamily, PathPlacement.Paths> placed = new EnumMap<>(IpFamily.class);
            List<IpFamily> unplaced = new ArrayList<>();
            for (IpFamily family : families) {
                PathPlacement.Paths paths = placement.paths(flow.sourceZone(), flow.destinationZone(), family);
                if (paths.isEmpty()) {
                    unplaced.add(family);
                } else {
                    placed.put(family, paths);
                }
            }
            if (!unplaced.isEmpty()) {
                diagnostics.report(noPath.explain(flow, unplaced, families));
                continue;
            }
            SortedSet<String> crossed = new TreeSet<>();
            int longest = 0;
            for (Map.Entry<IpFamily, PathPlacement.Paths> e : placed.entrySet()) {
                PathPlacement.Paths paths = e.getValue();
                placements.add(new FlowPlacement(flow.id(), e.getKey(), paths.devices(), paths.count(), paths.deviceNames()));
                crossed.addAll(paths.deviceNames());
                longest = Math.max(longest, paths.devices());
            }
            // the boundaries one path crosses: redundant devices side by side (a pair, or a core per platform) each
            // take the flow, but it crosses only one of them
            if (longest > MANY_DEVICES) {
                diagnostics.report(Diagnostic.warning(Code.ZC0303, "this flow from `" + flow.sourceZone() + "` to `"
                                + flow.destinationZone() + "` crosses " + longest + " devices on its way ("
                                + String.join(", ", crossed) + "), more than " + MANY_DEVICES)
                        .at(flow.origin())
                        .help("`zonec explain` shows its paths; a zone declared `transit` that should not be, or "
                                + "`routes:` that send it the long way round, make a flow cross more boundaries than it needs"));
            }
            Optional<Device> target = flow.device().map(devices::get);
            boolean ownTraffic = target.map(t -> OwnTraffic.written(t.platform())).orElse(false);
            if (target.isPresent() && !ownTraffic && unwritten.add(List.of(target.get().name(), flow.origin()))) {
                diagnostics.report(Diagnostic.warning(Code.ZC0509, "`" + target.get().name() + "` ("
                                + target.get().platform().id() + ") accepts or refuses its own traffic by settings zonec "
                                + "does not write yet: this rule is placed on the devices on the way to it, not on `"
                                + target.get().name() + "` itself")
                        .at(flow.origin())
                        .help("configure the device's management access to match (see docs/own-traffic.md); zonec "
                                + "writes a device's own traffic on IOS, NX-OS, EOS, Junos filters and Linux routers"));
            }
            for (IpFamily family : families) {
                List<Endpoint> sources = withFamily(flow.sources(), family);
                List<Endpoint> destinations = withFamily(flow.destinations(), family);
                OwnTraffic.Split split = OwnTraffic.split(flow, placed.get(family).crossings());
                for (ServiceUse service : flow.services()) {
                    List<Match> matches = service.matches().stream().filter(m -> fits(m, family)).toList();
                    if (matches.isEmpty()) {
                        continue;
                    }
                    if (ownTraffic) {
                        // the device's own traffic: accepted where it enters, no reply rule (what the device sends
                        // back is its own output, which neither an inbound ACL nor an input chain filters)
                        for (String in : split.accepted()) {
                            if (!OwnTraffic.written(target.get().platform(), flow, in)) {
                                if (unwritten.add(List.of(target.get().name(), flow.origin(), in))) {
                                    diagnostics.report(byAddressZone(target.get(), flow, in));
                                }
                                continue;
                            }
                            Capabilities.OwnTraffic kind = target.get().platform().capabilities().ownTraffic();
                            if (!OwnTraffic.managementFamilies(kind, family)) {
                                if (unwritten.add(List.of(target.get().name(), flow.origin(), family))) {
                                    diagnostics.report(byManagementFamily(target.get(), flow));
                                }
                                continue;
                            }
                            List<Match> own = matches.stream().filter(m -> OwnTraffic.written(kind, m, family))
                                    .toList();
                            if (own.size() < matches.size()
                                    && unwritten.add(List.of(target.get().name(), flow.origin(), service.name()))) {
                                diagnostics.report(byManagementLine(target.get(), service, matches.stream()
                                        .filter(m -> !OwnTraffic.written(kind, m, family)).toList()));
                            }
                            if (own.isEmpty()) {
                                continue;
                            }
                            if (kind == Capabilities.OwnTraffic.MANAGEMENT_LINES
                                    && target.get().interfacesFacing(in).stream().filter(i -> i.addresses().stream()
                                    .anyMatch(b -> b.family() == family)).count() > 1
                                    && unwritten.add(List.of(target.get().name(), flow.origin(), "interfaces"))) {
                                diagnostics.report(Diagnostic.warning(Code.ZC0509, "`" + target.get().name() + "` ("
                                                + target.get().platform().id() + ") has addresses on several "
                                                + "interfaces facing `" + in + "` and answers management at each only "
                                                + "for packets arriving on that interface: a packet for one of them "
                                                + "arriving on another is refused, though this rule reaches them all")
                                        .at(flow.origin())
                                        .help("address the device at the interface its sources arrive on "
                                                + "(docs/own-traffic.md)"));
                            }
                            if (flow.log() && kind == Capabilities.OwnTraffic.MANAGEMENT_LINES
                                    && unwritten.add(List.of(target.get().name(), flow.origin(), "log"))) {
                                diagnostics.report(Diagnostic.warning(Code.ZC0509, "`" + target.get().name() + "` ("
                                                + target.get().platform().id() + ") gets this rule as management "
                                                + "lines, which have no `log` option: the device logs its management "
                                                + "sessions by its own logging settings, not per rule")
                                        .at(flow.origin())
                                        .help("check that the device's syslog level records management logins and "
                                                + "refused connections (docs/own-traffic.md), or drop `log` from the "
                                                + "rule"));
                            }
                            rules.get(target.get().name()).add(new IrRule(flow.key(), in, IrRule.DEVICE, family,
                                    sources, destinations, service, own, RuleKind.REQUEST, flow.log(),
                                    flow.origin()));
                        }
                    }
                    for (Crossing c : split.forwarded()) {
                        Device device = devices.get(c.device());
                        List<IrRule> list = rules.get(c.device());
                        list.add(new IrRule(flow.key(), c.inZone(), c.outZone(), family, sources, destinations, service,
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
        return new Ir(result, placements);
    }

    /**
     * ZC0509 for a flow to a device that decides its own traffic by the zone of the address it is sent to (SRX) but
     * arrives from another zone: a permit there would accept the same packets arriving in that zone too; or for one
     * that answers only at the address of the interface a packet arrives on (management lines), which this one is not.
     */
    private static Diagnostic.Builder byAddressZone(Device device, Flow flow, String in) {
        if (device.platform().capabilities().ownTraffic() == Capabilities.OwnTraffic.MANAGEMENT_LINES) {
            return Diagnostic.warning(Code.ZC0509, "`" + device.name() + "` (" + device.platform().id() + ") answers "
                            + "its own management only at the address of the interface a packet arrives on: this rule "
                            + "reaches its address in `" + flow.destinationZone() + "` arriving from `" + in + "`, so it "
                            + "is not written on `" + device.name() + "`, which refuses it")
                    .at(flow.origin())
                    .help("reach the device at its address in the zone the source arrives from (a conduit to that "
                            + "zone, through a device that routes there), or over a VPN with management access, which "
                            + "is outside zonec's zones (docs/own-traffic.md)");
        }
        return Diagnostic.warning(Code.ZC0509, "`" + device.name() + "` (" + device.platform().id() + ") decides "
                        + "traffic to its address in `" + flow.destinationZone() + "` by that zone, not by the zone it "
                        + "arrives from (`" + in + "`): a permit for this rule would also accept the same packets "
                        + "arriving in `" + flow.destinationZone() + "`, so it is not written on `" + device.name()
                        + "`, which refuses it")
                .at(flow.origin())
                .help("zonec writes an SRX's own traffic only for a source reaching it in the zone of the address "
                        + "(docs/own-traffic.md); reach it from a device not on the way, or over its management "
                        + "interface (fxp0), which is outside zonec's zones");
    }

    /**
     * ZC0509 for a service a device that governs its own traffic by management lines cannot accept by one: such a line
     * names a source address and nothing else (SSH, the HTTPS server, ICMPv4 by type).
     */
    private static Diagnostic.Builder byManagementLine(Device device, ServiceUse service, List<Match> unwritten) {
        return Diagnostic.warning(Code.ZC0509, "`" + device.name() + "` (" + device.platform().id() + ") accepts "
                        + "its own traffic by management lines that name a source address and nothing else, and `"
                        + service.name() + "` (" + describe(unwritten) + ") is none of them: it is not written on `"
                        + device.name() + "`, which refuses it as far as zonec's file says")
                .at(service.span())
                .help("zonec writes ssh (tcp/22), https (tcp/443, the HTTPS server) and icmp by type, without a code "
                        + "and IPv4 only; another management service (SNMP polling, telnet, ...) is a setting of the "
                        + "device you own (docs/own-traffic.md)");
    }

    /** ZC0509 for the IPv6 part of a rule to a device whose management lines zonec writes for IPv4 only. */
    private static Diagnostic.Builder byManagementFamily(Device device, Flow flow) {
        return Diagnostic.warning(Code.ZC0509, "`" + device.name() + "` (" + device.platform().id() + ") gets its "
                        + "management lines for IPv4 sources only: the IPv6 part of this rule is not "
                        + "written on `" + device.name() + "`, which refuses it as far as zonec's file says")
                .at(flow.origin())
                .help("configure the device's IPv6 management access by hand to match, or reach it over IPv4 "
                        + "(docs/own-traffic.md)");
    }

        private static String describe(List<Match> matches) {
        List<String> terms = new ArrayList<>();
        for (Match m : matches) {
            if (m instanceof Match.L4 l4) {
                terms.add(l4.protocol().name().toLowerCase(java.util.Locale.ROOT) + "/" + l4.destinationPorts()
                        + (l4.sourcePorts().isAll() ? "" : " from port " + l4.sourcePorts()));
            } else if (m instanceof Match.Icmp icmp) {
                terms.add((icmp.protocol() == dev.zonec.model.site.Protocol.ICMP ? "icmp" : "icmp6")
                        + (icmp.type().isPresent() ? "/" + icmp.type().getAsInt() : "")
                        + (icmp.code().isPresent() ? "/" + icmp.code().getAsInt() : ""));
            } else {
                terms.add("any protocol");
            }
        }
        return String.join(", ", terms);
    }

    /** The IP versions a flow has: those both its sources and its destinations have addresses of. */
    public static List<IpFamily> families(Flow flow) {
        List<IpFamily> result = new ArrayList<>();
        for (IpFamily family : IpFamily.values()) {
            if (!withFamily(flow.sources(), family).isEmpty() && !withFamily(flow.destinations(), family).isEmpty()) {
                result.add(family);
            }
        }
        return result;
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
        return Optional.of(new IrRule(flow.key(), c.outZone(), c.inZone(), family, destinations, sources, service,
                mirrored, RuleKind.REPLY, false, flow.origin()));
    }

    private static List<Endpoint> withFamily(List<Endpoint> endpoints, IpFamily family) {
        return endpoints.stream().filter(e -> e.hasFamily(family)).toList();
    }

    private static boolean fits(Match m, IpFamily family) {
        return !(m instanceof Match.Icmp icmp) || icmp.family() == family;
    }
}
