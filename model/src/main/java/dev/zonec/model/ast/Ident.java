package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.Objects;

/** A name as written, with where it was written. */
public record Ident(String text, Span span) {
    public Ident {
        Objects.requireNonNull(text);
        Objects.requireNonNull(span);
    }

    @Override
    public String toString() {
        return text;
    }
}
