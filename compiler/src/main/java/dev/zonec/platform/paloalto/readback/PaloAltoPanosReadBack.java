package dev.zonec.platform.paloalto.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import java.util.List;

/**
 * Reads a PAN-OS set-format file back: zones and their interfaces (as the files say, or as the operator set them up,
 * for interfaces the files put in no zone), address, service and application objects and
 * groups, and the security rule base, which becomes one stage over every pair of interfaces with PAN-OS's default
 * rules at its end. PAN-OS keeps sessions, so the filter is stateful. See docs/platforms/paloalto-panos.md,
 * "Read-back", for what makes a device unprovable.
 */
public final class PaloAltoPanosReadBack implements ReadBack {


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        return read(device, files, java.util.Map.of(), diagnostics);
    }

    /**
     * As the files say, with every interface they put in no zone in the zone the operator set up for it ({@code zones}):
     * zonec's files leave zone membership to the operator. A zone only set up this way is reported at the file's
     * first line.
     */
    @Override
    public PacketFilter read(String device, List<SourceFile> files, java.util.Map<String, String> zones,
                             Diagnostics diagnostics) {
        PanosState state = new PanosState();
        PanosLines lines = new PanosLines(device, state, diagnostics);
        for (SourceFile file : files) {
            String[] text = file.text().split("\n", -1);
            for (int i = 0; i < text.length; i++) {
                lines.line(new LineParsing.Line(file, i + 1, text[i].replace("\r", "")));
            }
        }
        if (!files.isEmpty()) {
            LineParsing.Line first = new LineParsing.Line(files.get(0), 1, files.get(0).line(1));
            java.util.Set<String> zoned = new java.util.HashSet<>();
            state.zones.values().forEach(z -> zoned.addAll(z.interfaces));
            zones.forEach((iface, zone) -> {
                if (!zoned.contains(iface)) {
                    state.zones.computeIfAbsent(zone, z -> new PanosState.Zone(first)).interfaces.add(iface);
                }
            });
        }
        return new PacketFilter(device, true, List.of(new PanosRuleBase(device, state, diagnostics).stage()));
    }
}
