package dev.zonec.model.ir;

import java.util.List;
import java.util.Optional;

/** The per-device rules of a whole site, devices sorted by name. */
public record Ir(List<DeviceIr> devices) {
    public Ir {
        devices = List.copyOf(devices);
    }

    public Optional<DeviceIr> device(String name) {
        return devices.stream().filter(d -> d.device().name().equals(name)).findFirst();
    }
}
