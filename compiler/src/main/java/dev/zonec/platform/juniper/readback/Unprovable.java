package dev.zonec.platform.juniper.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.readback.LineParsing;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports what keeps one device from being proven (ZC0803), at the line that caused it, once: an undefined
 * address used by three policies is one finding.
 */
public final class Unprovable {
    private final String device;
    private final Diagnostics diagnostics;
    private final Set<List<Object>> reported = new HashSet<>();

    public Unprovable(String device, Diagnostics diagnostics) {
        this.device = device;
        this.diagnostics = diagnostics;
    }

    public void at(LineParsing.Line line, String why) {
        if (reported.add(List.of(line.file().displayPath(), line.number(), why))) {
            LineParsing.unprovable(device, line, why, diagnostics);
        }
    }
}
