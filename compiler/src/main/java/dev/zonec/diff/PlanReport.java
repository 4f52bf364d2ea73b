package dev.zonec.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.Span;
import dev.zonec.report.Json;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan for people and machines: text for a terminal, Markdown for a pull-request comment (short: every device's
 * rules and config diff folded away, long diffs cut, within the size a comment may have), JSON with everything.
 */
public final class PlanReport {
    /** GitHub refuses comments over 65,536 characters; the Markdown stays well below. */
    static final int MARKDOWN_BUDGET = 60_000;
    /** Diff lines shown per device in Markdown before the rest is cut. */
    static final int MARKDOWN_LINES_PER_DEVICE = 120;

    private PlanReport() {}

    /** The exit code of {@code zonec diff}: 1 when the new side has errors, 3 when reachability widened, else 0. */
    public static int exitCode(Plan plan) {
        if (!plan.after().compiles() && plan.after().present()) {
            return 1;
        }
        return plan.widened() ? 3 : 0;
    }

    public static String verdict(Plan plan) {
        StringBuilder v = new StringBuilder();
        v.append(plan.widened() ? "reachability widened" : plan.removed().isEmpty() ? "reachability unchanged"
                : "reachability narrowed");
        v.append(" (").append(plan.added().size()).append(" added, ").append(plan.removed().size()).append(" removed)");
        long violated = plan.requirements().stream().filter(r -> r.after() == Plan.Status.VIOLATED).count();
        if (violated > 0) {
            v.append(", ").append(count(violated, "requirement")).append(" newly violated");
        }
        if (plan.after().present() && !plan.after().compiles()) {
            v.append(", ").append(plan.after().label()).append(" does not compile (").append(count(plan.after().errors(), "error"))
                    .append(")");
        }
        return v.toString();
    }

    // ---- text ----

    public static String text(Plan plan) {
        StringBuilder out = new StringBuilder();
        out.append("zonec diff ").append(plan.before().label()).append(" -> ").append(plan.after().label()).append('\n');
        plan.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        reachText(out, "reachability added", '+', plan.added());
        reachText(out, "reachability removed", '-', plan.removed());
        if (!plan.requirements().isEmpty()) {
            out.append("\nrequirements:\n");
            for (Plan.StatusChange r : plan.requirements()) {
                out.append("  ").append(pad(r.change(), 15)).append(" ").append(r.requirement()).append("  (")
                        .append(r.span().location()).append(")  ").append(r.before().word()).append(" -> ")
                        .append(r.after().word()).append('\n');
                r.witness().ifPresent(w -> out.append("      ").append(w).append('\n'));
                if (!r.policy().isEmpty()) {
                    out.append("      allowed by ").append(locations(r.policy())).append('\n');
                }
            }
        }
        if (!plan.findings().isEmpty()) {
            out.append("\nfindings:\n");
            for (Plan.FindingChange f : plan.findings()) {
                Diagnostic d = f.diagnostic();
                out.append("  ").append(pad(f.change(), 15)).append(" ").append(d.severity().word()).append('[')
                        .append(d.code().name()).append("] ").append(d.message())
                        .append(d.primary().map(s -> "  (" + s.location() + ")").orElse("")).append('\n');
            }
        }
        out.append("\ndevices: ").append(deviceCounts(plan)).append('\n');
        for (Plan.DeviceChange d : plan.devices()) {
            if (d.status() == Plan.DeviceStatus.UNCHANGED) {
                continue;
            }
            out.append("  ").append(mark(d.status())).append(' ').append(d.device()).append(" (").append(d.platform())
                    .append("): ").append(ruleCounts(d)).append('\n');
            for (Plan.RuleChange r : d.rules()) {
                out.append("      ").append(ruleLine(r)).append('\n');
            }
            for (Plan.FileChange f : d.files()) {
                out.append("    --- ").append(f.file()).append('\n');
                for (Plan.Hunk h : f.hunks()) {
                    out.append("    ").append(h.header()).append(what(h, "  ")).append('\n');
                    h.lines().forEach(l -> out.append("    ").append(l).append('\n'));
                }
            }
        }
        out.append("\ndiff: ").append(verdict(plan)).append('\n');
        return out.toString();
    }

