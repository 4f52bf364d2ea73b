package dev.zonec.platform.juniper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second load of golden-tests/load on a Junos switch that has configuration of its own (operator.junos): the
 * operator's configuration, the old output and the new one are applied in turn to a model of the device, and then
 * (1) every statement the operator wrote is still there, unchanged, and nothing else but zonec's own; (2) the
 * device's configuration, read back by the Junos filter read-back, forwards exactly what the new policy allows
 * (so does reading the three files in load order); (3) zonec's names on the device are exactly what the new output's
 * manifest says it owns: the old output's stale prefix list is gone.
 */
class JunosFilterLoadTest {

    @Test
    void theSecondLoadKeepsTheOperatorsConfigurationAndLeavesExactlyTheNewPolicy() {
        LoadScenario load = LoadScenario.of("juniper-junos");
        JunosLoads.loadOntoTheOperatorsDevice(load, getClass(), "operator.junos", "show-configuration.junos",
                JunosFilterLoadTest::zonecs, JunosFilterLoadTest::zonecNames);
        assertTrue(load.removes().of("prefix-list").contains("zc-historians"), load.removes().toString());
    }

    /** A statement of zonec's: it names one of zonec's filters or prefix lists. */
    private static boolean zonecs(String leaf) {
        return List.of(leaf.split(" ")).stream().anyMatch(w -> w.startsWith("zc-") || w.startsWith("zc6-"));
    }

    /** zonec's names on the device, by the kinds of the renderer's manifest entries. */
    private static Ownership zonecNames(JunosRunningConfig device) {
        Ownership.Builder names = Ownership.builder();
        for (String leaf : device.leaves()) {
            String[] w = leaf.split(" ");
            if (w[0].equals("firewall") && w.length > 4 && w[4].startsWith("zc")) {
                names.add("filter", w[2] + " " + w[4]);
            } else if (w[0].equals("policy-options") && w[1].equals("prefix-list") && w[2].startsWith("zc")) {
                names.add("prefix-list", w[2]);
            } else if (w[0].equals("interfaces") && w.length == 9 && w[8].startsWith("zc")) {
                names.add("input-filter", w[1] + " " + w[3] + " " + w[5] + " " + w[8]);
            }
        }
        return names.build();
    }
}
