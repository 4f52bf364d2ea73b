package dev.zonec.platform.juniper.render.filter;

import dev.zonec.platform.juniper.JuniperJunos;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A Junos logical interface as the inventory writes it, {@code ge-0/0/0.0} or {@code irb.20}: the physical device
 * ({@code ge-0/0/0}, {@code irb}) and the logical unit ({@code 0}, {@code 20}). Filters attach to logical units, so a
 * name without a unit is refused rather than guessed.
 */
record LogicalInterface(String device, String unit) {

    static Optional<LogicalInterface> parse(String name) {
        Matcher m = JuniperJunos.INTERFACE.matcher(name);
        return m.matches() ? Optional.of(new LogicalInterface(m.group("device"), m.group("unit"))) : Optional.empty();
    }
}
