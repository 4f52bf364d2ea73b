package dev.zonec.model.inventory;

import dev.zonec.model.ast.Ident;

import java.util.List;

/**
 * An interface and the zone it faces, e.g. {@code Vlan20: { zone: supervisory, address: 10.20.0.2/24 }}, with the
 * device's own addresses on it as written ({@code ADDRESS/LENGTH}, one per IP version at most), checked by resolve.
 */
public record InventoryInterface(Ident name, Ident zone, List<Ident> addresses) {
    public InventoryInterface {
        addresses = List.copyOf(addresses);
    }

    public InventoryInterface(Ident name, Ident zone) {
        this(name, zone, List.of());
    }
}
