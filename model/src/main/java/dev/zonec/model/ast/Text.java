package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.Objects;

/** A quoted string from the policy, unescaped. Free text: renderers escape it, never trust it. */
public record Text(String value, Span span) {
    public Text {
        Objects.requireNonNull(value);
        Objects.requireNonNull(span);
    }
}
