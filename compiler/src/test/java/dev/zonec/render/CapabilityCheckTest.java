package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.Targets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The capabilities a rule needs beyond function classes: IPv6 and logging, refused where the platform lacks them. */
class CapabilityCheckTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));

    @Test
    void anIpv6RuleOnAPlatformWithoutIpv6IsRefusedAtTheRule() {
        PipelineResult site = compile("ipv6");
        assertEquals(List.of(), errors(site, c -> c));
        List<Diagnostic> errors = errors(site, c -> new Capabilities(c.stateful(), c.scope(), false, c.logging(),
                c.remarkLength(), c.names(), c.inspection()));
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(d -> d.code() == Code.ZC0505
                && d.message().contains("filters IPv4 only") && d.primary().orElseThrow().file().sitePath().equals("site.zc")),
                errors.toString());
    }

    @Test
    void aLoggedRuleOnAPlatformThatCannotLogIsRefusedAtTheRule() {
        PipelineResult site = compile("logging");
        assertEquals(List.of(), errors(site, c -> c));
        List<Diagnostic> errors = errors(site, c -> new Capabilities(c.stateful(), c.scope(), c.ipv6(), false,
                c.remarkLength(), c.names(), c.inspection()));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("cannot log a permitted flow"), errors.toString());
    }

    private static PipelineResult compile(String policy) {
        Path folder = REPO.resolve("golden-tests/platforms/_policies/" + policy);
        Path inventory = REPO.resolve("golden-tests/platforms/cisco-ios/inventory.yaml");
        PipelineResult result = Pipeline.run(SiteLoader.load(folder, "site", Optional.of(inventory), new Diagnostics()),
                Targets.standard(), LocalDate.of(2026, 11, 28));
        assertTrue(result.ir().isPresent(), result.diagnostics().toString());
        return result;
    }

    /** The capability check's errors with every device's capabilities changed by {@code change}. */
    private static List<Diagnostic> errors(PipelineResult result, UnaryOperator<Capabilities> change) {
        List<DeviceIr> devices = result.ir().orElseThrow().devices().stream().map(d -> {
            Device old = d.device();
            Platform platform = new Platform(old.platform().id(), change.apply(old.platform().capabilities()));
            return new DeviceIr(new Device(old.name(), platform, old.interfaces(), old.span()), d.rules());
        }).toList();
        Diagnostics diagnostics = new Diagnostics();
        CapabilityCheck.check(result.site().orElseThrow(), new Ir(devices, result.ir().orElseThrow().placements()), diagnostics);
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }
}
