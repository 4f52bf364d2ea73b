package dev.zonec.resolve;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.inventory.Inventory;
import dev.zonec.model.inventory.InventoryDevice;
import dev.zonec.model.inventory.InventoryInterface;
import dev.zonec.model.inventory.InventoryRoute;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Zone;
import dev.zonec.model.site.ZonePair;
import dev.zonec.platform.InterfaceIdentity;
import dev.zonec.platform.Targets;
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
                zone.ifPresent(z -> interfaces.add(new Interface(i.name().text(), z.name(), i.name().span())));
                ok &= zone.isPresent();
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
