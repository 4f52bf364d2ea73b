package dev.zonec.model.site;

import dev.zonec.model.source.Span;

/** A reachability requirement the emitted rules must satisfy. */
public sealed interface Invariant {

    Span span();

    /** No host of {@code from} can open a connection to a host of {@code to}. */
    record NoPath(String from, String to, Span span) implements Invariant {}
}
