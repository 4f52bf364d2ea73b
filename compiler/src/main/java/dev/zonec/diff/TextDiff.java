package dev.zonec.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.zonec.model.source.Span;
import dev.zonec.render.LineOrigin;
import dev.zonec.render.OutputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unified diff of one device's generated files (java-diff-utils, three lines of context), each hunk tied to what
 * its changed lines are for, read from the render stage's source map: the policy lines of the rules a line enforces
 * or supports (an address object: the rules that use it), and the scaffolding it is (a header, a removal, the default
 * deny) when it serves no rule. A removed line is looked up in the old file's map, an added one in the new file's.
 * A line the map leaves unmarked (one a site's own template writes outside its marks) is tied to nothing: the
 * words of a remark are no evidence of what a line enforces.
 */
final class TextDiff {
    private static final int CONTEXT = 3;
    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    private TextDiff() {}

    /** Every file of either side, by name; a file on one side only is all added or all removed. */
    static List<Plan.FileChange> compare(List<OutputFile> before, List<OutputFile> after) {
        Map<String, OutputFile> was = new TreeMap<>();
        before.forEach(f -> was.put(f.name(), f));
        Map<String, OutputFile> is = new TreeMap<>();
        after.forEach(f -> is.put(f.name(), f));
        TreeSet<String> names = new TreeSet<>(was.keySet());
        names.addAll(is.keySet());
        List<Plan.FileChange> changes = new ArrayList<>();
        for (String name : names) {
            OutputFile a = was.getOrDefault(name, new OutputFile(name, ""));
            OutputFile b = is.getOrDefault(name, new OutputFile(name, ""));
            if (!a.text().equals(b.text())) {
                changes.add(new Plan.FileChange(name, hunks(name, a, b)));
            }
        }
        return changes;
    }

    private static List<Plan.Hunk> hunks(String name, OutputFile before, OutputFile after) {
        List<String> a = before.text().lines().toList();
        List<String> b = after.text().lines().toList();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(name, name, a, DiffUtils.diff(a, b), CONTEXT);
        List<Plan.Hunk> hunks = new ArrayList<>();
        String header = null;
        List<String> lines = new ArrayList<>();
        TreeSet<Span> policy = new TreeSet<>();
        TreeSet<String> parts = new TreeSet<>();
        int oldLine = 0;
        int newLine = 0;
        for (String line : unified) {
            Matcher h = HEADER.matcher(line);
            if (h.find()) {
                if (header != null) {
                    hunks.add(new Plan.Hunk(header, lines, List.copyOf(policy), List.copyOf(parts)));
                }
                header = line;
                lines = new ArrayList<>();
                policy = new TreeSet<>();
                parts = new TreeSet<>();
                oldLine = Integer.parseInt(h.group(1));
                newLine = Integer.parseInt(h.group(3));
                continue;
            }
            if (header == null) {
                continue; // the --- and +++ lines
            }
            lines.add(line);
            if (line.startsWith("-")) {
                origin(before, oldLine++, policy, parts);
            } else if (line.startsWith("+")) {
                origin(after, newLine++, policy, parts);
            } else {
                oldLine++;
                newLine++;
            }
        }
        if (header != null) {
            hunks.add(new Plan.Hunk(header, lines, List.copyOf(policy), List.copyOf(parts)));
        }
        return hunks;
    }

    /** Adds what the map says of a line: the policy lines it serves, or the scaffolding it is; nothing if unmarked. */
    private static void origin(OutputFile file, int line, TreeSet<Span> policy, TreeSet<String> parts) {
        LineOrigin origin = file.map().line(line);
        List<Span> spans = file.map().policy(line);
        policy.addAll(spans);
        if (spans.isEmpty() && origin.kind() == LineOrigin.Kind.PART) {
            parts.add(origin.part());
        }
    }
}
