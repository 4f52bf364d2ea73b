package dev.zonec.model.ir;

import dev.zonec.model.site.Device;
import java.util.List;

/**
 * The ordered rule list of one device. Every list ends in an implicit default deny that every renderer
 * writes out explicitly; there are no other deny rules.
 */
public record DeviceIr(Device device, List<IrRule> rules) {
    public DeviceIr {
        rules = List.copyOf(rules);
    }
}
