package dev.zonec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target 3: the whole pipeline, proofs included, on a small site. Three zones with assets are fixed; the fuzzer
 * writes services and conduits from the language's own pieces (endpoints, family selectors, services, function
 * classes, `log`, `sl`), picks each of two devices' platforms from all ten, and which zones their interfaces face.
 * Nothing may throw, every diagnostic is located, and a config that was written is proven: no ZC0801 or ZC0803.
 */
public final class PipelineFuzzTarget {

    private PipelineFuzzTarget() {}

    private static final String BASE = """
            site fuzz "Fuzzed site"
            zone control {
              level 2
              sl 2
              subnet 10.20.0.0/24, 2001:db8:20::/64
              asset hmi[1..2] 10.20.0.21-10.20.0.22
              asset ews 10.20.0.40
              asset ews6 2001:db8:20::40
            }
            zone field {
              level 1
              sl 2
              subnet 10.1.1.0/24
              asset plc[1..3] 10.1.1.11-10.1.1.13
            }
            zone dmz {
              level 3.5
              sl 2
              subnet 10.35.0.0/24
              asset historian 10.35.0.10
            }
            """;

    private static final String[] ZONES = {"control", "field", "dmz"};
    private static final String[] ENDPOINTS = {
        "any", "hmi[*]", "hmi[1]", "hmi[1..2]", "ews", "ews6", "plc[*]", "plc[2]", "plc[2..3]", "historian", "hmi", "plc[4]",
    };
    private static final String[] SERVICES = {
        "any", "modbus", "modbus.read", "s7", "ssh", "https", "dnp3", "tcp/1-65535", "tcp/502", "udp/161", "icmp",
        "icmp/8/0", "icmp6", "tcp/0", "svc1", "svc2", "opcua", "ntp", "syslog",
    };
    private static final String[] SERVICE_DEFS = {
        "tcp/5450", "tcp/8530-8531", "udp/47808", "modbus, ssh", "icmp/3", "svc1", "tcp/1-1024, udp/1-1024",
    };

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        StringBuilder policy = new StringBuilder(BASE);
        policy.append("service svc1 ").append(data.pickValue(SERVICE_DEFS)).append('\n');
        policy.append("service svc2 ").append(data.pickValue(SERVICE_DEFS)).append('\n');
        int conduits = data.consumeInt(0, 3);
        for (int c = 0; c < conduits; c++) {
            String from = data.pickValue(ZONES);
            String to = data.pickValue(ZONES);
            policy.append("conduit c").append(c).append(": ").append(from).append(" -> ").append(to).append(" {\n");
            if (data.consumeBoolean()) {
                policy.append("  sl ").append(data.consumeInt(1, 4)).append('\n');
            }
            int rules = data.consumeInt(0, 4);
            for (int r = 0; r < rules; r++) {
                policy.append("  allow ").append(data.pickValue(ENDPOINTS)).append(" -> ").append(data.pickValue(ENDPOINTS))
                        .append(" : ").append(data.pickValue(SERVICES));
                if (data.consumeBoolean()) {
                    policy.append(", ").append(data.pickValue(SERVICES));
                }
                policy.append(data.consumeBoolean() ? " log\n" : "\n");
            }
            policy.append("}\n");
        }
        StringBuilder inventory = new StringBuilder("devices:\n");
        List<Target> targets = Targets.standard().all();
        for (int d = 0; d < 2; d++) {
            Target t = data.pickValue(targets);
            inventory.append("  dev").append(d).append(":\n    platform: ").append(t.id()).append("\n    interfaces:\n");
            int faces = data.consumeInt(1, 3);
            for (int i = 0; i < faces; i++) {
                inventory.append("      ").append(t.interfaces().sample(i)).append(": { zone: ")
                        .append(ZONES[(d + i) % ZONES.length]).append(" }\n");
            }
        }
        if (data.consumeBoolean()) {
            policy.append("accept port-level modbus.read on dev0, dev1 \"fuzz\"\n");
        }
        run(policy.toString(), inventory.toString());
    }

    static void run(String policy, String inventory) {
        SiteSource source = new SiteSource(List.of(new SourceFile("site.zc", policy)),
                Optional.of(new SourceFile("inventory.yaml", inventory)));
        PipelineResult result = Pipeline.run(source, Targets.standard(), LocalDate.of(2026, 11, 28), true, 1);
        Invariants.diagnostics(result.diagnostics());
        for (Diagnostic d : result.diagnostics()) {
            if (d.code() == Code.ZC0801 || d.code() == Code.ZC0803 || d.code() == Code.ZC0802) {
                throw new AssertionError("a rendered config failed its proof:\n" + d + "\n--- policy\n" + policy
                        + "--- inventory\n" + inventory);
            }
        }
    }
}
