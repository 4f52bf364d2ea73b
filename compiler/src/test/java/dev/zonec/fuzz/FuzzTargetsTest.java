package dev.zonec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The three fuzz targets as JUnit fuzz tests. Under `mvn verify` each runs as a regression test over its seed corpus
 * (src/test/resources/dev/zonec/fuzz/FuzzTargetsTestInputs/<method>/) and every crash ever found (kept there too);
 * tests/fuzz.sh fuzzes them (the bounded pass of `make test`, and `make fuzz`).
 */
class FuzzTargetsTest {

    @FuzzTest
    void policy(FuzzedDataProvider data) {
        PolicyFuzzTarget.fuzzerTestOneInput(data);
    }

    @FuzzTest
    void inventory(FuzzedDataProvider data) {
        InventoryFuzzTarget.fuzzerTestOneInput(data);
    }

    @FuzzTest
    void pipeline(FuzzedDataProvider data) {
        PipelineFuzzTarget.fuzzerTestOneInput(data);
    }
}
