package dev.zonec.fuzz;

import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Label;
import dev.zonec.model.source.Span;
import java.util.List;

/** What must hold of any run, whatever the input: checked by every fuzz target. A violation is a finding. */
final class Invariants {

    private Invariants() {}

    /** Every diagnostic is one located, non-empty finding whose spans lie inside their files. */
    static void diagnostics(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.message().isBlank()) {
                throw new AssertionError("empty message: " + d);
            }
            d.primary().ifPresent(s -> inside(s, d));
            for (Label l : d.labels()) {
                inside(l.span(), d);
            }
        }
    }

    private static void inside(Span span, Diagnostic d) {
        int lines = span.file().lineCount();
        if (span.line() > lines) {
            throw new AssertionError("line " + span.line() + " past the end (" + lines + " lines): " + d);
        }
        int length = span.file().line(span.line()).length();
        if (span.column() > length + 1) {
            throw new AssertionError("column " + span.column() + " past the line (" + length + " chars): " + d);
        }
    }
}
