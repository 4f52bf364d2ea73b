package dev.zonec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.Targets;
import dev.zonec.testing.Sites;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 5, at full size: a 10 MB source line (the golden case long-source-line holds a short one) is shown
 * as a window around the caret, never echoed, whether the mistake sits at its start or its end.
 */
class TextDiagnosticsTest {

    @Test
    void aTenMegabyteLineIsCutAroundTheCaret() {
        String huge = "x".repeat(10 * 1024 * 1024);
        String site = "site demo \"Diagnostics case\"\n"
                + "zone control {\n  level 2\n  sl 3\n  subnet 10.20.0.0/24\n"
                + "  asset ews 10.20.0.40 \"" + huge + "\" yyy\n"
                + "}\n"
                + "zone field {\n  level 1\n  sl 3\n  subnet 10.1.1.0/24 \"" + huge + "\n"
                + "  asset plc[1..3] 10.1.1.11-10.1.1.13\n}\n";
        PipelineResult result = Pipeline.run(new SiteSource(List.of(new SourceFile("site.zc", site)),
                Optional.of(new SourceFile("inventory.yaml", Sites.SW1_INVENTORY))), Targets.standard(), LocalDate.of(2026, 11, 28),
                false, 1);
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("ZC0001 site.zc:6:" + (27 + huge.length()), "ZC0001 site.zc:11:22"),
                errors.stream().map(d -> d.code().name() + " " + d.primary().orElseThrow().location()).toList());

        String text = TextDiagnostics.render(errors);
        assertTrue(text.length() < 4 * (TextDiagnostics.WIDTH + TextDiagnostics.TEXT), text.length() + " characters:\n" + text);
        assertTrue(text.contains("unexpected `yyy`"), text);
        assertTrue(text.lines().allMatch(line -> line.length() <= TextDiagnostics.WIDTH + 20), text);
    }
}
