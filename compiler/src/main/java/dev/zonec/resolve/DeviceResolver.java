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
                Optional<List<AddressBlock>> addresses = zone.flatMap(z -> addresses(i, z, diagnostics));
                addresses.ifPresent(a -> interfaces.add(new Interface(i.name().text(), zone.get().name(),
                        i.name().span(), a)));
                ok &= addresses.isPresent();
            }
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
    private static Optional<List<AddressBlock>> addresses(InventoryInterface i, Zone zone, Diagnostics diagnostics) {
        List<AddressBlock> result = new ArrayList<>();
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
            }
        }
        return ok ? Optional.of(result) : Optional.empty();
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
