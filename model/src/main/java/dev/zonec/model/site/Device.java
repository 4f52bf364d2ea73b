package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An enforcement point from the inventory; each interface faces one zone.
 *
 * @param routes the zone pairs the device forwards between, when the inventory says ({@code routes:}); empty means
 *               it forwards between every two zones it faces
 */
public record Device(String name, Platform platform, List<Interface> interfaces, Optional<SortedSet<ZonePair>> routes,
                     Span span) {
    public Device {
        interfaces = List.copyOf(interfaces);
        routes = routes.map(r -> java.util.Collections.unmodifiableSortedSet(new TreeSet<>(r)));
    }

    public Device(String name, Platform platform, List<Interface> interfaces, Span span) {
        this(name, platform, interfaces, Optional.empty(), span);
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

    /** Whether the device forwards between zones {@code a} and {@code b} (two different zones it faces). */
    public boolean forwards(String a, String b) {
        return routes.map(r -> r.contains(ZonePair.of(a, b))).orElse(true);
    }
}
