package dev.zonec.platform.cisco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.cisco.render.asa.CiscoAsaRenderer;
import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second load of golden-tests/load on a Cisco ASA that has configuration of its own (operator.asa: the
 * interfaces' names, levels and addresses, an outside interface with a hand-made ACL and the object group it uses, NAT
 * on a network object, routes through an interface name and an address): the operator's configuration, the old
 * output and the new one are applied in turn to a model of the running configuration, and then (1) every block,
 * access list, binding and statement the operator wrote is still there, unchanged, and no interface setting was
 * written; (2) the running configuration, read back by the ASA read-back, forwards exactly what the new policy allows
 * (so does reading the three files in load order); (3) zonec's names on the device are exactly what the new output's
 * manifest says it owns: the old output's stale object group is gone, and so are the temporary ACLs.
 */
class CiscoAsaLoadTest {

    @Test
    void theSecondLoadKeepsTheOperatorsConfigurationAndLeavesExactlyTheNewPolicy() {
        LoadScenario load = LoadScenario.of("cisco-asa");
        SourceFile operator = LoadScenario.fixture(getClass(), "operator.asa");
        AsaRunningConfig device = new AsaRunningConfig().apply(operator);
        Map<String, Object> operatorsOwn = unrelated(device);
        load.before().forEach(device::apply);
        assertFalse(zonecNames(device).isEmpty(), "the old output put nothing on the device");
        assertTrue(device.blocks().containsKey("object-group network zc-historians"), device.blocks().toString());
        load.after().forEach(device::apply);

        assertEquals(operatorsOwn, unrelated(device), "the loads changed the operator's configuration");
        assertEquals(List.of(), load.proofErrors(List.of(device.asFile("running-config"))));
        assertEquals(List.of(), load.proofErrors(load.loadedOnto(operator)));
        assertEquals(load.owns(), zonecNames(device), "zonec's names on the device after the load");
        assertEquals(List.of("zc-historians"), List.copyOf(load.removes().of(CiscoAsaRenderer.NETWORK_GROUP)));
        for (String line : load.after(".asa").split("\n")) {
            assertFalse(line.matches("\\s*(nameif|security-level|interface|same-security-traffic) .*"),
                    "an interface setting written: " + line);
            assertFalse(line.equals("clear configure access-list"), "every access list cleared");
        }
    }

    /**
     * golden-tests/load/cisco-asa/device-rule-removed on the same hand-configured ASA, which has management access of
     * its own (operator.asa: ssh, http and icmp lines on the outside interface, an SSH line for an admin station on the
     * control room's interface, the SSH settings): the old output adds its ssh and http lines for the jump host, the
     * new one drops the http line (the policy no longer names https) and keeps the ssh line. Every line of the
     * operator's stays, in its place; zonec's lines on the device are exactly those of the new manifest. Read back, the
     * running configuration shows the operator's own SSH line on the control room's interface as a difference (the
     * policy says who reaches the ASA there), and nothing else.
     */
    @Test
    void aDeviceRuleRemovedTakesOnlyZonecsLineAndLeavesTheOperatorsManagementAccess() {
        LoadScenario load = LoadScenario.ofCase("cisco-asa", "device-rule-removed", "fw1");
        SourceFile operator = LoadScenario.fixture(getClass(), "operator.asa");
        AsaRunningConfig device = new AsaRunningConfig().apply(operator);
        List<String> operatorsLines = management(device);
        assertEquals(5, operatorsLines.size(), operatorsLines.toString());
        load.before().forEach(device::apply);
        assertEquals(List.of("ssh 10.30.0.20 255.255.255.255 control", "http 10.30.0.20 255.255.255.255 control"),
                management(device).subList(operatorsLines.size(), management(device).size()));
        load.after().forEach(device::apply);

        List<String> expected = new java.util.ArrayList<>(operatorsLines);
        expected.add("ssh 10.30.0.20 255.255.255.255 control");
        assertEquals(expected, management(device), "the operator's lines, then zonec's");
        assertEquals(List.of("10.30.0.20 255.255.255.255 control"), List.copyOf(load.owns().of("ssh")));
        assertEquals(List.of("10.30.0.20 255.255.255.255 control"), List.copyOf(load.removes().of("http")));
        assertTrue(load.after(".asa").contains("\nno http 10.30.0.20 255.255.255.255 control\n"));

        List<String> running = load.proofErrors(List.of(device.asFile("running-config")));
        assertEquals(1, running.size(), running.toString());
        assertTrue(running.get(0).startsWith("ZC0801 `fw1` accepts tcp 10.20.0.50:"), running.get(0));
        assertTrue(running.get(0).endsWith("at running-config:" + (lineOf(device.asFile("running-config").text(),
                "ssh 10.20.0.50 255.255.255.255 control"))), running.get(0));
        // zonec's own files, read in load order after the operator's, hold the same and nothing more
        assertEquals(running.size(), load.proofErrors(load.loadedOnto(operator)).size());
    }

    /** The management-access lines on the device, in order. */
    private static List<String> management(AsaRunningConfig device) {
        return device.globals().stream().filter(g -> g.matches("(ssh|http|icmp) .*")
                && !g.matches("ssh (version|timeout) .*") && !g.startsWith("http server ")).toList();
    }

    private static int lineOf(String text, String line) {
        return List.of(text.split("\n")).indexOf(line) + 1;
    }

    /** Everything but zonec's blocks, lists and bindings. */
    private static Map<String, Object> unrelated(AsaRunningConfig device) {
        Map<String, Object> rest = new LinkedHashMap<>();
        device.blocks().forEach((header, children) -> {
            if (!zonecs(header)) {
                rest.put(header, children);
            }
        });
        device.acls().forEach((name, entries) -> {
            if (!zonecs(name)) {
                rest.put("access-list " + name, entries);
            }
        });
        device.accessGroups().forEach((where, acl) -> {
            if (!zonecs(acl)) {
                rest.put("access-group " + where, acl);
            }
        });
        // the global policy's `inspect icmp` is zonec's (it needs ICMP inspected), the rest is the operator's
        rest.put("globals", device.globals());
        return rest;
    }

    private static boolean zonecs(String text) {
        return List.of(text.split(" ")).stream().anyMatch(w -> w.startsWith("zc-") || w.startsWith("zc6-")
                || w.startsWith("zcs-"));
    }

    /** zonec's names on the device, by the kinds of the renderer's manifest entries. */
    private static Ownership zonecNames(AsaRunningConfig device) {
        Ownership.Builder names = Ownership.builder();
        device.acls().keySet().stream().filter(CiscoAsaLoadTest::zonecs)
                .forEach(a -> names.add(CiscoAsaRenderer.ACL, a));
        device.accessGroups().forEach((where, acl) -> {
            if (zonecs(acl)) {
                names.add(CiscoAsaRenderer.BINDING, where.split(" ")[0] + " " + acl);
            }
        });
        device.blocks().keySet().stream().filter(CiscoAsaLoadTest::zonecs).forEach(header -> {
            String[] w = header.split(" ");
            names.add(w[0].equals("object") ? CiscoAsaRenderer.OBJECT : w[1].equals("network")
                    ? CiscoAsaRenderer.NETWORK_GROUP : CiscoAsaRenderer.SERVICE_GROUP, w[2]);
        });
        return names.build();
    }
}
