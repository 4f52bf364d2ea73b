package dev.zonec.testing;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.platform.Targets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Sites for tests that need the model or IR of a whole site: the bundled example, or one `zonec gen` writes. */
public final class Sites {
    public static final Path PORT_TERMINAL = Path.of(System.getProperty("zonec.repo", "..")).resolve("policies/port-terminal");

    /** One Cisco IOS switch joining zones `control` (Vlan20) and `field` (Vlan101): the smallest inventory. */
    public static final String SW1_INVENTORY = """
            devices:
              sw1:
                platform: cisco-ios
                interfaces:
                  Vlan20: { zone: control }
                  Vlan101: { zone: field }
            """;

    private Sites() {}

    /** Parse to render (no proofs) of a site folder; fails the test if it does not get that far. */
    public static PipelineResult compile(Path folder) {
        Diagnostics diagnostics = new Diagnostics();
        PipelineResult result = Pipeline.run(SiteLoader.load(folder, folder.toString(), Optional.empty(), diagnostics),
                Targets.standard(), LocalDate.of(2026, 11, 28));
        if (result.site().isEmpty() || result.ir().isEmpty()) {
            throw new AssertionError("the site does not compile: " + result.diagnostics());
        }
        return result;
    }

    /** A synthetic site written by `zonec gen` into {@code work/site}. */
    public static Path generated(Path work, int zones, int devices, int flows, int seed) {
        CliRun gen = CliRun.of(work, "gen", "--zones", "" + zones, "--devices", "" + devices, "--flows", "" + flows,
                "--seed", "" + seed, "-o", "site");
        if (gen.exit() != 0) {
            throw new AssertionError("zonec gen failed: " + gen.err());
        }
        return work.resolve("site");
    }
}
