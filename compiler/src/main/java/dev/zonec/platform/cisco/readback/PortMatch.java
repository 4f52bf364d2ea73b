package dev.zonec.platform.cisco.readback;

import java.util.List;

/**
 * A port operator as written: {@code eq}, {@code neq}, {@code lt}, {@code gt} or {@code range}, with its numbers or
 * port names.
 */
public record PortMatch(String operator, List<String> values) {
    public PortMatch {
        values = List.copyOf(values);
    }
}
