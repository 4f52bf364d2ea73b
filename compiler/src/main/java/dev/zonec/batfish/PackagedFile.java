package dev.zonec.batfish;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One file as uploaded: its path in the snapshot ({@code configs/sw-core.ios}), the output file it carries, and the
 * header lines zonec put in front of it. Batfish counts lines in the uploaded file; {@link #original(int)} maps them
 * back to the output file.
 */
public record PackagedFile(String path, GeneratedFile file, List<String> header) {
    public PackagedFile {
        header = List.copyOf(header);
    }

    /** The output file's line for a line of the uploaded file; empty for a header line or a line out of range. */
    public Optional<Span> original(int uploadedLine) {
        return file.lineSpan(uploadedLine - header.size());
    }

    /** The header line at {@code uploadedLine}, when the line is one zonec added. */
    public Optional<String> headerLine(int uploadedLine) {
        return uploadedLine >= 1 && uploadedLine <= header.size()
                ? Optional.of(header.get(uploadedLine - 1)) : Optional.empty();
    }

    /** The uploaded text: header, then the file as written. */
    public String text() {
        return header.isEmpty() ? file.source().text() : String.join("\n", header) + "\n" + file.source().text();
    }
}
