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
