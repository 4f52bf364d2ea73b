package dev.zonec.render;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The writer a template renders into: keeps the text and, for each line, the origin the template had declared
 * ({@code <@rule>}, {@code <@part>}) when the line's first character was written.
 */
final class SourceMapWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final Deque<LineOrigin> open = new ArrayDeque<>();
    private final List<LineOrigin> lines = new ArrayList<>();
    private LineOrigin current;

    void enter(LineOrigin origin) {
        open.push(origin);
    }

    void leave() {
        open.pop();
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (current == null) {
                current = open.isEmpty() ? LineOrigin.UNMARKED : open.peek();
            }
            text.append(c);
            if (c == '\n') {
                lines.add(current);
                current = null;
            }
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    String text() {
        return text.toString();
    }

    SourceMap map() {
        List<LineOrigin> all = new ArrayList<>(lines);
        if (current != null) {
            all.add(current); // a last line without a line break
        }
        return new SourceMap(all);
    }
}
