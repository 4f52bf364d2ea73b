package dev.zonec.model.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text file the user wrote (policy or inventory), kept whole so that diagnostics can quote its lines.
 * {@code displayPath} is how the user named it (as given on the command line), for diagnostics;
 * {@code sitePath} is its path inside the site folder, the only form that may appear in generated configs, so that
 * output does not depend on where zonec was run from.
 */
public final class SourceFile {
    private final String sitePath;
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;

    /** A file whose display path is also its path in the site (tests, single files). */
    public SourceFile(String path, String text) {
        this(path, path, text);
    }

    public SourceFile(String sitePath, String displayPath, String text) {
        this.sitePath = Objects.requireNonNull(sitePath);
        this.displayPath = Objects.requireNonNull(displayPath);
        this.text = Objects.requireNonNull(text);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String displayPath() {
        return displayPath;
    }

    public String sitePath() {
        return sitePath;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * The span of {@code length} characters at a character offset into the text (clamped to the text), for readers
     * that count offsets rather than lines: SnakeYAML also ends lines at a lone CR, NEL, LS and PS, which this file
     * does not, so its line numbers are not ours.
     */
    public Span spanAt(int offset, int length) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int index = java.util.Arrays.binarySearch(lineStarts, at);
        int line = index >= 0 ? index : -index - 2;
        // a line's terminator is not shown: an offset on a trailing CR is the end of the line
        int column = Math.min(at - lineStarts[line] + 1, line(line + 1).length() + 1);
        return new Span(this, line + 1, column, length);
    }

    /**
     * The span at a 1-based line and column as a reader that ends lines only at LF gives them (the ANTLR lexer): such
     * a reader puts a position on a line's trailing CR, or at the end of a file that ends in one, one column past what
     * {@link #line} shows; that position is the end of the line.
     */
    public Span spanAtColumn(int line, int column, int length) {
        int at = Math.max(1, Math.min(line, lineStarts.length));
        return new Span(this, at, Math.max(1, Math.min(column, line(at).length() + 1)), length);
    }

    /** The 1-based line without its line terminator; empty when out of range. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile other && displayPath.equals(other.displayPath);
    }

    @Override
    public int hashCode() {
        return displayPath.hashCode();
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
