package dev.zonec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.zonec.inventory.InventoryLoader;
import dev.zonec.model.ast.PolicyFile;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.inventory.Inventory;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.parse.PolicyParser;
import dev.zonec.resolve.Resolver;
import dev.zonec.testing.Sites;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target 1: the policy parser and the resolver. A base site file plus one fuzzed file, resolved against a
 * fixed inventory. Nothing may throw; every diagnostic is located inside its file; a run without errors has a site.
 */
public final class PolicyFuzzTarget {

    private PolicyFuzzTarget() {}

    static final String BASE = """
            site fuzz "Fuzzed site"
            zone control {
              level 2
              sl 2
              subnet 10.20.0.0/24
              asset hmi[1..2] 10.20.0.21-10.20.0.22
              asset ews 10.20.0.40
            }
            zone field {
              level 1
              sl 2
              subnet 10.1.1.0/24
              asset plc[1..3] 10.1.1.11-10.1.1.13
            }
            """;

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        run(PolicyText.generate(data));
    }

    /** Parsed once: each run parses only the fuzzed file. */
    private static final PolicyFile BASE_FILE = PolicyParser.parse(new SourceFile("base.zc", BASE), new Diagnostics());
    private static final Inventory INVENTORY_MODEL =
            InventoryLoader.load(new SourceFile("inventory.yaml", Sites.SW1_INVENTORY), new Diagnostics());

    static void run(String text) {
        Diagnostics diagnostics = new Diagnostics();
        PolicyFile fuzzed = PolicyParser.parse(new SourceFile("fuzz.zc", text), diagnostics);
        Optional<Site> site = Resolver.resolve(List.of(BASE_FILE, fuzzed), INVENTORY_MODEL, diagnostics);
        Invariants.diagnostics(diagnostics.sorted());
        if (!diagnostics.hasErrors() && site.isEmpty()) {
            throw new AssertionError("no error reported, yet no site");
        }
    }
}
