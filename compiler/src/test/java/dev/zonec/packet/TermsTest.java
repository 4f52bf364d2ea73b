package dev.zonec.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.render.RendererRegistry;
import dev.zonec.testing.CliRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An IR rule's terms, as BDDs and as cubes, are exactly the set {@link PacketSpace#rule} builds for it. */
class TermsTest {
    private static final Path PORT_TERMINAL = Path.of(System.getProperty("zonec.repo", "..")).resolve("policies/port-terminal");

    @TempDir
    Path work;

    @Test
    void thePortTerminalsRulesAreExactlyTheirTerms() {
        assertEveryRuleIsExactlyItsTerms(ir(PORT_TERMINAL));
    }

    @Test
    void aGeneratedSitesRulesAreExactlyTheirTerms() {
        CliRun gen = CliRun.of(work, "gen", "--zones", "16", "--devices", "10", "--flows", "400", "--seed", "5", "-o", "site");
        assertEquals(0, gen.exit(), gen.err());
        assertEveryRuleIsExactlyItsTerms(ir(work.resolve("site")));
    }

    private static void assertEveryRuleIsExactlyItsTerms(Ir ir) {
        PacketSpace space = new PacketSpace();
        int rules = 0;
        for (DeviceIr device : ir.devices()) {
            for (IrRule rule : device.rules()) {
                List<FilterMatch> terms = Terms.of(rule);
                List<HeaderCube> cubes = new ArrayList<>();
                terms.forEach(t -> assertTrue(HeaderCube.expand(t, new HashMap<>(), cubes::add)));
                int expected = space.rule(rule);
                assertEquals(expected, space.anyOf(terms.stream().map(space::filterMatch).toList()), rule.toString());
                assertEquals(expected, Cubes.set(space, cubes), rule.toString());
                rules++;
            }
        }
        assertTrue(rules > 100, "rules: " + rules);
    }

    private static Ir ir(Path folder) {
        Diagnostics diagnostics = new Diagnostics();
        PipelineResult result = Pipeline.run(SiteLoader.load(folder, folder.toString(), Optional.empty(), diagnostics),
                RendererRegistry.standard(), LocalDate.of(2026, 11, 28));
        return result.ir().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
    }
}
