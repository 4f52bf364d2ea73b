package dev.zonec.platform.juniper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zonec.model.source.SourceFile;
import dev.zonec.render.Ownership;
import dev.zonec.testing.LoadScenario;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The load check both Junos load tests make; what differs is which statements and names are zonec's. */
final class JunosLoads {

    private JunosLoads() {}

    /**
     * Applies the operator's configuration (a fixture beside the test), the old output and the new one to a model of
     * the device, and checks (1), (2) and (3) of the load tests' class comments.
     *
     * @param zonecs     whether a statement is zonec's: it names one of zonec's objects
     * @param zonecNames zonec's names on the device, by the kinds of the renderer's manifest entries
     */
    static void loadOntoTheOperatorsDevice(LoadScenario load, Class<?> near, String operatorFixture, String showName,
                                           Predicate<String> zonecs, Function<JunosRunningConfig, Ownership> zonecNames) {
        SourceFile operator = LoadScenario.fixture(near, operatorFixture);
        JunosRunningConfig device = new JunosRunningConfig().apply(operator);
        List<String> operatorsOwn = device.leaves();
        load.before().forEach(device::apply);
        assertFalse(zonecNames.apply(device).isEmpty(), "the old output put nothing on the device");
        load.after().forEach(device::apply);

        assertEquals(operatorsOwn, device.leaves().stream().filter(zonecs.negate()).toList(),
                "the loads changed the operator's configuration");
        assertEquals(List.of(), load.proofErrors(List.of(device.asFile(showName))));
        assertEquals(List.of(), load.proofErrors(load.loadedOnto(operator)));
        assertEquals(load.owns(), zonecNames.apply(device), "zonec's names on the device after the load");
    }
}
