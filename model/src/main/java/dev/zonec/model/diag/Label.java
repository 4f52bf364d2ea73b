package dev.zonec.model.diag;

import dev.zonec.model.source.Span;
import java.util.Objects;

/** A secondary location in a diagnostic, e.g. "first defined here". */
public record Label(Span span, String message) {
    public Label {
        Objects.requireNonNull(span);
        Objects.requireNonNull(message);
    }
}
