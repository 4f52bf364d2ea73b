package dev.zonec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.testing.Sites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown plan is for a pull-request comment, which GitHub refuses over 65,536 characters: a large change (a
 * whole site added) is cut per device and overall, and says where to see the rest; the text and JSON keep it all.
 */
class PlanMarkdownTest {

    @TempDir
    Path work;

    @Test
    void aWholeSiteAddedFitsInAComment() {
        Path site = Sites.generated(work, 10, 6, 600, 5);
        Diagnostics loading = new Diagnostics();
        Side after = Side.of("new", SiteLoader.load(site, "new", Optional.empty(), loading), loading,
                LocalDate.of(2026, 11, 28), 2);
        Plan plan = Planner.plan(Side.absent("old"), after);
        assertEquals(3, PlanReport.exitCode(plan), "everything is new reachability");
        String markdown = PlanReport.markdown(plan);
        assertTrue(markdown.length() <= PlanReport.MARKDOWN_BUDGET + 2_000, "length " + markdown.length());
        assertTrue(markdown.contains("run `zonec diff` locally"), "says where the rest is");
        assertTrue(markdown.contains("the site folder does not exist in old: everything is new"));
        String text = PlanReport.text(plan);
        assertTrue(text.length() > markdown.length(), "the text keeps everything");
        assertEquals(6, plan.devices().stream().filter(d -> d.status() == Plan.DeviceStatus.ADDED).count());
    }
}
