package dev.zonec.model.inventory;

import dev.zonec.model.ast.Ident;

import java.util.List;

/**
 * An interface and the zone it faces, e.g. {@code Vlan20: { zone: supervisory, address: 10.20.0.2/24,
 * control-plane: [ospf] }}, with the device's own addresses on it as written ({@code ADDRESS/LENGTH}, one per IP
 * version at most) and its control-plane entries as written ({@code ospf}, {@code bgp 10.32.0.1}: a known protocol
 * word, checked by the loader, and its argument, checked by resolve).
 */
public record InventoryInterface(Ident name, Ident zone, List<Ident> addresses, List<ControlPlaneEntry> controlPlane) {
    public InventoryInterface {
        addresses = List.copyOf(addresses);
        controlPlane = List.copyOf(controlPlane);
    }

    public InventoryInterface(Ident name, Ident zone, List<Ident> addresses) {
        this(name, zone, addresses, List.of());
    }

    public InventoryInterface(Ident name, Ident zone) {
        this(name, zone, List.of());
    }

    /** One {@code control-plane:} item: the protocol's word and what follows it (a peer address), each where written. */
    public record ControlPlaneEntry(Ident protocol, java.util.Optional<Ident> argument, dev.zonec.model.source.Span span) {}
}
