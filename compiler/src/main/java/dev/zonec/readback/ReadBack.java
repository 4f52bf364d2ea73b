package dev.zonec.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import java.util.List;

/**
 * Reads a device's generated config back into a vendor-neutral {@link PacketFilter}: a second, independent reading
 * of what a renderer wrote, with its own grammar (beside the reader in its platform folder) and no code shared with the renderers. It is
 * tolerant, because it is also the start of importing existing configs: a line it does not understand is a ZC0802
 * warning with its line number; if such a line sits where it could change what the device forwards, the reader
 * also reports ZC0803 (the device cannot be proven).
 */
public interface ReadBack {

    /** Reads the files written for one device (in manifest order). */
    PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics);

    /**
     * Reads the files of a device whose interfaces the operator has put into security zones by hand, as the inventory
     * says ({@code zones}: interface name to zone name). zonec never writes zone membership on the platforms where it
     * is the operator's (SRX, PAN-OS): the proof then holds for a device set up as the inventory says. A platform
     * that reads zone membership from the files uses it only for interfaces the files put in no zone; the others
     * ignore it.
     */
    default PacketFilter read(String device, List<SourceFile> files, java.util.Map<String, String> zones,
                              Diagnostics diagnostics) {
        return read(device, files, diagnostics);
    }
}
