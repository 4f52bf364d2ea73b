package dev.zonec.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.testing.Sites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An IR rule's terms, as BDDs and as cubes, are exactly the set {@link PacketSpace#rule} builds for it. */
class TermsTest {
    @TempDir
    Path work;

    @Test
    void thePortTerminalsRulesAreExactlyTheirTerms() {
        assertEveryRuleIsExactlyItsTerms(Sites.compile(Sites.PORT_TERMINAL).ir().orElseThrow());
    }

    @Test
    void aGeneratedSitesRulesAreExactlyTheirTerms() {
        assertEveryRuleIsExactlyItsTerms(Sites.compile(Sites.generated(work, 16, 10, 400, 5)).ir().orElseThrow());
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
        assertTrue(rules > 80, "rules: " + rules);
    }
}
