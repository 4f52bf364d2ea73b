package dev.zonec.platform.fortinet.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import java.util.List;

/**
 * Reads a FortiOS configuration back: the block structure line by line into tables, then the addresses, services,
 * system zones and firewall policies of the VDOM that has policies, as one stage over every pair of interfaces with
 * the implicit deny at its end, and the local-in policies as what it accepts addressed to itself. FortiOS keeps
 * sessions, so the filter is stateful. See
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
        FortiosPolicies policies = new FortiosPolicies(device, tables, diagnostics);
        FilterStage forwarding = policies.stage();
        // a packet for the FortiGate's address on the interface it arrives on meets no firewall policy (Fortinet KB
        // 369268: one for another interface's address does, as if forwarded there), then the local-in policies
        return new PacketFilter(device, true, List.of(forwarding), List.of(),
                new PacketFilter.Host(true, List.of(policies.localIn())));
    }
}
