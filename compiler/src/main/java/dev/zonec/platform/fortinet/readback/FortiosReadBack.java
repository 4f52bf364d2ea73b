package dev.zonec.platform.fortinet.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import java.util.List;

/**
 * Reads a FortiOS configuration back: the block structure line by line into tables, then the addresses, services,
 * system zones and firewall policies of the VDOM that has policies, as one stage over every pair of interfaces with
 * the implicit deny at its end. FortiOS keeps sessions, so the filter is stateful. See
 * docs/platforms/fortinet-fortios.md, "Read-back", for what makes a device unprovable.
 */
public final class FortiosReadBack implements ReadBack {


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        FortiosTables tables = new FortiosTables();
        FortiosLines lines = new FortiosLines(device, tables, diagnostics);
        for (SourceFile file : files) {
            String[] text = file.text().split("\n", -1);
            for (int i = 0; i < text.length; i++) {
                lines.line(new LineParsing.Line(file, i + 1, text[i].replace("\r", "")));
            }
        }
        return new PacketFilter(device, true, List.of(new FortiosPolicies(device, tables, diagnostics).stage()));
    }
}
