package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;

/**
 * An interface of a device and the zone it faces; {@code addresses} are the device's own addresses on it (at most one
 * per IP version, inside the zone's subnets), where rules for the device's own traffic reach it.
 */
public record Interface(String name, String zone, Span span, List<AddressBlock> addresses) {
    public Interface {
        addresses = List.copyOf(addresses);
    }

    public Interface(String name, String zone, Span span) {
        this(name, zone, span, List.of());
    }
}
