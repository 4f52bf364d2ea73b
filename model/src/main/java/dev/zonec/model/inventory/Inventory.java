package dev.zonec.model.inventory;

import dev.zonec.model.source.SourceFile;
import java.util.List;

/**
 * The devices of {@code inventory.yaml} as written; zone names are resolved later against the policy.
 * {@code broken} names the devices whose entries had errors (already reported): they are known, so that a policy
 * naming one is not told the device is unknown.
 */
public record Inventory(SourceFile source, List<InventoryDevice> devices, java.util.Set<String> broken) {
    public Inventory {
        devices = List.copyOf(devices);
        broken = java.util.Set.copyOf(broken);
    }

    public Inventory(SourceFile source, List<InventoryDevice> devices) {
        this(source, devices, java.util.Set.of());
    }
}
