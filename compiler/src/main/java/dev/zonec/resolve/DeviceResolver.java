package dev.zonec.resolve;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.inventory.Inventory;
import dev.zonec.model.inventory.InventoryDevice;
import dev.zonec.model.inventory.InventoryInterface;
import dev.zonec.model.inventory.InventoryRoute;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.ControlPlane;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Zone;
import dev.zonec.model.site.ZonePair;
import dev.zonec.platform.InterfaceIdentity;
import dev.zonec.platform.Targets;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Turns inventory devices into model devices, resolving the zone each interface faces. */
final class DeviceResolver {

    private DeviceResolver() {}

    static List<Device> resolve(Inventory inventory, ZoneLookup zones, Diagnostics diagnostics) {
        List<Device> devices = new ArrayList<>();
        for (InventoryDevice d : inventory.devices()) {
            List<Interface> interfaces = new ArrayList<>();
            List<InventoryInterface> written = new ArrayList<>();
            Map<String, Zone> faced = new java.util.TreeMap<>();
            boolean ok = true;
            boolean clash = false;
            InterfaceIdentity identity = Targets.standard().of(d.platform()).interfaces().identity();
            Map<String, InventoryInterface> seen = new HashMap<>();
            for (InventoryInterface i : d.interfaces()) {
                InventoryInterface first = seen.putIfAbsent(identity.key(i.name().text()), i);
                if (first != null) {
                    diagnostics.report(Diagnostic.error(Code.ZC0108, "`" + i.name().text() + "` and `"
                                    + first.name().text() + "` name the same interface of `" + d.name().text() + "` ("
                                    + d.platform().id() + ")")
                            .at(i.name().span())
                            .label(first.name().span(), "first named here")
                            .help(d.platform().id() + " reads interface names " + identity.rule() + ", so both lines "
                                    + "would configure one interface on the device: write each interface once"));
                    clash = true;
                    continue;
                }
                Optional<Zone> zone = zones.find(i.zone().text(), i.zone().span());
                Optional<Addresses> addresses = zone.flatMap(z -> addresses(i, z, diagnostics));
                addresses.ifPresent(a -> {
                    interfaces.add(new Interface(i.name().text(), zone.get().name(), i.name().span(), a.hosts(),
                            a.networks(), List.of()));
                    written.add(i);
                    faced.putIfAbsent(zone.get().name(), zone.get());
                });
                ok &= addresses.isPresent();
            }
            if (!ok) {
                continue;
            }
            for (int n = 0; n < interfaces.size(); n++) {
                Interface plain = interfaces.get(n);
                Optional<List<ControlPlane>> controlPlane = controlPlane(d, written.get(n), plain, faced, diagnostics);
                ok &= controlPlane.isPresent();
                interfaces.set(n, new Interface(plain.name(), plain.zone(), plain.span(), plain.addresses(),
                        plain.networks(), controlPlane.orElse(List.of())));
            }
            ok &= sharedFilters(d, interfaces, written, diagnostics);
            if (!ok) {
                continue;
            }
            Optional<SortedSet<ZonePair>> routes = d.routes().flatMap(r -> routes(d, r, interfaces, zones, diagnostics));
            if (d.routes().isPresent() && routes.isEmpty()) {
                continue;
            }
            Device device = new Device(d.name().text(), d.platform(), interfaces, routes, d.name().span());
            if (device.zones().size() < 2 && !clash) { // after a clash, ZC0108 says what is wrong
                diagnostics.report(Diagnostic.warning(Code.ZC0226, "device `" + device.name() + "` faces "
                                + (device.zones().isEmpty() ? "no zone" : "only zone `" + device.zones().iterator().next() + "`")
                                + ", so it enforces no boundary")
                        .at(d.name().span()).help("a device joins zones when its interfaces face at least two of them"));
            }
            devices.add(device);
        }
        devices.sort(Comparator.comparing(Device::name));
        return devices;
    }

