package dev.zonec.model.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The collector each stage reports into. The driver reads {@link #hasErrors()} after every stage and stops
 * at the first stage that reported an error; the findings themselves are immutable records.
 */
public final class Diagnostics {
    private final Set<Diagnostic> items = new LinkedHashSet<>(); // a repeated finding is kept once

    public void report(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void report(Diagnostic.Builder builder) {
        report(builder.build());
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.stream().filter(d -> d.severity() == Severity.WARNING && !d.isWaived()).count();
    }

    /** All findings so far, each once, in a stable order (by file, line, column, code). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
