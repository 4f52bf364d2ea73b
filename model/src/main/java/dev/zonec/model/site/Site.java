package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;

/**
 * The resolved site: everything later stages need, with names already checked. Lists keep policy order
 * (files sorted by name, then lines); maps are keyed by name and preserve that order.
 */
public record Site(
        String name,
        Optional<String> description,
        Span span,
        List<Zone> zones,
        List<ServiceDefinition> services,
        List<Asset> assets,
        List<AssetFamily> families,
        List<Conduit> conduits,
        List<Flow> flows,
        List<Invariant> invariants,
        List<PortLevelAcceptance> acceptances,
        List<Waiver> waivers,
        List<Device> devices,
        Topology topology) {

    public Site {
        zones = List.copyOf(zones);
        services = List.copyOf(services);
        assets = List.copyOf(assets);
        families = List.copyOf(families);
        conduits = List.copyOf(conduits);
        flows = List.copyOf(flows);
        invariants = List.copyOf(invariants);
        acceptances = List.copyOf(acceptances);
        waivers = List.copyOf(waivers);
        devices = List.copyOf(devices);
    }

    public Map<String, Zone> zonesByName() {
        return byName(zones, Zone::name);
    }

    public Map<String, Device> devicesByName() {
        return byName(devices, Device::name);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
