package dev.zonec.platform.juniper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second load of golden-tests/load on an SRX that has configuration of its own (operator.srx: interfaces, the
 * zones with their interfaces, an uplink zone with a policy and source NAT using hand-made global addresses, a route):
 * the operator's configuration, the old output and the new one are applied in turn to a model of the device, and then
 * (1) every statement the operator wrote is still there, unchanged, and nothing else but zonec's own; (2) the
 * device's configuration, read back by the SRX read-back, forwards exactly what the new policy allows between the
 * inventory's interfaces (so does reading the three files in load order); (3) zonec's names on the device are
 * exactly what the new output's manifest says it owns: the old output's stale policy and addresses are gone.
 */
class JunosSrxLoadTest {

    @Test
    void theSecondLoadKeepsTheOperatorsConfigurationAndLeavesExactlyTheNewPolicy() {
        LoadScenario load = LoadScenario.of("juniper-srx");
        JunosLoads.loadOntoTheOperatorsDevice(load, getClass(), "operator.srx", "show-configuration.srx",
                JunosSrxLoadTest::zonecs, JunosSrxLoadTest::zonecNames);
        assertTrue(load.removes().of("address-set").contains("zc-historians"), load.removes().toString());
    }

    /**
     * golden-tests/load/juniper-srx/device-rule-removed on the same hand-configured SRX: the firewall's own traffic
     * (policies to junos-host) loads like the rest, the old output's stale SNMP policy to junos-host is removed, the
     * operator's host-inbound-traffic stays, and the device accepts itself exactly what the new policy allows.
     */
    @Test
    void theDevicesOwnTrafficLoadsAndItsStaleRuleIsRemoved() {
        LoadScenario load = LoadScenario.ofCase("juniper-srx", "device-rule-removed", "fw1");
        JunosLoads.loadOntoTheOperatorsDevice(load, getClass(), "operator.srx", "show-configuration.srx",
                JunosSrxLoadTest::zonecs, JunosSrxLoadTest::zonecNames);
        assertTrue(load.removes().of("policy").contains(
                "control junos-host zc-fw-management-scada-snmp-fw1-host"), load.removes().toString());
        assertTrue(load.owns().of("policy").contains("control junos-host zc-deny-host-control"), load.owns().toString());
    }

    /** A statement of zonec's: it names one of zonec's objects or policies. */
    private static boolean zonecs(String leaf) {
        return List.of(leaf.split(" ")).stream().anyMatch(w -> w.startsWith("zc-"));
    }

    /** zonec's names on the device, by the kinds of the renderer's manifest entries. */
    private static Ownership zonecNames(JunosRunningConfig device) {
        Ownership.Builder names = Ownership.builder();
        for (String leaf : device.leaves()) {
            String[] w = leaf.split(" ");
            if (leaf.startsWith("security policies from-zone ") && w[7].startsWith("zc-")) {
                names.add("policy", w[3] + " " + w[5] + " " + w[7]);
            } else if (leaf.startsWith("security policies global policy ") && w[4].startsWith("zc-")) {
                names.add("policy", "global " + w[4]);
            } else if (leaf.startsWith("security address-book global address ") && w[4].startsWith("zc-")) {
                names.add("address", w[4]);
            } else if (leaf.startsWith("security address-book global address-set ") && w[4].startsWith("zc-")) {
                names.add("address-set", w[4]);
            } else if (leaf.startsWith("applications application ") && w[2].startsWith("zc-")) {
                names.add("application", w[2]);
            } else if (leaf.startsWith("applications application-set ") && w[2].startsWith("zc-")) {
                names.add("application-set", w[2]);
            }
        }
        return names.build();
    }
}
