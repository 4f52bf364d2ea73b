package dev.zonec.view;

import dev.zonec.model.site.Zone;
import dev.zonec.support.Subprocess;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The zone-and-conduit diagram: zones coloured by Purdue level (highest level on top), SL-T, DMZ and safety zones
 * marked, conduits as labelled arrows (conduit, services with their function classes, the devices that enforce
 * them), and what violates a requirement in red: the conduits its witness goes through, and a dashed arrow for the
 * requirement itself. Written as Graphviz DOT or Mermaid (which GitHub draws in Markdown); SVG is DOT laid out by
 * Graphviz's {@code dot}.
 */
public final class Graph {
    private static final long DOT_TIMEOUT_SECONDS = 120;

    private Graph() {}

    /** Graphviz is not installed (or failed): the message says what to do. */
    public static final class LayoutException extends Exception {
        private static final long serialVersionUID = 1L;

        LayoutException(String message) {
            super(message);
        }
    }

    public static String dot(SiteView view) {
        Map<String, String> ids = ids(view);
        StringBuilder dot = new StringBuilder();
        dot.append("digraph ").append(quote("zonec " + view.site())).append(" {\n");
        dot.append("  graph [rankdir=TB, fontname=\"Helvetica\", fontsize=11, nodesep=0.5, ranksep=0.7, labelloc=t, label=")
                .append(quote("site " + view.site() + ": zones by Purdue level, conduits as arrows")).append("];\n");
        dot.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.2];\n");
        dot.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        // one rank per Purdue level, highest first
        Map<Integer, List<Zone>> levels = new LinkedHashMap<>();
        view.zones().forEach(z -> levels.computeIfAbsent(z.level().tenths(), l -> new ArrayList<>()).add(z));
        var violatedZones = view.violatedZones();
        for (List<Zone> level : levels.values()) {
            dot.append("  { rank=same;\n");
            for (Zone z : level) {
                dot.append("    ").append(ids.get(z.name())).append(" [label=").append(quote(z.name() + "\n" + Palette.caption(z)))
                        .append(", fillcolor=\"").append(Palette.fill(z)).append('"');
                if (z.safety()) {
                    dot.append(", peripheries=2, color=\"").append(Palette.SAFETY).append('"');
                }
                if (z.level().tenths() == 35) {
                    dot.append(", style=\"rounded,filled,dashed\"");
                }
                if (violatedZones.contains(z.name())) {
                    dot.append(", color=\"").append(Palette.VIOLATED).append("\", penwidth=2.5");
                }
                dot.append("];\n");
            }
            dot.append("  }\n");
        }
        for (SiteView.Edge e : view.edges()) {
            dot.append("  ").append(ids.get(e.pair().from())).append(" -> ").append(ids.get(e.pair().to()))
                    .append(" [label=").append(quote(edgeLabel(e)));
            if (e.violating()) {
                dot.append(", color=\"").append(Palette.VIOLATED).append("\", fontcolor=\"").append(Palette.VIOLATED)
                        .append("\", penwidth=2.5");
            } else if (e.hasWaiver()) {
                dot.append(", color=\"").append(Palette.WAIVED).append('"');
            }
            dot.append("];\n");
        }
        for (SiteView.Requirement r : view.requirements()) {
            if (!r.status().equals("violated")) {
                continue;
            }
            for (SiteView.Pair p : r.pairs()) {
                dot.append("  ").append(ids.get(p.from())).append(" -> ").append(ids.get(p.to())).append(" [label=")
                        .append(quote("VIOLATED: " + r.text())).append(", style=dashed, color=\"").append(Palette.VIOLATED)
                        .append("\", fontcolor=\"").append(Palette.VIOLATED).append("\", constraint=false];\n");
            }
        }
        dot.append("}\n");
        return dot.toString();
    }

    public static String mermaid(SiteView view) {
        Map<String, String> ids = ids(view);
        StringBuilder md = new StringBuilder("flowchart TB\n");
        var violatedZones = view.violatedZones();
        for (Zone z : view.zones()) {
            md.append("  ").append(ids.get(z.name())).append(z.level().tenths() == 35 ? "{{" : "[")
                    .append(mermaidText(z.name() + "<br/>" + Palette.caption(z)))
                    .append(z.level().tenths() == 35 ? "}}" : "]").append(":::").append(levelClass(z)).append('\n');
        }
        List<Integer> red = new ArrayList<>();
        List<Integer> amber = new ArrayList<>();
        int link = 0;
        for (SiteView.Edge e : view.edges()) {
            md.append("  ").append(ids.get(e.pair().from())).append(" -->|").append(mermaidText(edgeLabel(e).replace("\n", "<br/>")))
                    .append("| ").append(ids.get(e.pair().to())).append('\n');
            if (e.violating()) {
                red.add(link);
            } else if (e.hasWaiver()) {
                amber.add(link);
            }
            link++;
        }
        for (SiteView.Requirement r : view.requirements()) {
            if (r.status().equals("violated")) {
                for (SiteView.Pair p : r.pairs()) {
                    md.append("  ").append(ids.get(p.from())).append(" -.->|").append(mermaidText("VIOLATED: " + r.text()))
                            .append("| ").append(ids.get(p.to())).append('\n');
                    red.add(link++);
                }
            }
        }
        for (Zone z : view.zones()) {
            String fill = Palette.fill(z);
            String stroke = violatedZones.contains(z.name()) ? Palette.VIOLATED : z.safety() ? Palette.SAFETY : "#455a64";
            md.append("  style ").append(ids.get(z.name())).append(" fill:").append(fill).append(",stroke:").append(stroke)
                    .append(z.safety() || violatedZones.contains(z.name()) ? ",stroke-width:3px" : "").append('\n');
        }
        if (!red.isEmpty()) {
            md.append("  linkStyle ").append(join(red)).append(" stroke:").append(Palette.VIOLATED).append(",stroke-width:3px,color:")
                    .append(Palette.VIOLATED).append('\n');
        }
        if (!amber.isEmpty()) {
            md.append("  linkStyle ").append(join(amber)).append(" stroke:").append(Palette.WAIVED).append('\n');
        }
        for (Zone z : view.zones()) {
            md.append("  classDef ").append(levelClass(z)).append(" fill:").append(Palette.fill(z)).append('\n');
        }
        return dedupeClassDefs(md.toString());
    }

    /**
     * The DOT laid out by Graphviz as SVG. The comment naming Graphviz's version is left out, so the same layout is
     * the same bytes whichever build of Graphviz drew it.
     */
    public static String svg(SiteView view) throws LayoutException {
        String svg = runDot(dot(view));
        return svg.replaceAll("<!-- Generated by graphviz version [^>]*-->\n", "");
    }

    /** Whether Graphviz's {@code dot} can be run. */
    public static Optional<String> graphvizVersion() {
        try {
            Subprocess.Result r = Subprocess.run(Path.of("."), List.of("dot", "-V"), new byte[0], 30);
            return r.exit() == 0 ? Optional.of(r.firstErrorLine()) : Optional.empty(); // dot -V answers on stderr
        } catch (Subprocess.Failure e) {
            return Optional.empty();
        }
    }

    private static String runDot(String dot) throws LayoutException {
        Subprocess.Result r;
        try {
            r = Subprocess.run(Path.of("."), List.of("dot", "-Tsvg"), dot.getBytes(StandardCharsets.UTF_8),
                    DOT_TIMEOUT_SECONDS);
        } catch (Subprocess.Failure e) {
            throw new LayoutException("SVG needs Graphviz's `dot` on the PATH (e.g. apt-get install graphviz); "
                    + "--format dot or mermaid need nothing (" + e.getMessage() + ")");
        }
        if (r.exit() != 0) {
            throw new LayoutException("Graphviz's dot failed: " + r.firstErrorLine());
        }
        return r.text();
    }

    /** "conduit\nservices\nvia devices". */
    static String edgeLabel(SiteView.Edge e) {
        return e.conduit() + "\n" + String.join(", ", e.services())
                + (e.devices().isEmpty() ? "" : "\nvia " + String.join(", ", e.devices()));
    }

    /** Node ids by zone, in the view's order: z0, z1, ... (zone names may hold characters ids may not). */
    private static Map<String, String> ids(SiteView view) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < view.zones().size(); i++) {
            ids.put(view.zones().get(i).name(), "z" + i);
        }
        return ids;
    }

    private static String levelClass(Zone z) {
        return z.external() ? "external" : "level" + z.level().toString().replace(".", "_");
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Text inside a Mermaid label: quoted, with the characters Mermaid reads as syntax as entities. */
    private static String mermaidText(String text) {
        return "\"" + text.replace("\"", "#quot;").replace("|", "#124;").replace("<br/>", "\u0000")
                .replace("<", "#lt;").replace(">", "#gt;").replace("\u0000", "<br/>") + "\"";
    }

    private static String join(List<Integer> links) {
        return String.join(",", links.stream().map(String::valueOf).toList());
    }

    private static String dedupeClassDefs(String text) {
        List<String> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("  classDef ") || seen.add(line)) {
                lines.add(line);
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
