package dev.zonec.model.ast;

import dev.zonec.model.source.Span;

/** A source or destination in an allow rule. */
public sealed interface EndpointRef {

    Span span();

    /** {@code any}: every address of the conduit's zones on that side. */
    record Any(Span span) implements EndpointRef {}

    /**
     * {@code device sw-core}: the device itself, reached at its addresses on the conduit's destination zones (its
     * own traffic: management, monitoring).
     */
    record Device(Ident name, Span span) implements EndpointRef {}

    /** An asset, a zone, or family members: {@code erp}, {@code site-ops}, {@code hmi[*]}, {@code hmi[2]}. */
    record Named(Ident name, Selector selector, Span span) implements EndpointRef {}

    /** Which members of a family a reference means. */
    sealed interface Selector {
        record None() implements Selector {}

        record All() implements Selector {}

        record One(int index) implements Selector {}

        record Range(int first, int last) implements Selector {}
    }
}
