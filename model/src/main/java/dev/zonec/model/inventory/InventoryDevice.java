package dev.zonec.model.inventory;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.site.Platform;
import dev.zonec.model.source.Span;
import java.util.List;

public record InventoryDevice(Ident name, Platform platform, Span platformSpan, List<InventoryInterface> interfaces) {
    public InventoryDevice {
        interfaces = List.copyOf(interfaces);
    }
}
