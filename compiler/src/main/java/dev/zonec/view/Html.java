package dev.zonec.view;

import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.site.Zone;
import java.util.Optional;

/**
 * The HTML pictures: the matrix page ({@code zonec matrix --format html}) and the site report ({@code zonec report}):
 * one self-contained file each — styles inline, the graph as inline SVG, no script, no font, no image fetched from
 * anywhere — so it can be attached to a ticket or opened on a plant's offline engineering station. Every text from the
 * policy is escaped. The matrix stays readable at 50 zones: column headers are turned upright, the first column and
 * the header row stay in view while scrolling, and each cell shows its services in brief with the whole of it (devices,
 * findings, requirements) on hover.
 */
public final class Html {
    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;font-size:13px;color:#212121;margin:16px;}
            h1{font-size:20px;margin:0 0 4px 0;}h2{font-size:16px;margin:24px 0 8px 0;border-bottom:1px solid #bdbdbd;}
            .summary{color:#424242;margin-bottom:12px;}
            table{border-collapse:collapse;}
            td,th{border:1px solid #cfd8dc;padding:3px 5px;vertical-align:top;text-align:left;}
            .list th{background:#eceff1;}
            .matrix-wrap{overflow:auto;max-height:85vh;border:1px solid #90a4ae;}
            .matrix{font-size:11px;}
            .matrix thead th{position:sticky;top:0;background:#eceff1;z-index:2;writing-mode:vertical-rl;transform:rotate(180deg);
              white-space:nowrap;height:auto;max-height:160px;}
            .matrix thead th.corner{writing-mode:horizontal-tb;transform:none;left:0;z-index:3;}
            .matrix tbody th{position:sticky;left:0;background:#eceff1;z-index:1;white-space:nowrap;}
            .matrix td{min-width:18px;max-width:140px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;}
            .matrix td.self{background:#f5f5f5;}
            .matrix td.allowed{background:#e8f5e9;}
            .matrix td.finding{box-shadow:inset 0 0 0 2px #ef6c00;}
            .matrix td.waived{background:#fff3e0;}
            .matrix td.violated{background:#ffcdd2;color:#b71c1c;font-weight:bold;box-shadow:inset 0 0 0 2px #c62828;}
            .matrix td.holds{color:#2e7d32;}
            .violated{color:#c62828;font-weight:bold;}
            tr.violated td{background:#ffebee;}
            .waived{color:#e65100;}
            .holds{color:#2e7d32;}
            .legend span{display:inline-block;padding:1px 6px;margin-right:6px;border:1px solid #cfd8dc;}
            .graph{overflow:auto;max-height:90vh;border:1px solid #cfd8dc;}
            .graph svg{max-width:none;height:auto;}
            code{font-family:"DejaVu Sans Mono",monospace;font-size:12px;}
            """;

    private Html() {}

    /** {@code zonec matrix --format html}. */
    public static String matrixPage(SiteView view) {
        return page("zonec matrix: site " + view.site(), "<h1>Zone-to-zone matrix: site " + esc(view.site()) + "</h1>\n"
                + matrix(view));
    }

    /**
     * {@code zonec report}: summary, graph, matrix, requirements, findings, waivers. {@code svg} is the graph laid out
     * by Graphviz; without it the report says how to get it and shows the DOT text.
     */
    public static String report(SiteView view, Optional<String> svg, String dot, String version) {
        StringBuilder body = new StringBuilder();
        long violated = view.requirements().stream().filter(r -> r.status().equals("violated")).count();
        long errors = view.findings().stream().filter(Diagnostic::isError).count();
        body.append("<h1>zonec report: site ").append(esc(view.site())).append("</h1>\n");
        body.append("<p class=\"summary\" id=\"summary\">").append(view.zones().size()).append(" zones, ")
                .append(view.edges().size()).append(" conduit links, ").append(view.requirements().size())
                .append(" requirements (<span class=\"").append(violated > 0 ? "violated" : "holds").append("\">")
                .append(violated).append(" violated</span>), ").append(view.findings().size()).append(" findings (")
                .append(errors).append(" errors), ").append(view.waived().size()).append(" waived. zonec ")
                .append(esc(version)).append(".</p>\n");
        body.append("<h2 id=\"graph-title\">Zones and conduits</h2>\n<div class=\"graph\" id=\"graph\">\n");
        if (svg.isPresent()) {
            String drawing = svg.get();
            int start = drawing.indexOf("<svg");
            body.append(start >= 0 ? drawing.substring(start) : drawing);
        } else {
            body.append("<p class=\"waived\">Graphviz's <code>dot</code> was not found, so the graph is given as DOT "
                    + "text: install Graphviz and run <code>zonec report</code> again to draw it.</p>\n<pre>")
                    .append(esc(dot)).append("</pre>\n");
        }
        body.append("</div>\n");
        body.append("<h2>Zone-to-zone matrix</h2>\n").append(matrix(view));
        body.append("<h2>Requirements</h2>\n<table class=\"list\" id=\"requirements\"><thead><tr><th>requirement</th>"
                + "<th>verdict</th><th>where</th><th>witness</th></tr></thead><tbody>\n");
        for (SiteView.Requirement r : view.requirements()) {
            body.append("<tr class=\"requirement ").append(r.status()).append("\"><td><code>").append(esc(r.text()))
                    .append("</code></td><td class=\"").append(r.status()).append("\">")
                    .append(r.status().equals("violated") ? "VIOLATED" : r.status()).append("</td><td><code>")
                    .append(esc(r.span().location())).append("</code></td><td>").append(esc(r.witness().orElse("")))
                    .append("</td></tr>\n");
        }
        body.append("</tbody></table>\n");
        body.append("<h2>Findings</h2>\n");
        diagnostics(body, "findings", view.findings());
        body.append("<h2>Waivers</h2>\n");
        diagnostics(body, "waivers", view.waived());
        return page("zonec report: site " + view.site(), body.toString());
    }

    private static void diagnostics(StringBuilder body, String id, java.util.List<Diagnostic> list) {
        if (list.isEmpty()) {
            body.append("<p id=\"").append(id).append("\">none</p>\n");
            return;
        }
        body.append("<table class=\"list\" id=\"").append(id).append("\"><thead><tr><th>code</th><th>severity</th>"
                + "<th>finding</th><th>where</th>").append(id.equals("waivers") ? "<th>waiver</th>" : "")
                .append("</tr></thead><tbody>\n");
        for (Diagnostic d : list) {
            body.append("<tr class=\"").append(d.severity().word()).append("\"><td>").append(d.code().name())
                    .append("</td><td>").append(d.severity().word()).append("</td><td>").append(esc(d.message()))
                    .append("</td><td><code>").append(esc(d.primary().map(s -> s.location()).orElse(""))).append("</code></td>");
            d.suppression().ifPresent(s -> body.append("<td class=\"waived\">").append(esc(s.owner())).append(" until ")
                    .append(s.expires()).append(": ").append(esc(s.justification())).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
    }

    private static String matrix(SiteView view) {
        StringBuilder t = new StringBuilder();
        t.append("<p class=\"legend\">Rows open connections to columns. <span class=\"allowed\" style=\"background:#e8f5e9\">"
                + "allowed</span><span style=\"box-shadow:inset 0 0 0 2px #ef6c00\">finding</span><span "
                + "style=\"background:#fff3e0\">waived</span><span style=\"background:#ffcdd2\">requirement violated</span>"
                + "Hover a cell for its devices, findings and requirements.</p>\n");
        t.append("<div class=\"matrix-wrap\"><table class=\"matrix\" id=\"matrix\"><thead><tr><th class=\"corner\">from \\ to</th>");
        for (Zone z : view.zones()) {
            t.append("<th class=\"zone\" title=\"").append(esc(Palette.caption(z))).append("\" style=\"background:")
                    .append(Palette.fill(z)).append("\">").append(esc(z.name())).append("</th>");
        }
        t.append("</tr></thead><tbody>\n");
        for (Zone from : view.zones()) {
            t.append("<tr><th class=\"zone\" scope=\"row\" title=\"").append(esc(Palette.caption(from)))
                    .append("\" style=\"background:").append(Palette.fill(from)).append("\">").append(esc(from.name()))
                    .append("</th>");
            for (Zone to : view.zones()) {
                if (from.equals(to)) {
                    t.append("<td class=\"self\"></td>");
                    continue;
                }
                SiteView.Cell cell = view.cells().get(new SiteView.Pair(from.name(), to.name()));
                if (cell == null || cell.empty()) {
                    t.append("<td></td>");
                    continue;
                }
                StringBuilder classes = new StringBuilder();
                if (!cell.services().isEmpty()) {
                    classes.append(" allowed");
                }
                if (!cell.findings().isEmpty()) {
                    classes.append(" finding");
                }
                if (!cell.waived().isEmpty()) {
                    classes.append(" waived");
                }
                if (cell.violated()) {
                    classes.append(" violated");
                } else if (!cell.requirements().isEmpty()) {
                    classes.append(" holds");
                }
                String shown = cell.services().isEmpty() ? (cell.violated() ? "VIOLATED" : "req") : String.join(", ", cell.services());
                t.append("<td class=\"").append(classes.toString().strip()).append("\" title=\"")
                        .append(esc(Matrix.cellText(view, from, to))).append("\">").append(esc(shown)).append("</td>");
            }
            t.append("</tr>\n");
        }
        t.append("</tbody></table></div>\n");
        return t.toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** HTML text and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
