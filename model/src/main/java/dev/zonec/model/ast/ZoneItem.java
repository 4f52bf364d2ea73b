package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One line inside a {@code zone { ... }} block. */
public sealed interface ZoneItem {

    Span span();

    /** {@code level 3.5}; the value is kept as written and validated by the resolver. */
    record Level(String value, Span span) implements ZoneItem {}

    /** {@code sl 3} (all seven FRs) or {@code sl { iac 2 uc 2 ... }}. */
    record SecurityLevel(OptionalInt scalar, List<FrValue> vector, Span span) implements ZoneItem {
        public SecurityLevel {
            vector = List.copyOf(vector);
        }
    }

    record FrValue(Ident requirement, int value, Span span) {}

    /** {@code safety}: the zone holds a safety instrumented system. */
    record Safety(Span span) implements ZoneItem {}

    /** {@code transit}: the zone's network carries flows between other zones (a WAN, backbone or core segment). */
    record Transit(Span span) implements ZoneItem {}

    /** {@code no-transit}: what every zone is unless it says {@code transit}; accepted with a deprecation warning. */
    record NoTransit(Span span) implements ZoneItem {}

    /** {@code external}: the zone lies outside the site's control (vendors, the internet). */
    record External(Span span) implements ZoneItem {}

    record Subnet(List<AddressLiteral> addresses, Span span) implements ZoneItem {
        public Subnet {
            addresses = List.copyOf(addresses);
        }
    }

    /**
     * {@code asset NAME ADDRESS} or a family {@code asset hmi[1..4] 10.20.0.21-10.20.0.24}, with an optional
     * description and attributes such as {@code { remote-access-gateway mfa }}. A dual-stack asset or family gives
     * one address (or range) per IP version: {@code asset broker 10.30.0.30, fd12:3456:30::30}.
     */
    record Asset(Ident name, Optional<FamilyRange> family, List<AddressLiteral> addresses, Optional<Text> description,
                 List<Ident> attributes, Span span) implements ZoneItem {
        public Asset {
            addresses = List.copyOf(addresses);
            attributes = List.copyOf(attributes);
        }
    }

    record FamilyRange(int first, int last, Span span) {}
}
