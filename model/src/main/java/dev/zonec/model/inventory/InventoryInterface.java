package dev.zonec.model.inventory;

import dev.zonec.model.ast.Ident;

/** An interface and the zone it faces, e.g. {@code Vlan20: { zone: supervisory }}. */
public record InventoryInterface(Ident name, Ident zone) {}
