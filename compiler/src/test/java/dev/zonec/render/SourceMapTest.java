package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every line the built-in templates write says what it is for. Checked against the read-back, which reads the same
 * files with its own grammar: each line it reads as a permit is marked as enforcing IR rules (or as the
 * neighbour-discovery scaffolding an IPv6 filter needs), each line it reads as a deny is scaffolding (the default
 * deny), and every IR rule of the device is enforced by at least one line. Run on the port terminal and on every
 * platform's golden sites, so all ten platforms are covered.
 */
class SourceMapTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));
    /** Scaffolding that permits packets of its own: what an IPv6 filter must let through before its final deny. */
    private static final Set<String> PERMITTING_PARTS = Set.of("neighbour discovery",
            // IOS permits neighbour discovery in every IPv6 ACL implicitly; its read-back puts those rules on the
            // line that names the list
            "access list",
            // the accept of established and related connections on a stateful platform
            "state",
            // a Junos filter bound for one family lets the other family pass it (another filter, or none, decides)
            "binding",
            // PAN-OS allows traffic within a zone by default (intrazone-default); its read-back puts that on the zone
            "zone",
            // what the device itself runs on an interface (inventory `control-plane:`), before the final deny
            "control plane");

    @TestFactory
    Stream<DynamicTest> everyLineOfEveryPlatformSaysWhatItIsFor() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("port-terminal",
                () -> check(REPO.resolve("policies/port-terminal"), Optional.empty())));
        for (Target t : Targets.standard().all()) {
            Path cases = REPO.resolve("golden-tests/platforms/" + t.id());
            try (Stream<Path> dirs = Files.list(cases)) {
                for (Path c : dirs.filter(Files::isDirectory).sorted().toList()) {
                    Path site = Files.isDirectory(c.resolve("input")) ? c.resolve("input")
                            : REPO.resolve(Files.readString(c.resolve("site")).strip());
                    Optional<Path> inventory = Files.exists(c.resolve("inventory"))
                            ? Optional.of(REPO.resolve(Files.readString(c.resolve("inventory")).strip()))
                            : Optional.empty();
                    tests.add(DynamicTest.dynamicTest(t.id() + "/" + c.getFileName(), () -> check(site, inventory)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path folder, Optional<Path> inventory) {
        Diagnostics loading = new Diagnostics();
        PipelineResult result = Pipeline.run(SiteLoader.load(folder, folder.toString(), inventory, loading),
                Targets.standard(), LocalDate.of(2026, 11, 28));
        if (result.configs().isEmpty()) {
            return; // a case that stops before rendering (a function class a platform cannot enforce) writes nothing
        }
        for (RenderedConfig config : result.configs()) {
            Target target = Targets.standard().of(config.platform());
            DeviceIr device = result.ir().orElseThrow().device(config.device()).orElseThrow();
            Map<String, OutputFile> byName = new java.util.HashMap<>();
            config.files().forEach(f -> byName.put(f.name(), f));
            String where = config.device() + " (" + target.id() + ")";
            for (OutputFile f : config.files()) {
                long lines = f.text().chars().filter(c -> c == '\n').count() + (f.text().endsWith("\n") ? 0 : 1);
                assertEquals(lines, f.map().lines().size(), where + " " + f.name() + ": one origin per line");
                for (int n = 1; n <= f.map().lines().size(); n++) {
                    assertFalse(f.map().line(n).kind() == LineOrigin.Kind.UNMARKED,
                            where + " " + f.name() + ":" + n + " says nothing of what it is for: " + line(f, n));
                }
            }
            Set<IrRule> served = new HashSet<>();
            config.files().forEach(f -> f.map().lines().stream().filter(o -> o.kind() == LineOrigin.Kind.RULE)
                    .forEach(o -> served.addAll(o.rules())));
            for (IrRule rule : device.rules()) {
                assertTrue(served.contains(rule), where + ": no line enforces " + RuleText.describe(rule) + " to "
                        + rule.outZone());
            }
            List<SourceFile> files = config.files().stream().map(f -> new SourceFile(f.name(), f.text())).toList();
            PacketFilter filter = target.readBack().read(config.device(), files, new Diagnostics());
            for (FilterStage stage : filter.stages()) {
                for (FilterRule rule : stage.rules()) {
                    OutputFile f = byName.get(rule.file());
                    if (f == null) {
                        continue; // the device's own behaviour (ASA security levels), on no line of the file
                    }
                    LineOrigin origin = f.map().line(rule.line());
                    String at = where + " " + f.name() + ":" + rule.line() + " " + line(f, rule.line());
                    if (rule.action() == FilterRule.Action.PERMIT) {
                        assertTrue(origin.kind() == LineOrigin.Kind.RULE && !origin.rules().isEmpty()
                                        || PERMITTING_PARTS.contains(origin.part()),
                                at + " permits but is marked " + origin.kind() + " " + origin.part());
                        origin.rules().forEach(r -> assertTrue(device.rules().contains(r), at + ": not this device's rule"));
                    } else {
                        assertEquals(LineOrigin.Kind.PART, origin.kind(), at + " denies but is marked as a rule");
                    }
                }
            }
        }
    }

    private static String line(OutputFile f, int n) {
        return "`" + new SourceFile(f.name(), f.text()).line(n) + "`";
    }
}
