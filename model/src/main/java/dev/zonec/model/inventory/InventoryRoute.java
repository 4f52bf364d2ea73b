package dev.zonec.model.inventory;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.source.Span;
import java.util.List;

/**
 * One line of a device's {@code routes:}, as written: {@code safety <-> supervisory, site-ops} says the device forwards
 * between each zone on the left and each zone on the right, both ways. Zone names are resolved later.
 */
public record InventoryRoute(List<Ident> left, List<Ident> right, Span span) {
    public InventoryRoute {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
