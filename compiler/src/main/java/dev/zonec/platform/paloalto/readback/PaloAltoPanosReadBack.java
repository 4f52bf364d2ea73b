package dev.zonec.platform.paloalto.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import java.util.List;

/**
 * Reads a PAN-OS set-format file back: zones and their interfaces, address, service and application objects and
 * groups, and the security rule base, which becomes one stage over every pair of interfaces with PAN-OS's default
 * rules at its end. PAN-OS keeps sessions, so the filter is stateful. See docs/platforms/paloalto-panos.md,
 * "Read-back", for what makes a device unprovable.
 */
public final class PaloAltoPanosReadBack implements ReadBack {


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        PanosState state = new PanosState();
        PanosLines lines = new PanosLines(device, state, diagnostics);
        for (SourceFile file : files) {
            String[] text = file.text().split("\n", -1);
            for (int i = 0; i < text.length; i++) {
                lines.line(new LineParsing.Line(file, i + 1, text[i].replace("\r", "")));
            }
        }
        return new PacketFilter(device, true, List.of(new PanosRuleBase(device, state, diagnostics).stage()));
    }
}
