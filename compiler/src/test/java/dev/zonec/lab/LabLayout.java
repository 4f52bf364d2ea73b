package dev.zonec.lab;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Topology.DeviceNode;
import dev.zonec.model.site.Topology.Node;
import dev.zonec.model.site.Topology.ZoneNode;
import dev.zonec.model.site.Zone;
import dev.zonec.platform.linux.LinuxInterfaces;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the lab builds, as data, before anything touches the kernel: a namespace per zone and per device, the veth
 * links between them, the host addresses each zone namespace holds, and the routes ({@link LabRouting}).
 *
 * <p>Namespace names start with {@code prefix} ({@code zl<pid>}), so a later run can find and remove what a crashed
 * run left behind without touching anything else on the host.
 */
record LabLayout(String prefix, Map<String, List<String>> subnets, List<String> devices, List<LabLink> links,
                 Map<String, List<String>> hosts, LabRouting routing) {

    /**
     * @param subnets per zone in policy order, its IPv4 subnets as CIDR blocks
     * @param hosts   per zone, the IPv4 addresses its namespace holds; per device's own end ({@link Own}), the
     *                addresses its router's namespace holds
     */
    LabLayout {
        subnets = Collections.unmodifiableMap(new LinkedHashMap<>(subnets));
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        hosts = Map.copyOf(hosts);
    }

    /**
     * @param hosts per zone, the IPv4 addresses its namespace must hold (every probe's source and destination)
     */
    static LabLayout of(Site site, LabRouting routing, String prefix, Map<String, Set<String>> hosts) {
        refuseTransferOverlap(site);
        List<LabLink> links = new ArrayList<>();
        for (Device device : site.devices()) {
            for (Interface iface : device.interfaces()) {
                // the zone end is named after the device where that is a unique, valid interface name in the zone
                boolean onlyOne = device.interfacesFacing(iface.zone()).size() == 1;
                boolean valid = LinuxInterfaces.NAME.matcher(device.name()).matches() && !device.name().equals("lo");
                String zoneSide = onlyOne && valid ? device.name() : "v" + links.size();
                links.add(new LabLink(links.size(), iface.zone(), device.name(), iface.name(), zoneSide));
            }
        }
        Map<String, List<String>> subnets = new LinkedHashMap<>();
        Map<String, List<String>> held = new LinkedHashMap<>();
        for (Zone zone : site.zones()) {
            subnets.put(zone.name(), zone.subnets().stream().filter(s -> s.family() == IpFamily.V4)
                    .flatMap(s -> s.prefixBlocks().stream()).map(IPAddress::toCanonicalString).toList());
            held.put(zone.name(), List.copyOf(hosts.getOrDefault(zone.name(), Set.of())));
        }
        hosts.forEach((name, addresses) -> {
            if (Own.of(name).isPresent()) {
                held.put(name, List.copyOf(addresses));
            }
        });
        List<String> devices = site.devices().stream().map(Device::name).toList();
        return new LabLayout(prefix, subnets, devices, links, held, routing);
    }

    List<String> zones() {
        return List.copyOf(subnets.keySet());
    }

    /**
     * The namespace of a zone, or of a router for a device's own address ({@link #own}): its hosts, listeners and
     * probe clients live there.
     */
    String zoneNamespace(String zone) {
        Optional<Own> own = Own.of(zone);
        return own.isPresent() ? deviceNamespace(own.get().device()) : prefix + "-z-" + zone;
    }

    /**
     * A device itself as a probe's end, {@code DEVICE@ZONE}: its own address in the zone (the inventory's interface
     * {@code address:}), held by the router's namespace, where its input side decides what reaches it.
     */
    record Own(String device, String zone) {
        static String name(String device, String zone) {
            return device + "@" + zone;
        }

        static Optional<Own> of(String name) {
            int at = name.indexOf('@');
            return at < 0 ? Optional.empty() : Optional.of(new Own(name.substring(0, at), name.substring(at + 1)));
        }
    }

    /** The own addresses a router's namespace holds, with the zone each is in, as {@code DEVICE@ZONE} names. */
    List<String> ownOf(String device) {
        return hosts.keySet().stream().sorted().filter(k -> Own.of(k).map(o -> o.device().equals(device))
                .orElse(false)).toList();
    }

    /** The link a device reaches a zone by: where its own address in that zone is. */
    LabLink ownLink(String own) {
        Own o = Own.of(own).orElseThrow();
        return link(o.zone(), o.device());
    }

    String deviceNamespace(String device) {
        return prefix + "-r-" + device;
    }

    /** Every namespace of the lab: zones first, then routers. */
    List<String> namespaces() {
        List<String> all = new ArrayList<>();
        zones().forEach(z -> all.add(zoneNamespace(z)));
        devices.forEach(d -> all.add(deviceNamespace(d)));
        return all;
    }

    List<LabLink> linksOfZone(String zone) {
        return links.stream().filter(l -> l.zone().equals(zone)).toList();
    }

    List<LabLink> linksOfDevice(String device) {
        return links.stream().filter(l -> l.device().equals(device)).toList();
    }

    /**
     * For every namespace and every other zone, a route to that zone's IPv4 subnets via the next hop of
     * {@link LabRouting}.
     */
    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        // a device's own address: the zone it is in hands it to the router (the zone's subnet routes lead there)
        hosts.forEach((name, addresses) -> Own.of(name).ifPresent(o -> addresses.forEach(a -> routes.add(
                new Route(zoneNamespace(o.zone()), a + "/32", link(o.zone(), o.device()).routerAddress())))));
        for (Map.Entry<String, List<String>> target : subnets.entrySet()) {
            String to = target.getKey();
            for (String zone : subnets.keySet()) {
                Node from = new ZoneNode(zone);
                if (!zone.equals(to) && routing.reaches(from, to)) {
                    String device = routing.nextHop(from, to).name();
                    String gateway = link(zone, device).routerAddress();
                    target.getValue().forEach(s -> routes.add(new Route(zoneNamespace(zone), s, gateway)));
                }
            }
            for (String device : devices) {
                Node from = new DeviceNode(device);
                if (routing.reaches(from, to)) {
                    String gateway = link(routing.nextHop(from, to).name(), device).zoneAddress();
                    target.getValue().forEach(s -> routes.add(new Route(deviceNamespace(device), s, gateway)));
                }
            }
        }
        return routes;
    }

    /** The first link between a zone and a device: routes use one of a device's interfaces into a zone. */
    private LabLink link(String zone, String device) {
        return links.stream().filter(l -> l.zone().equals(zone) && l.device().equals(device)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no link between " + zone + " and " + device));
    }

    private static void refuseTransferOverlap(Site site) {
        IPAddress transfer = new IPAddressString(LabLink.TRANSFER_RANGE).getAddress();
        for (Zone zone : site.zones()) {
            for (AddressBlock subnet : zone.subnets()) {
                if (subnet.family() == IpFamily.V4 && subnet.range().overlaps(transfer.toSequentialRange())) {
                    throw new IllegalStateException("zone " + zone.name() + " overlaps the lab's transfer range "
                            + LabLink.TRANSFER_RANGE + "; the lab cannot address its links");
                }
            }
        }
    }
}