    private static void reachText(StringBuilder out, String title, char sign, List<Plan.Reach> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(changes.size()).append("):\n");
        for (Plan.Reach r : changes) {
            out.append("  ").append(sign).append(' ').append(r.from()).append(" -> ").append(r.to()).append("  ")
                    .append(service(r)).append('\n');
            out.append("      e.g. ").append(r.example().describe()).append('\n');
            out.append("      through ").append(String.join(", ", r.devices())).append("; policy ")
                    .append(locations(r.policy())).append('\n');
        }
    }

    private static String ruleLine(Plan.RuleChange r) {
        return switch (r.kind()) {
            case ADDED -> "+ rule " + RuleDiff.describe(r.rule()) + "  " + RuleDiff.packets(r.rule()) + "  ("
                    + r.rule().origin().location() + ")";
            case REMOVED -> "- rule " + RuleDiff.describe(r.rule()) + "  " + RuleDiff.packets(r.rule()) + "  ("
                    + r.rule().origin().location() + ")";
            case CHANGED -> "~ rule " + RuleDiff.describe(r.rule()) + "  " + RuleDiff.packets(r.before().orElseThrow())
                    + "  =>  " + RuleDiff.packets(r.after().orElseThrow()) + "  (" + r.rule().origin().location() + ")";
        };
    }

    // ---- Markdown ----

    public static String markdown(Plan plan) {
        StringBuilder md = new StringBuilder();
        md.append("### zonec plan: ").append(plan.widened() ? "⚠️ " : "").append(md(verdict(plan))).append("\n\n");
        md.append("`").append(code(plan.before().label())).append("` → `").append(code(plan.after().label())).append("`");
        md.append(" · devices: ").append(deviceCounts(plan)).append("\n");
        plan.notes().forEach(n -> md.append("\n> ").append(md(n)).append("\n"));
        reachMarkdown(md, "Reachability added", plan.added());
        reachMarkdown(md, "Reachability removed", plan.removed());
        if (!plan.requirements().isEmpty()) {
            md.append("\n#### Requirements\n\n| change | requirement | was → is | witness |\n| --- | --- | --- | --- |\n");
            for (Plan.StatusChange r : plan.requirements()) {
                md.append("| ").append(r.after() == Plan.Status.VIOLATED ? "**" + r.change() + "**" : r.change())
                        .append(" | `").append(code(r.requirement())).append("` (").append(loc(r.span())).append(") | ")
                        .append(r.before().word()).append(" → ").append(r.after().word()).append(" | ")
                        .append(cell(r.witness().orElse("")))
                        .append(r.policy().isEmpty() ? "" : " (allowed by " + locs(r.policy()) + ")").append(" |\n");
            }
        }
        if (!plan.findings().isEmpty()) {
            md.append("\n#### Findings\n\n| change | finding | where |\n| --- | --- | --- |\n");
            for (Plan.FindingChange f : plan.findings()) {
                Diagnostic d = f.diagnostic();
                md.append("| ").append(f.change()).append(" | ").append(d.severity().word()).append(" ")
                        .append(d.code().name()).append(": ").append(cell(d.message())).append(" | ")
                        .append(d.primary().map(PlanReport::loc).orElse("")).append(" |\n");
            }
        }
        List<Plan.DeviceChange> changed = plan.devices().stream().filter(d -> d.status() != Plan.DeviceStatus.UNCHANGED).toList();
        if (!changed.isEmpty()) {
            md.append("\n#### Devices\n");
            for (Plan.DeviceChange d : changed) {
                StringBuilder one = new StringBuilder();
                one.append("\n<details><summary><code>").append(html(d.device())).append("</code> (")
                        .append(html(d.platform())).append(") ").append(d.status().name().toLowerCase(java.util.Locale.ROOT))
                        .append(": ").append(html(ruleCounts(d))).append("</summary>\n");
                if (!d.rules().isEmpty()) {
                    one.append("\n| | rule | packets | policy |\n| --- | --- | --- | --- |\n");
                    for (Plan.RuleChange r : d.rules()) {
                        String packets = r.kind() == Plan.RuleChange.Kind.CHANGED
                                ? RuleDiff.packets(r.before().orElseThrow()) + " ⇒ " + RuleDiff.packets(r.after().orElseThrow())
                                : RuleDiff.packets(r.rule());
                        one.append("| ").append(r.kind() == Plan.RuleChange.Kind.ADDED ? "+" : r.kind() == Plan.RuleChange.Kind.REMOVED ? "−" : "~")
                                .append(" | ").append(cell(RuleDiff.describe(r.rule()))).append(" | ").append(cell(packets))
                                .append(" | ").append(loc(r.rule().origin())).append(" |\n");
                    }
                }
                int budget = MARKDOWN_LINES_PER_DEVICE;
                for (Plan.FileChange f : d.files()) {
                    StringBuilder body = new StringBuilder();
                    int cut = 0;
                    for (Plan.Hunk h : f.hunks()) {
                        if (budget <= 0) {
                            cut += h.lines().size();
                            continue;
                        }
                        body.append(h.header()).append(what(h, " ")).append('\n');
                        for (String l : h.lines()) {
                            if (budget-- > 0) {
                                body.append(l).append('\n');
                            } else {
                                cut++;
                            }
                        }
                    }
                    String fence = fence(body.toString());
                    one.append("\n`").append(code(f.file())).append("`\n\n").append(fence).append("diff\n").append(body)
                            .append(fence).append("\n");
                    if (cut > 0) {
                        one.append("\n… ").append(cut).append(" more diff lines: run `zonec diff` locally for all of them.\n");
                    }
                }
                one.append("\n</details>\n");
                if (md.length() + one.length() > MARKDOWN_BUDGET) {
                    md.append("\n… more devices change: run `zonec diff` locally (the comment would exceed what GitHub accepts).\n");
                    break;
                }
                md.append(one);
            }
        }
        return md.toString();
    }

