package dev.zonec.model.diag;

import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding, as data. The text printer, JSON and (later) SARIF all render this same record.
 * {@code primary} is empty only for findings that have no place in a file (e.g. a missing folder).
 */
public record Diagnostic(
        Code code,
        Severity severity,
        String message,
        Optional<Span> primary,
        List<Label> labels,
        List<String> help,
        Optional<Suppression> suppression) {

    /** Orders diagnostics by place, then code, so reports are stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.primary().map(s -> s.file().displayPath()).orElse(""))
            .thenComparingInt(d -> d.primary().map(Span::line).orElse(0))
            .thenComparingInt(d -> d.primary().map(Span::column).orElse(0))
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        Objects.requireNonNull(primary);
        labels = List.copyOf(labels);
        help = List.copyOf(help);
        Objects.requireNonNull(suppression);
    }

    public static Builder error(Code code, String message) {
        return new Builder(code, Severity.ERROR, message);
    }

    public static Builder warning(Code code, String message) {
        return new Builder(code, Severity.WARNING, message);
    }

    public static Builder note(Code code, String message) {
        return new Builder(code, Severity.NOTE, message);
    }

    /**
     * User text made safe to show, each character that could act on a terminal or reorder what is read written
     * `&#92;u{001b}`: C0 and C1 controls, DEL, Unicode format characters (bidi overrides and isolates, zero-width
     * characters, the BOM) and line or paragraph separators. What the character is stays visible in every report
     * (the text printer shows source excerpts the same way), and no report carries it raw.
     */
    public static String printable(String text) {
        if (text.codePoints().noneMatch(Diagnostic::unsafe)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (unsafe(c)) {
                b.append(String.format("\\u{%04x}", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029;
    }

    /** An error that counts: not waived. */
    public boolean isError() {
        return severity == Severity.ERROR && suppression.isEmpty();
    }

    public boolean isWaived() {
        return suppression.isPresent();
    }

    /** The same finding, accepted by a waiver. */
    public Diagnostic waivedBy(Suppression by) {
        return new Diagnostic(code, severity, message, primary, labels, help, Optional.of(by));
    }

    /** Builds a diagnostic step by step; the record itself stays immutable. */
    public static final class Builder {
        private final Code code;
        private final Severity severity;
        private final String message;
        private Span primary;
        private final List<Label> labels = new ArrayList<>();
        private final List<String> help = new ArrayList<>();

        private Builder(Code code, Severity severity, String message) {
            this.code = code;
            this.severity = severity;
            this.message = message;
        }

        public Builder at(Span span) {
            this.primary = span;
            return this;
        }

        public Builder label(Span span, String text) {
            labels.add(new Label(span, text));
            return this;
        }

        public Builder help(String text) {
            help.add(text);
            return this;
        }

        public Builder helpIf(Optional<String> text) {
            text.ifPresent(help::add);
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(code, severity, message, Optional.ofNullable(primary), labels, help, Optional.empty());
        }
    }
}
