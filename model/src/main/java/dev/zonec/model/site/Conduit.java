package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/** A directed conduit: connections open from a zone of {@code from} to a zone of {@code to}. */
public record Conduit(String name, List<String> from, List<String> to, Optional<String> description,
                      Optional<Integer> securityLevel, Span span, Optional<Span> securityLevelSpan) {
    public Conduit {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    public Conduit(String name, List<String> from, List<String> to, Optional<String> description,
                   Optional<Integer> securityLevel, Span span) {
        this(name, from, to, description, securityLevel, span, Optional.empty());
    }

    /** Where the conduit's `sl` is written, else its header: where a finding about its SL-T belongs. */
    public Span securityLevelOrHeader() {
        return securityLevelSpan.orElse(span);
    }
}
