package dev.zonec.batfish;

import dev.zonec.model.site.Device;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.render.SourceMap;
import java.util.Optional;

/**
 * One file of a compiled output folder, as written there: the device it configures and its text, kept as a
 * {@link SourceFile} so findings can point at and quote its lines ({@code OUT/sw-core.ios:17}), and the source map of
 * its lines (the policy compiles to exactly this text, so the map of the compile is the map of the file).
 */
public record GeneratedFile(Device device, SourceFile source, SourceMap map) {

    /** A file whose lines nothing is known about. */
    public GeneratedFile(Device device, SourceFile source) {
        this(device, source, SourceMap.NONE);
    }

    public String name() {
        return source.sitePath();
    }

    /** The whole line {@code line} (1-based), from its first non-blank character; empty when out of range. */
    public Optional<Span> lineSpan(int line) {
        if (line < 1 || line > source.lineCount()) {
            return Optional.empty();
        }
        String text = source.line(line);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return Optional.of(new Span(source, line, start + 1, Math.max(1, text.strip().length())));
    }
}
