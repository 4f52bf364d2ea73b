package dev.zonec.readback.junos;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.readback.LineParsing;

/** Reports what keeps one device from being proven (ZC0803), at the line that caused it. */
public record Unprovable(String device, Diagnostics diagnostics) {

    public void at(LineParsing.Line line, String why) {
        LineParsing.unprovable(device, line, why, diagnostics);
    }
}
