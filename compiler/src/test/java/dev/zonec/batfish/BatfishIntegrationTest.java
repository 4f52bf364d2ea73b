package dev.zonec.batfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import dev.zonec.report.Reports;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled port terminal against a real Batfish service, when {@code BATFISH_URL} names one (e.g.
 * {@code http://localhost:9996}, see docs/batfish.md); skipped, saying so, when it is not set. Every vendor file must
 * be read fully and without warnings (known gaps aside), every allowed flow permitted, every sampled denied flow
 * denied, and no line zonec wrote unreachable.
 */
class BatfishIntegrationTest {

    @TempDir
    Path work;

    @Test
    void thePortTerminalIsCleanInARealBatfish() throws Exception {
        String url = System.getenv("BATFISH_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "skipped: BATFISH_URL is not set; set it to a Batfish "
                + "service's v2 API (e.g. BATFISH_URL=http://localhost:9996, docs/batfish.md) to run this test");
        BatfishVerifierTest.Compiled c = BatfishVerifierTest.compile(work);
        BatfishClient client = new BatfishClient(BatfishSettings.of(URI.create(url)).withTimeout(Duration.ofSeconds(300)));
        VerifyResult r = BatfishVerifier.verify(client, c.site(), c.result().ir().orElseThrow(), c.files(),
                c.result().diagnostics());
        System.out.println(VerifyReport.render(Reports.text, r, c.site(), "integration-test"));
        assertFalse(r.hasErrors(), "findings above");
        assertEquals(0, r.disagreements());
        assertEquals(0, r.diagnostics().stream().filter(d -> d.code() == Code.ZC0704 && d.isError()).count(),
                "no unreachable line zonec wrote");
        assertTrue(r.permitsTested() > 0 && r.deniesTested() > 0, r.summary().toString());
        assertEquals(r.files(), r.recognised() + r.onlyGaps(), "every file recognised, or only known gaps");
        assertEquals(r.onlyGaps(), r.diagnostics().stream().filter(d -> d.code() == Code.ZC0701).count());
    }
}
