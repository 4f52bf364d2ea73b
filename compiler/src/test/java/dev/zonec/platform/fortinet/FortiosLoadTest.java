package dev.zonec.platform.fortinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.source.SourceFile;
import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second load of golden-tests/load on a FortiGate that has configuration of its own (operator.fortios: interface
 * addresses and management access, addresses with names of the operator's, a hand-made policy with source NAT on
 * the WAN interface, a virtual IP, a static route through the WAN interface): the operator's configuration, the old
 * output and the new one are applied in turn to a model of the configuration, and then (1) every setting the
 * operator wrote is still there, unchanged, and the operator's policy keeps its place; (2) the configuration, read
 * back by the FortiOS read-back, forwards exactly what the new policy allows between the inventory's interfaces (so
 * does reading the three files in load order); (3) zonec's IDs and names on the device are exactly what the new
 * output's manifest says it owns: the old output's stale policy, address group and addresses are gone, deleted after
 * the policy that used them; (4) every zonec policy logs all its sessions.
 */
class FortiosLoadTest {
    private static final String POLICIES = "firewall policy";
    private static final String LOCAL_IN = "firewall local-in-policy";
    private static final java.util.Set<String> NUMBERED = java.util.Set.of(POLICIES, LOCAL_IN,
            "firewall local-in-policy6");

    @Test
    void theSecondLoadKeepsTheOperatorsConfigurationAndLeavesExactlyTheNewPolicy() {
        LoadScenario load = LoadScenario.of("fortinet-fortios");
        SourceFile operator = LoadScenario.fixture(getClass(), "operator.fortios");
        FortiosRunningConfig device = new FortiosRunningConfig().apply(operator);
        List<String> operatorsOwn = device.leaves();
        load.before().forEach(device::apply);
        Ownership before = zonecNames(device);
        assertTrue(before.of("firewall addrgrp").contains("zc-historians"), before.toString());
        load.after().forEach(device::apply);

        assertEquals(operatorsOwn, device.leaves().stream().filter(l -> !zonecs(l)).toList(),
                "the loads changed the operator's configuration");
        assertEquals("5", device.keys(POLICIES).get(0), "the operator's policy keeps its place");
        assertEquals(List.of(), load.proofErrors(List.of(device.asFile("fw1.conf"))));
        assertEquals(List.of(), load.proofErrors(load.loadedOnto(operator)));
        assertEquals(load.owns(), zonecNames(device), "zonec's names on the device after the load");
        assertFalse(load.removes().of(POLICIES).isEmpty(), load.removes().toString());
        assertTrue(load.removes().of("firewall addrgrp").contains("zc-historians"), load.removes().toString());
        List<String> logging = device.leaves().stream()
                .filter(l -> l.startsWith(POLICIES + " / 10") && l.contains(" / logtraffic ")).toList();
        assertEquals(load.owns().of(POLICIES).size(), logging.size(), logging.toString());
        assertTrue(logging.stream().allMatch(l -> l.endsWith(" / logtraffic all")), logging.toString());
    }

    /**
     * golden-tests/load/fortinet-fortios/device-rule-removed on the same hand-configured FortiGate (its interfaces'
     * allowaccess, its own local-in policies 1 and 2): zonec's local-in policies load after the operator's, which keep
     * their place and every setting; the configuration read back is proven equal to the new policy, the device's own
     * traffic included; the old output's stale local-in accept (SCADA's SNMP) and the objects only it used are gone;
     * and every accept of zonec's stands before the deny of its interface.
     */
    @Test
    void theDevicesOwnTrafficLoadsAfterTheOperatorsLocalInPoliciesAndItsStaleAcceptIsRemoved() {
        LoadScenario load = LoadScenario.ofCase("fortinet-fortios", "device-rule-removed", "fw1");
        SourceFile operator = LoadScenario.fixture(getClass(), "operator.fortios");
        FortiosRunningConfig device = new FortiosRunningConfig().apply(operator);
        List<String> operatorsOwn = device.leaves();
        load.before().forEach(device::apply);
        Ownership before = zonecNames(device);
        assertEquals(4, before.of(LOCAL_IN).size(), before.toString()); // two accepts, a deny per interface
        load.after().forEach(device::apply);

        assertEquals(operatorsOwn, device.leaves().stream().filter(l -> !zonecs(l)).toList(),
                "the loads changed the operator's configuration");
        assertEquals(List.of("1", "2"), device.keys(LOCAL_IN).subList(0, 2),
                "the operator's local-in policies keep their place");
        assertEquals(List.of(), load.proofErrors(List.of(device.asFile("fw1.conf"))));
        assertEquals(List.of(), load.proofErrors(load.loadedOnto(operator)));
        assertEquals(load.owns(), zonecNames(device), "zonec's IDs and names on the device after the load");
        assertEquals(1, load.removes().of(LOCAL_IN).size(), load.removes().toString());
        assertTrue(load.removes().of("firewall address").contains("zc-scada"), load.removes().toString());
        // the load order the safety argument rests on (docs/own-traffic.md): the local-in table before the firewall
        // policies, and in it the accepts, then the denies, then the moves
        String script = load.after().get(0).text();
        int localIn = script.indexOf("\nconfig " + LOCAL_IN + "\n");
        int policies = script.indexOf("\nconfig " + POLICIES + "\n");
        String table = script.substring(localIn, script.indexOf("\nend\n", localIn));
        assertTrue(localIn >= 0 && localIn < policies, script);
        assertTrue(table.lastIndexOf("set action accept") < table.indexOf("set action deny"), table);
        assertTrue(table.lastIndexOf("set action deny") < table.indexOf("    move "), table);
        List<String> order = device.keys(LOCAL_IN);
        List<String> denies = order.stream().filter(k -> device.leaves().contains(LOCAL_IN + " / " + k
                + " / action deny") && zonecId(k)).toList();
        assertEquals(2, denies.size(), order.toString());
        assertTrue(order.stream().filter(k -> zonecId(k) && !denies.contains(k))
                .allMatch(k -> order.indexOf(k) < order.indexOf(denies.get(0))), order.toString());
    }

    /** A setting of zonec's: in one of its policies (an ID in its range) or objects (a zc- name). */
    private static boolean zonecs(String leaf) {
        String[] parts = leaf.split(" / ");
        return parts.length > 1 && (parts[1].startsWith("zc-") || parts[1].startsWith("zc6-")
                || NUMBERED.contains(parts[0]) && zonecId(parts[1]));
    }

    private static boolean zonecId(String key) {
        return key.matches("[0-9]{10}") && Long.parseLong(key) >= 1_000_000_000L && Long.parseLong(key) <= 1_069_999_999L;
    }

    private static Ownership zonecNames(FortiosRunningConfig device) {
        Ownership.Builder names = Ownership.builder();
        for (String path : device.paths()) {
            for (String key : device.keys(path)) {
                if (NUMBERED.contains(path) ? zonecId(key) : key.startsWith("zc-") || key.startsWith("zc6-")) {
                    names.add(path, key);
                }
            }
        }
        return names.build();
    }
}