    /**
     * ZC0235: the device's own addresses on an interface: each a host address ({@code 10.20.0.2/24} or
     * {@code 10.20.0.2}), inside a subnet of the zone the interface faces, at most one per IP version.
     */
    private static Optional<Addresses> addresses(InventoryInterface i, Zone zone, Diagnostics diagnostics) {
        List<AddressBlock> result = new ArrayList<>();
        List<AddressBlock> networks = new ArrayList<>();
        boolean ok = true;
        for (Ident text : i.addresses()) {
            IPAddressString parsed = new IPAddressString(text.text());
            IPAddress address = parsed.getHostAddress();
            Integer length = parsed.getNetworkPrefixLength();
            String problem = null;
            if (address == null || address.isMultiple()) {
                problem = "`" + text.text() + "` is not an interface address";
            } else if (length != null && length < address.getBitCount() - 1
                    && address.equals(address.toPrefixBlock(length).getLower().withoutPrefixLength())) {
                // (a /31 or /127 point-to-point link has no network address: both are hosts)
                problem = "`" + text.text() + "` is the network's own address, not one of its hosts";
            }
            if (problem != null) {
                diagnostics.report(Diagnostic.error(Code.ZC0235, problem).at(text.span())
                        .help("write the device's own address on the interface, e.g. `10.20.0.2/24`"));
                ok = false;
                continue;
            }
            AddressBlock host = AddressBlock.of(address);
            if (zone.subnets().stream().noneMatch(s -> s.contains(host))) {
                diagnostics.report(Diagnostic.error(Code.ZC0235, "`" + host.text() + "` is not in zone `" + zone.name()
                                + "`, which the interface faces")
                        .at(text.span()).label(zone.span(), "zone defined here")
                        .help("an interface's address lies in a subnet of the zone it faces"));
                ok = false;
            } else if (result.stream().anyMatch(a -> a.family() == host.family())) {
                diagnostics.report(Diagnostic.error(Code.ZC0235, "interface `" + i.name().text() + "` has a second "
                                + (host.family() == IpFamily.V4 ? "IPv4" : "IPv6") + " address")
                        .at(text.span()).help("give one address per IP version: the one the device's own traffic reaches"));
                ok = false;
            } else {
                result.add(host);
                // the subnet the interface is on: as written, else the zone's subnet that holds the address
                networks.add(length != null && length < address.getBitCount()
                        ? AddressBlock.of(address.toPrefixBlock(length))
                        : zone.subnets().stream().filter(sub -> sub.contains(host)).findFirst().orElseThrow());
            }
        }
        return ok ? Optional.of(new Addresses(result, networks)) : Optional.empty();
    }

    /** An interface's own addresses and the subnet of each. */
    private record Addresses(List<AddressBlock> hosts, List<AddressBlock> networks) {}

