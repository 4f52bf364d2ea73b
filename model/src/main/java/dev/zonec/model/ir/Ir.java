package dev.zonec.model.ir;

import java.util.List;
import java.util.Optional;

/**
 * The per-device rules of a whole site, devices sorted by name, and where each flow was placed (by flow, then IP
 * version).
 */
public record Ir(List<DeviceIr> devices, List<FlowPlacement> placements) {
    public Ir {
        devices = List.copyOf(devices);
        placements = List.copyOf(placements);
    }

    public Optional<DeviceIr> device(String name) {
        return devices.stream().filter(d -> d.device().name().equals(name)).findFirst();
    }
}
