package dev.zonec.model.ast;

import dev.zonec.model.source.Span;

/** An address as written; the resolver validates it with IPAddress. */
public sealed interface AddressLiteral {

    Span span();

    /** The literal as the user wrote it, for messages. */
    String text();

    record Single(String text, Span span) implements AddressLiteral {}

    record Prefix(String address, int length, Span span) implements AddressLiteral {
        @Override
        public String text() {
            return address + "/" + length;
        }
    }

    record Range(String from, String to, Span span) implements AddressLiteral {
        @Override
        public String text() {
            return from + "-" + to;
        }
    }
}
