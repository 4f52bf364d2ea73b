package dev.zonec.platform.paloalto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.source.SourceFile;
import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second load of golden-tests/load on a PAN-OS firewall with configuration of its own (operator.panos:
 * interfaces, the zones with their interfaces, an uplink zone, a hand-made security rule and a source NAT rule that
 * use hand-made addresses, a static route): the operator's configuration, the old output and the new one are applied
 * in turn to a model of the candidate configuration, and then (1) every statement the operator wrote is still there
 * and the operator's rules keep their order; (2) the configuration, read back by the PAN-OS read-back, forwards
 * exactly what the new policy allows between the inventory's interfaces (so does reading the three files in load
 * order), with zonec's rules on top; (3) zonec's names on the device are exactly what the new output's manifest says
 * it owns: the old output's stale rule and address group are gone.
 */
class PanosLoadTest {

    @Test
    void theSecondLoadKeepsTheOperatorsConfigurationAndLeavesExactlyTheNewPolicy() {
        LoadScenario load = LoadScenario.of("paloalto-panos");
        loadOntoTheOperatorsFirewall(load);
        assertTrue(load.removes().of("address-group").contains("zc-historians"), load.removes().toString());
    }

    /**
     * golden-tests/load/paloalto-panos/device-rule-removed on the same hand-configured firewall: the rules for the
     * firewall's own traffic load like the rest, the old output's stale SNMP rule is removed, the operator's interface
     * management profile stays attached, and the firewall accepts itself exactly what the new policy allows.
     */
    @Test
    void theDevicesOwnTrafficLoadsAndItsStaleRuleIsRemoved() {
        LoadScenario load = LoadScenario.ofCase("paloalto-panos", "device-rule-removed", "fw1");
        loadOntoTheOperatorsFirewall(load);
        assertTrue(load.removes().of("rule").contains("zc-fw-management-scada-snmp-fw1"), load.removes().toString());
    }

    /**
     * Applies operator.panos, the old output and the new one to a model of the candidate configuration, and checks
     * (1), (2) and (3) of the class comment.
     */
    private void loadOntoTheOperatorsFirewall(LoadScenario load) {
        SourceFile operator = LoadScenario.fixture(getClass(), "operator.panos");
        PanosRunningConfig device = new PanosRunningConfig().apply(operator);
        List<String> operatorsOwn = device.leaves();
        List<String> operatorsRules = device.ruleOrder();
        load.before().forEach(device::apply);
        assertFalse(zonecNames(device).isEmpty(), "the old output put nothing on the device");
        load.after().forEach(device::apply);

        assertEquals(operatorsOwn, device.leaves().stream().filter(l -> !zonecs(l)).toList(),
                "the loads changed the operator's configuration");
        assertEquals(operatorsRules, device.ruleOrder().stream().filter(r -> !r.startsWith("zc-")).toList());
        assertTrue(device.ruleOrder().get(0).startsWith("zc-"), "zonec's rules are on top: " + device.ruleOrder());
        assertEquals(List.of(), load.proofErrors(List.of(device.asFile("candidate.panos"))));
        assertEquals(List.of(), load.proofErrors(load.loadedOnto(operator)));
        assertEquals(load.owns(), zonecNames(device), "zonec's names on the device after the load");
    }

    /** A statement of zonec's: it names one of zonec's objects or rules, or is its tag. */
    private static boolean zonecs(String leaf) {
        return leaf.startsWith("tag zonec ") || List.of(leaf.split(" ")).stream().anyMatch(w -> w.startsWith("zc-"));
    }

    private static Ownership zonecNames(PanosRunningConfig device) {
        Ownership.Builder names = Ownership.builder();
        for (String leaf : device.leaves()) {
            String[] w = leaf.split(" ");
            if (leaf.startsWith("rulebase security rules zc-")) {
                names.add("rule", w[3]);
            } else if (w.length > 1 && w[1].startsWith("zc-") && List.of("address", "address-group", "service",
                    "service-group", "application").contains(w[0])) {
                names.add(w[0], w[1]);
            }
        }
        return names.build();
    }
}
