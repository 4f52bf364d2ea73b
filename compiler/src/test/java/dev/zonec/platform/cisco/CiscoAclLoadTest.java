package dev.zonec.platform.cisco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zonec.model.source.SourceFile;
import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second load of golden-tests/load on a Cisco IOS, NX-OS and Arista EOS switch that has configuration of its own
 * (operator.ios/.nxos/.eos: interface addresses and descriptions, a management ACL on a port zonec does not own with
 * the object it uses, static routes through an interface and an address): the operator's configuration, the old
 * output and the new one are applied in turn to a model of the running configuration, and then (1) every stanza and
 * command the operator wrote is still there, unchanged, beside zonec's own; (2) the running configuration, read back
 * by the platform's read-back, forwards exactly what the new policy allows (so does reading the three files in load
 * order, swaps, deletions and rebindings included); (3) zonec's names on the device are exactly what the new
 * output's manifest says it owns: the old output's stale object group is gone, and so are the temporary ACLs.
 */
class CiscoAclLoadTest {

    @ParameterizedTest
    @CsvSource({"cisco-ios, operator.ios, ' '", "cisco-nxos, operator.nxos, '  '", "arista-eos, operator.eos, '   '"})
    void theSecondLoadKeepsTheOperatorsConfigurationAndLeavesExactlyTheNewPolicy(String platform, String fixture,
                                                                              String indent) {
        LoadScenario load = LoadScenario.of(platform);
        SourceFile operator = LoadScenario.fixture(getClass(), fixture);
        CiscoRunningConfig device = new CiscoRunningConfig(indent).apply(operator);
        Map<String, List<String>> operatorsOwn = unrelated(device);
        load.before().forEach(device::apply);
        assertFalse(zonecNames(device).isEmpty(), "the old output put nothing on the device");
        load.after().forEach(device::apply);

        assertEquals(operatorsOwn, unrelated(device), "the loads changed the operator's configuration");
        assertEquals(List.of(), load.proofErrors(List.of(device.asFile("running-config"))));
        assertEquals(List.of(), load.proofErrors(load.loadedOnto(operator)));
        assertEquals(load.owns(), zonecNames(device), "zonec's names on the device after the load");
    }

    /** Everything but zonec's stanzas and zonec's ACL bindings. */
    private static Map<String, List<String>> unrelated(CiscoRunningConfig device) {
        Map<String, List<String>> rest = new LinkedHashMap<>();
        device.stanzas().forEach((header, children) -> {
            if (!zonecs(header)) {
                List<String> kept = new ArrayList<>(children);
                kept.removeIf(CiscoAclLoadTest::zonecs);
                rest.put(header, kept);
            }
        });
        return rest;
    }

    private static boolean zonecs(String line) {
        return List.of(line.split(" ")).stream().anyMatch(w -> w.startsWith("zc-") || w.startsWith("zc6-"));
    }

    /** zonec's names on the device, by the kinds of the renderers' manifest entries. */
    private static Ownership zonecNames(CiscoRunningConfig device) {
        Ownership.Builder names = Ownership.builder();
        device.stanzas().forEach((header, children) -> {
            String[] w = header.split(" ");
            String last = w[w.length - 1];
            if (!zonecs(last)) {
                if (header.startsWith("interface ")) {
                    children.stream().map(CiscoRunningConfig::binding).flatMap(java.util.Optional::stream)
                            .filter(b -> zonecs(b[1]))
                            .forEach(b -> names.add("binding", w[1] + " " + b[0] + " " + b[1]));
                }
            } else if (header.contains(" access-list ")) {
                names.add("acl", (header.startsWith("ipv6 ") ? "ipv6 " : "ip ") + last);
            } else if (header.startsWith("object-group ")) {
                names.add("object-group", (header.startsWith("object-group ipv6 ") ? "ipv6 " : "ip ") + last);
            }
        });
        return names.build();
    }
}
