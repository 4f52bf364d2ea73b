package dev.zonec.report;

import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which finding a diagnostic is, in a way an unrelated edit leaves alone: its code, its file, and the text of its line
 * with white space collapsed (lines added above it or a change of indentation change nothing), numbered when several
 * findings of one code stand on equal lines. The message is left out: a requirement's witness packet may change while
 * the finding stays the same one. SARIF's fingerprints and {@code zonec diff}'s findings both use it.
 */
public final class Fingerprints {

    private Fingerprints() {}

    /** One key per diagnostic, in order; {@code path} names a span's file the same way on every run. */
    public static List<String> keys(List<Diagnostic> diagnostics, Function<Span, String> path) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String key = d.primary().map(span -> d.code().name() + "\n" + path.apply(span) + "\n"
                    + span.file().line(span.line()).strip().replaceAll("\\s+", " "))
                    .orElse(d.code().name() + "\n\n" + d.message());
            int n = seen.merge(key, 1, Integer::sum);
            keys.add(key + "\n" + n);
        }
        return keys;
    }
}
