package dev.zonec.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.source.Span;
import dev.zonec.render.OutputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unified diff of one device's generated files (java-diff-utils, three lines of context), each hunk tied to the
 * policy lines its changed lines were written for.
 *
 * <p>Which policy line a generated line serves is read, for now, from the origin every renderer writes into its
 * remarks, comments and descriptions ({@code (conduits.zc:12)}): on the changed lines themselves, or else on the
 * nearest line of the hunk (a remark above its rule on IOS, a description below it on PAN-OS). The structured
 * source map of the render stage (issue 15) replaces this reading.
 */
final class TextDiff {
    private static final int CONTEXT = 3;
    private static final Pattern ORIGIN = Pattern.compile("\\(([^()\\s]+\\.zc:[0-9]+)\\)");
    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    private TextDiff() {}

    /** Every file of either side, by name; a file on one side only is all added or all removed. */
    static List<Plan.FileChange> compare(List<OutputFile> before, List<OutputFile> after, List<IrRule> beforeRules,
                                         List<IrRule> afterRules) {
        Map<String, String> was = new java.util.TreeMap<>();
        before.forEach(f -> was.put(f.name(), f.text()));
        Map<String, String> is = new java.util.TreeMap<>();
        after.forEach(f -> is.put(f.name(), f.text()));
        TreeSet<String> names = new TreeSet<>(was.keySet());
        names.addAll(is.keySet());
        Map<String, Span> beforeOrigins = origins(beforeRules);
        Map<String, Span> afterOrigins = origins(afterRules);
        List<Plan.FileChange> changes = new ArrayList<>();
        for (String name : names) {
            String a = was.getOrDefault(name, "");
            String b = is.getOrDefault(name, "");
            if (!a.equals(b)) {
                changes.add(new Plan.FileChange(name, hunks(name, a, b, beforeOrigins, afterOrigins)));
            }
        }
        return changes;
    }

    private static List<Plan.Hunk> hunks(String name, String before, String after, Map<String, Span> beforeOrigins,
                                         Map<String, Span> afterOrigins) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(name, name, a, DiffUtils.diff(a, b), CONTEXT);
        List<Plan.Hunk> hunks = new ArrayList<>();
        String header = null;
        List<String> lines = new ArrayList<>();
        for (String line : unified) {
            if (HEADER.matcher(line).find()) {
                if (header != null) {
                    hunks.add(hunk(header, lines, beforeOrigins, afterOrigins));
                }
                header = line;
                lines = new ArrayList<>();
            } else if (header != null) { // not the --- and +++ lines
                lines.add(line);
            }
        }
        if (header != null) {
            hunks.add(hunk(header, lines, beforeOrigins, afterOrigins));
        }
        return hunks;
    }

    /**
     * The hunk with the policy lines its changed lines name (a removed line by the old side's files, an added one by
     * the new side's); when no changed line names one, the nearest line of the hunk that does, above first.
     */
    private static Plan.Hunk hunk(String header, List<String> lines, Map<String, Span> beforeOrigins,
                                  Map<String, Span> afterOrigins) {
        TreeSet<Span> policy = new TreeSet<>();
        int firstChange = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("-") || line.startsWith("+")) {
                firstChange = firstChange < 0 ? i : firstChange;
                policy.addAll(origins(line, line.startsWith("-") ? beforeOrigins : afterOrigins));
            }
        }
        for (int d = 1; policy.isEmpty() && firstChange >= 0 && d < lines.size(); d++) {
            for (int i : new int[] {firstChange - d, firstChange + d}) {
                if (i >= 0 && i < lines.size() && policy.isEmpty()) {
                    policy.addAll(origins(lines.get(i), lines.get(i).startsWith("-") ? beforeOrigins : afterOrigins));
                }
            }
        }
        return new Plan.Hunk(header, lines, List.copyOf(policy));
    }

    private static List<Span> origins(String line, Map<String, Span> origins) {
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

    /** Each origin text of the device's rules ({@code conduits.zc:12}) and its allow rule. */
    private static Map<String, Span> origins(List<IrRule> rules) {
        Map<String, Span> map = new HashMap<>();
        rules.forEach(r -> map.putIfAbsent(r.origin().origin(), r.origin()));
        return map;
    }
}
