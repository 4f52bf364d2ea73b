package dev.zonec.model.inventory;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.site.Platform;
import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A device as written in the inventory.
 *
 * @param routes the device's {@code routes:} when it has them: then it forwards only between the zones they pair;
 *               without them it forwards between every two zones it faces
 */
public record InventoryDevice(Ident name, Platform platform, Span platformSpan, List<InventoryInterface> interfaces,
                              Optional<List<InventoryRoute>> routes) {
    public InventoryDevice {
        interfaces = List.copyOf(interfaces);
        routes = routes.map(List::copyOf);
    }
}