    /**
     * The interface's {@code control-plane:} entries resolved (ZC0304): OSPF, VRRP and HSRP need an address on the
     * interface (they are accepted from its subnet); a BGP neighbour is another host on the interface's subnet; a DHCP
     * server is an IPv4 host in a zone the device faces (its replies arrive on the interfaces facing it) and the
     * relaying interface has an IPv4 address (the replies' destination). Each protocol once per interface.
     */
    private static Optional<List<ControlPlane>> controlPlane(InventoryDevice d, InventoryInterface written,
                                                            Interface i, Map<String, Zone> faced,
                                                            Diagnostics diagnostics) {
        List<ControlPlane> result = new ArrayList<>();
        Map<String, InventoryInterface.ControlPlaneEntry> seen = new HashMap<>();
        boolean ok = true;
        for (InventoryInterface.ControlPlaneEntry entry : written.controlPlane()) {
            ControlPlane.Protocol protocol = ControlPlane.Protocol.of(entry.protocol().text()).orElseThrow();
            String key = protocol.word() + " " + entry.argument().map(Ident::text).orElse("");
            InventoryInterface.ControlPlaneEntry first = seen.putIfAbsent(key, entry);
            String where = "`" + i.name() + "` of `" + d.name().text() + "`";
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.ZC0304, "`" + key.strip() + "` is declared twice on " + where)
                        .at(entry.span()).label(first.span(), "first here").help("declare each protocol once"));
                ok = false;
                continue;
            }
            if (i.addresses().isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.ZC0304, "`" + protocol.word() + "` on " + where
                                + " needs the interface's address")
                        .at(entry.protocol().span())
                        .help("give the interface its `address:` with its prefix length (e.g. `10.20.0.2/24`): the "
                                + "device accepts " + protocol.word() + " from that subnet and at that address only"));
                ok = false;
                continue;
            }
            Optional<AddressBlock> peer = Optional.empty();
            Optional<String> peerZone = Optional.empty();
            if (entry.argument().isPresent()) {
                Ident argument = entry.argument().get();
                IPAddress address = new IPAddressString(argument.text()).getAddress();
                if (address == null || address.isMultiple() || address.getNetworkPrefixLength() != null) {
                    diagnostics.report(Diagnostic.error(Code.ZC0304, "`" + Diagnostic.printable(argument.text())
                                    + "` is not a host address")
                            .at(argument.span())
                            .help(protocol == ControlPlane.Protocol.BGP ? "name the neighbour's address on the "
                                    + "interface's subnet, e.g. `bgp 10.32.0.1`"
                                    : "name the DHCP server's address, e.g. `dhcp-relay 10.30.0.8`"));
                    ok = false;
                    continue;
                }
                AddressBlock host = AddressBlock.of(address);
                peer = Optional.of(host);
                if (protocol == ControlPlane.Protocol.BGP) {
                    Optional<AddressBlock> network = i.network(host.family());
                    boolean onLink = network.isPresent() && network.get().contains(host)
                            && !i.address(host.family()).orElseThrow().equals(host);
                    if (!onLink) {
                        diagnostics.report(Diagnostic.error(Code.ZC0304, "BGP neighbour `" + host.text() + "` is not "
                                        + "another host on the subnet of " + where
                                        + network.map(n -> " (" + n.text() + ")").orElse(""))
                                .at(argument.span())
                                .help("zonec accepts BGP on an interface from a directly connected neighbour only; "
                                        + "a session to a loopback arrives on whichever interface routes it"));
                        ok = false;
                        continue;
                    }
                } else {
                    peerZone = faced.values().stream()
                            .filter(z -> z.subnets().stream().anyMatch(sub -> sub.contains(host)))
                            .map(Zone::name).findFirst();
                    String problem = host.family() != IpFamily.V4
                            ? "DHCPv6 relay is not written: `" + host.text() + "` is an IPv6 server"
                            : i.address(IpFamily.V4).isEmpty()
                            ? "the DHCP relay on " + where + " needs the interface's IPv4 address"
                            : peerZone.isEmpty() ? "DHCP server `" + host.text() + "` is in no zone `"
                            + d.name().text() + "` faces" : null;
                    if (problem != null) {
                        diagnostics.report(Diagnostic.error(Code.ZC0304, problem).at(argument.span())
                                .help("the server's replies arrive at the relaying interface's IPv4 address through "
                                        + "the interfaces facing the server's zone, one of: "
                                        + String.join(", ", faced.keySet())));
                        ok = false;
                        continue;
                    }
                }
            }
            result.add(new ControlPlane(protocol, peer, peerZone, entry.span()));
        }
        return ok ? Optional.of(result) : Optional.empty();
    }

    /**
     * Where one inbound filter serves every interface facing a zone (the stateless ACL platforms: one ACL or filter
     * per zone and IP version), each of those interfaces accepts what the filter does: interfaces of one zone that
     * declare different protocols would open one's control plane on the other, so that is ZC0304.
     */
    private static boolean sharedFilters(InventoryDevice d, List<Interface> interfaces,
                                         List<InventoryInterface> written, Diagnostics diagnostics) {
        if (d.platform().capabilities().ownTraffic() != Capabilities.OwnTraffic.INBOUND_ACL) {
            return true;
        }
        Map<String, Integer> firstOfZone = new HashMap<>();
        boolean ok = true;
        for (int n = 0; n < interfaces.size(); n++) {
            Interface i = interfaces.get(n);
            Integer first = firstOfZone.putIfAbsent(i.zone(), n);
            if (first == null) {
                continue;
            }
            Interface other = interfaces.get(first);
            if (!declared(i).equals(declared(other))) {
                diagnostics.report(Diagnostic.error(Code.ZC0304, "`" + i.name() + "` and `" + other.name() + "` of `"
                                + d.name().text() + "` face zone `" + i.zone() + "` but declare different control "
                                + "planes")
                        .at(written.get(n).name().span())
                        .label(written.get(first).name().span(), "also faces `" + i.zone() + "`")
                        .help(d.platform().id() + " filters both with one inbound ACL per zone, which would accept "
                                + "either interface's protocols on both: declare the same `control-plane:` on each"));
                ok = false;
            }
        }
        return ok;
    }

    private static Set<String> declared(Interface i) {
        Set<String> words = new TreeSet<>();
        i.controlPlane().forEach(c -> words.add(c.protocol().word() + c.peer().map(p -> " " + p.text()).orElse("")));
        return words;
    }

    /**
     * The zone pairs of a device's {@code routes:}; empty when a line names an unknown zone, a zone the device does not
     * face, or a zone on both sides (each reported).
     */
    private static Optional<SortedSet<ZonePair>> routes(InventoryDevice d, List<InventoryRoute> lines,
                                                        List<Interface> interfaces, ZoneLookup zones,
                                                        Diagnostics diagnostics) {
        Set<String> faced = new TreeSet<>();
        interfaces.forEach(i -> faced.add(i.zone()));
        SortedSet<ZonePair> pairs = new TreeSet<>();
        boolean ok = true;
        for (InventoryRoute line : lines) {
            List<Ident> named = new ArrayList<>(line.left());
            named.addAll(line.right());
            for (Ident zone : named) {
                Optional<Zone> found = zones.find(zone.text(), zone.span());
                if (found.isPresent() && !faced.contains(zone.text())) {
                    diagnostics.report(Diagnostic.error(Code.ZC0233, "`" + d.name().text() + "` routes `" + zone.text()
                                    + "` but none of its interfaces faces it")
                            .at(zone.span())
                            .help("a device forwards only between zones its interfaces face: "
                                    + String.join(", ", faced)));
                    ok = false;
                }
                ok &= found.isPresent();
            }
            for (Ident a : line.left()) {
                for (Ident b : line.right()) {
                    if (a.text().equals(b.text())) {
                        diagnostics.report(Diagnostic.error(Code.ZC0233, "a route from `" + a.text() + "` to itself")
                                .at(b.span()).help("a route joins two different zones"));
                        ok = false;
                    } else {
                        pairs.add(ZonePair.of(a.text(), b.text()));
                    }
                }
            }
        }
        return ok ? Optional.of(pairs) : Optional.empty();
    }
}
