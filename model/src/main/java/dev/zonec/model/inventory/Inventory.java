package dev.zonec.model.inventory;

import dev.zonec.model.source.SourceFile;
import java.util.List;

/** The devices of {@code inventory.yaml} as written; zone names are resolved later against the policy. */
public record Inventory(SourceFile source, List<InventoryDevice> devices) {
    public Inventory {
        devices = List.copyOf(devices);
    }
}
