package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.List;

/** One line inside a {@code conduit { ... }} block. */
public sealed interface ConduitItem {

    Span span();

    /** {@code sl 3}: the conduit's target security level. */
    record SecurityLevel(int value, Span span) implements ConduitItem {}

    /**
     * {@code allow SRC, ... -> DST, ... : SERVICE, ... [log] [as NAME]}; {@code name} is the rule's own name, when the
     * policy gives one.
     */
    record Allow(List<EndpointRef> sources, List<EndpointRef> destinations, List<ServiceTerm> services, boolean log,
                 java.util.Optional<Ident> name, Span span) implements ConduitItem {
        public Allow {
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            services = List.copyOf(services);
        }
    }
}
