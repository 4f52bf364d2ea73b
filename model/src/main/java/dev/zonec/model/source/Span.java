package dev.zonec.model.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where something was written: file, 1-based line and column, and length in characters on that line
 * (the caret width). Every AST node, inventory value and IR rule carries one.
 */
public record Span(SourceFile file, int line, int column, int length) implements Comparable<Span> {

    private static final Comparator<Span> ORDER = Comparator
            .comparing((Span s) -> s.file().displayPath())
            .thenComparingInt(Span::line)
            .thenComparingInt(Span::column);

    public Span {
        Objects.requireNonNull(file);
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        length = Math.max(1, length);
    }

    /** {@code file:line:col}, the form editors and CI annotations understand. */
    public String location() {
        return file.displayPath() + ":" + line + ":" + column;
    }

    /** {@code file:line} with the file's path inside the site: how generated configs name a rule's origin. */
    public String origin() {
        return file.sitePath() + ":" + line;
    }

    @Override
    public int compareTo(Span other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return location();
    }
}
