package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An enforcement point from the inventory; each interface faces one zone. */
public record Device(String name, Platform platform, List<Interface> interfaces, Span span) {
    public Device {
        interfaces = List.copyOf(interfaces);
    }

    /** The zones this device faces, sorted. */
    public Set<String> zones() {
        Set<String> zones = new TreeSet<>();
        interfaces.forEach(i -> zones.add(i.zone()));
        return zones;
    }

    /** Interfaces facing {@code zone}, in inventory order. */
    public List<Interface> interfacesFacing(String zone) {
        return interfaces.stream().filter(i -> i.zone().equals(zone)).toList();
    }
}
