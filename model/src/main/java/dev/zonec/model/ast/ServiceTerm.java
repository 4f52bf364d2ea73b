package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.Optional;
import java.util.OptionalInt;

/** One item of a service list: an inline port spec, a reference by name, or {@code any}. */
public sealed interface ServiceTerm {

    Span span();

    /**
     * {@code tcp}, {@code tcp/502}, {@code tcp/8530-8531}, {@code icmp/8}, {@code icmp/3/4}. For TCP and UDP
     * {@code first}/{@code last} are ports; for ICMP {@code first} is the type and {@code code} the code.
     */
    record Inline(String protocol, OptionalInt first, OptionalInt last, OptionalInt code, Span span)
            implements ServiceTerm {}

    /** {@code modbus} or {@code modbus.read}. */
    record Ref(Ident name, Optional<Ident> functionClass, Span span) implements ServiceTerm {
        /** The reference as written: {@code modbus.read}. */
        public String display() {
            return functionClass.map(f -> name.text() + "." + f.text()).orElse(name.text());
        }
    }

    /** {@code any} service: every IP protocol. */
    record Any(Span span) implements ServiceTerm {}
}