    private static void reachMarkdown(StringBuilder md, String title, List<Plan.Reach> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n#### ").append(title).append(" (").append(changes.size()).append(")\n\n")
                .append("| from | to | service | example packet | through | policy |\n| --- | --- | --- | --- | --- | --- |\n");
        int rows = 0;
        for (Plan.Reach r : changes) {
            if (++rows > 200) {
                md.append("\n… ").append(changes.size() - 200).append(" more: run `zonec diff` locally.\n");
                break;
            }
            md.append("| ").append(r.from()).append(" | ").append(r.to()).append(" | ").append(cell(service(r)))
                    .append(" | `").append(code(r.example().describe())).append("` | ").append(cell(String.join(", ", r.devices())))
                    .append(" | ").append(locs(r.policy())).append(" |\n");
        }
    }

    // ---- JSON ----

    public static String json(Plan plan) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("before", plan.before().label());
        root.put("after", plan.after().label());
        root.put("widened", plan.widened());
        root.put("afterCompiles", plan.after().compiles());
        root.put("exitCode", exitCode(plan));
        ArrayNode notes = root.putArray("notes");
        plan.notes().forEach(notes::add);
        root.set("added", reachJson(plan.added()));
        root.set("removed", reachJson(plan.removed()));
        ArrayNode requirements = root.putArray("requirements");
        for (Plan.StatusChange r : plan.requirements()) {
            ObjectNode n = requirements.addObject();
            n.put("requirement", r.requirement());
            n.put("change", r.change());
            n.put("before", r.before().word());
            n.put("after", r.after().word());
            n.set("location", Json.location(r.span()));
            r.witness().ifPresent(w -> n.put("witness", w));
            n.set("policy", locationsJson(r.policy()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Plan.FindingChange f : plan.findings()) {
            ObjectNode n = findings.addObject();
            n.put("change", f.change());
            n.set("diagnostic", Json.diagnostics(List.of(f.diagnostic())).get(0));
        }
        ArrayNode devices = root.putArray("devices");
        for (Plan.DeviceChange d : plan.devices()) {
            ObjectNode n = devices.addObject();
            n.put("device", d.device());
            n.put("platform", d.platform());
            n.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode rules = n.putArray("rules");
            for (Plan.RuleChange r : d.rules()) {
                ObjectNode rule = rules.addObject();
                rule.put("change", r.kind().name().toLowerCase(java.util.Locale.ROOT));
                rule.put("rule", RuleDiff.describe(r.rule()));
                r.before().ifPresent(b -> rule.put("before", RuleDiff.packets(b)));
                r.after().ifPresent(a -> rule.put("after", RuleDiff.packets(a)));
                rule.set("policy", Json.location(r.rule().origin()));
            }
            ArrayNode files = n.putArray("files");
            for (Plan.FileChange f : d.files()) {
                ObjectNode file = files.addObject();
                file.put("file", f.file());
                ArrayNode hunks = file.putArray("hunks");
                for (Plan.Hunk h : f.hunks()) {
                    ObjectNode hunk = hunks.addObject();
                    hunk.put("header", h.header());
                    ArrayNode lines = hunk.putArray("lines");
                    h.lines().forEach(lines::add);
                    hunk.set("policy", locationsJson(h.policy()));
                    ArrayNode parts = hunk.putArray("scaffolding");
                    h.parts().forEach(parts::add);
                }
            }
        }
        return Json.pretty(root);
    }

    private static ArrayNode reachJson(List<Plan.Reach> changes) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Plan.Reach r : changes) {
            ObjectNode n = array.addObject();
            n.put("from", r.from());
            n.put("to", r.to());
            n.put("service", r.service());
            n.put("replies", r.replies());
            n.put("example", r.example().describe());
            ArrayNode devices = n.putArray("devices");
            r.devices().forEach(devices::add);
            n.set("policy", locationsJson(r.policy()));
        }
        return array;
    }

    private static ArrayNode locationsJson(List<Span> spans) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        spans.forEach(s -> array.add(Json.location(s)));
        return array;
    }

    // ---- shared ----

    private static String service(Plan.Reach r) {
        return r.replies() ? "replies of " + r.service() : r.service();
    }

    private static String deviceCounts(Plan plan) {
        return plan.devices().stream().collect(Collectors.groupingBy(Plan.DeviceChange::status, java.util.TreeMap::new,
                Collectors.counting())).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String ruleCounts(Plan.DeviceChange d) {
        if (d.rules().isEmpty()) {
            return d.files().isEmpty() ? "no change" : "no rule changes, config text changes";
        }
        return count(d.count(Plan.RuleChange.Kind.ADDED), "rule") + " added, " + d.count(Plan.RuleChange.Kind.REMOVED)
                + " removed, " + d.count(Plan.RuleChange.Kind.CHANGED) + " changed";
    }

    private static char mark(Plan.DeviceStatus s) {
        return switch (s) {
            case ADDED -> '+';
            case REMOVED -> '-';
            case CHANGED -> '~';
            case UNCHANGED -> ' ';
        };
    }

    private static String locations(List<Span> spans) {
        return String.join(", ", spans.stream().map(Span::location).toList());
    }

    /** What a hunk's changed lines are for: {@code policy: new/conduits.zc:12} and/or {@code scaffolding: header}. */
    private static String what(Plan.Hunk h, String gap) {
        String policy = h.policy().isEmpty() ? "" : gap + "policy: " + origins(h.policy());
        return policy + (h.parts().isEmpty() ? "" : gap + "scaffolding: " + String.join(", ", h.parts()));
    }

    /** Policy lines as {@code new/conduits.zc:12}: the file as the user named it (which side), and the line. */
    private static String origins(List<Span> spans) {
        return String.join(", ", spans.stream().map(s -> s.file().displayPath() + ":" + s.line()).distinct().toList());
    }

    private static String loc(Span s) {
        return "`" + code(s.location()) + "`";
    }

    private static String locs(List<Span> spans) {
        return String.join(", ", spans.stream().map(PlanReport::loc).toList());
    }

    /** Text for a table cell: no line breaks, no cell separators, no HTML. */
    private static String cell(String text) {
        return md(text).replace("|", "\\|").replace("\n", " ");
    }

    /** Text outside code: characters Markdown would read as markup or HTML are escaped. */
    private static String md(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
                .replace("_", "\\_").replace("[", "\\[").replace("]", "\\]");
    }

    /** Text inside an inline code span: a backtick would end it. */
    private static String code(String text) {
        return text.replace("`", "'").replace("\n", " ");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A code fence longer than any run of backticks in the body. */
    private static String fence(String body) {
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
