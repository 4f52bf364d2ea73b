package dev.zonec.view;

import dev.zonec.driver.PipelineResult;
import dev.zonec.report.TextDiagnostics;
import java.util.Optional;

/** Entry point of the pictures of a checked site: the HTML report, for {@code zonec report} and {@code --format html}. */
public final class Pictures {

    private Pictures() {}

    /**
     * The report of a run; a site that could not be read gets a page with its diagnostics. Without Graphviz the graph
     * is shown as DOT text.
     */
    public static String htmlReport(PipelineResult result, String version) {
        if (result.site().isEmpty()) {
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>zonec report</title>\n"
                    + "</head>\n<body>\n<h1>zonec report</h1>\n<p class=\"violated\">The site could not be read:</p>\n<pre id=\"diagnostics\">"
                    + Html.esc(TextDiagnostics.render(result.diagnostics())) + "</pre>\n</body>\n</html>\n";
        }
        SiteView view = SiteView.of(result);
        Optional<String> svg;
        try {
            svg = Optional.of(Graph.svg(view));
        } catch (Graph.LayoutException e) {
            svg = Optional.empty();
        }
        return Html.report(view, svg, Graph.dot(view), version);
    }
}
