package dev.zonec.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.zonec.model.source.Span;
import dev.zonec.render.LineOrigin;
import dev.zonec.render.OutputFile;
import dev.zonec.render.StableNames;
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
 *
 * <p>Lines the map leaves unmarked (platforms whose templates do not mark their statements yet, a site's own
 * template) fall back to the origin written into remarks and comments (the rule's citation, {@code hmi-control/hmi-polling:}) on the changed
 * line, or else on the nearest line of the hunk that has one.
 */
final class TextDiff {
    private static final int CONTEXT = 3;
    private static final Pattern ORIGIN = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*/[A-Za-z][A-Za-z0-9_-]*): ");
    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    private TextDiff() {}

    /** Every file of either side, by name; a file on one side only is all added or all removed. */
    static List<Plan.FileChange> compare(List<OutputFile> before, List<OutputFile> after,
                                         List<dev.zonec.model.ir.IrRule> beforeRules, List<dev.zonec.model.ir.IrRule> afterRules) {
        Map<String, Span> beforeOrigins = origins(beforeRules);
        Map<String, Span> afterOrigins = origins(afterRules);
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
                changes.add(new Plan.FileChange(name, hunks(name, a, b, beforeOrigins, afterOrigins)));
            }
        }
        return changes;
    }

    private static List<Plan.Hunk> hunks(String name, OutputFile before, OutputFile after, Map<String, Span> beforeOrigins,
                                         Map<String, Span> afterOrigins) {
        List<String> a = before.text().lines().toList();
        List<String> b = after.text().lines().toList();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(name, name, a, DiffUtils.diff(a, b), CONTEXT);
        List<Plan.Hunk> hunks = new ArrayList<>();
        String header = null;
        List<String> lines = new ArrayList<>();
        TreeSet<Span> policy = new TreeSet<>();
        TreeSet<String> parts = new TreeSet<>();
        boolean unmarked = false;
        int oldLine = 0;
        int newLine = 0;
        for (String line : unified) {
            Matcher h = HEADER.matcher(line);
            if (h.find()) {
                if (header != null) {
                    hunks.add(hunk(header, lines, policy, parts, unmarked, beforeOrigins, afterOrigins));
                }
                unmarked = false;
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
                unmarked |= !origin(before, oldLine++, policy, parts);
            } else if (line.startsWith("+")) {
                unmarked |= !origin(after, newLine++, policy, parts);
            } else {
                oldLine++;
                newLine++;
            }
        }
        if (header != null) {
            hunks.add(hunk(header, lines, policy, parts, unmarked, beforeOrigins, afterOrigins));
        }
        return hunks;
    }

    /** Adds what the map says of a line; false when the map leaves it unmarked. */
    private static boolean origin(OutputFile file, int line, TreeSet<Span> policy, TreeSet<String> parts) {
        LineOrigin origin = file.map().line(line);
        if (origin.kind() == LineOrigin.Kind.UNMARKED) {
            return false;
        }
        List<Span> spans = file.map().policy(line);
        policy.addAll(spans);
        if (spans.isEmpty() && origin.kind() == LineOrigin.Kind.PART) {
            parts.add(origin.part());
        }
        return true;
    }

    /** The hunk; when some changed line was unmarked, the origins its remarks name (see the class comment). */
    private static Plan.Hunk hunk(String header, List<String> lines, TreeSet<Span> policy, TreeSet<String> parts,
                                  boolean unmarked, Map<String, Span> beforeOrigins, Map<String, Span> afterOrigins) {
        if (unmarked) {
            TreeSet<Span> read = new TreeSet<>();
            int firstChange = -1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("-") || line.startsWith("+")) {
                    firstChange = firstChange < 0 ? i : firstChange;
                    read.addAll(remarks(line, line.startsWith("-") ? beforeOrigins : afterOrigins));
                }
            }
            for (int d = 1; read.isEmpty() && firstChange >= 0 && d < lines.size(); d++) {
                for (int i : new int[] {firstChange - d, firstChange + d}) {
                    if (i >= 0 && i < lines.size() && read.isEmpty()) {
                        read.addAll(remarks(lines.get(i), lines.get(i).startsWith("-") ? beforeOrigins : afterOrigins));
                    }
                }
            }
            policy.addAll(read);
        }
        return new Plan.Hunk(header, lines, List.copyOf(policy), List.copyOf(parts));
    }

    private static List<Span> remarks(String line, Map<String, Span> origins) {
        List<Span> found = new ArrayList<>();
        Matcher m = ORIGIN.matcher(line);
        while (m.find()) {
            Span span = origins.get(m.group(1));
            if (span != null) {
                found.add(span);
            }
        }
        return found;
    }

    /** Each citation of the device's rules ({@code hmi-control/hmi-polling}) and its allow rule. */
    private static Map<String, Span> origins(List<dev.zonec.model.ir.IrRule> rules) {
        Map<String, Span> map = new java.util.HashMap<>();
        rules.forEach(r -> map.putIfAbsent(StableNames.citation(r.flow()), r.origin()));
        return map;
    }
}
