package dev.zonec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.zonec.inventory.InventoryLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;

/**
 * Fuzz target 2: the inventory loader (SnakeYAML under zonec's limits). Raw text, or YAML assembled from the shapes
 * an inventory has (mappings, flow mappings, anchors and aliases, tags, deep nesting). Nothing may throw; every
 * diagnostic is located inside the file.
 */
public final class InventoryFuzzTarget {

    private InventoryFuzzTarget() {}

    private static final String[] PIECES = {
        "devices:", "  ", "    ", "      ", "sw1:", "fw1:", "platform: ", "cisco-ios", "cisco-asa", "nftables",
        "fortinet-fortios", "interfaces:", "Vlan5: ", "vlan5: ", "Gi0/1: ", "eth0: ", "{ zone: control }",
        "{ zone: field }", "zone: ", "&a ", "*a", "<<: *a", "!!str ", "!!map ", "[", "]", "{", "}", ",", "- ", "? ",
        ": ", "\"", "'", "|", ">", "#", "\n", "\t", "~", "null", "%YAML 1.2\n", "---\n", "...\n", "\u202e", "\u001b",
        "x".repeat(300),
    };

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String text;
        if (data.consumeBoolean()) {
            text = data.consumeRemainingAsString();
        } else {
            StringBuilder b = new StringBuilder();
            int count = data.consumeInt(0, 300);
            for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
                b.append(data.pickValue(PIECES));
            }
            text = b.toString();
        }
        run(text);
    }

    static void run(String text) {
        Diagnostics diagnostics = new Diagnostics();
        InventoryLoader.load(new SourceFile("inventory.yaml", text), diagnostics);
        Invariants.diagnostics(diagnostics.sorted());
    }
}
