package dev.zonec.model.site;

import dev.zonec.model.diag.Code;
import dev.zonec.model.source.Span;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted risk: findings of {@code code} about {@code target} are reported as waived, with the justification
 * and owner, until {@code expires} (after that the waiver is an error and the findings count again). For
 * reachability requirements a waiver means the check disregards the targeted rules.
 */
public record Waiver(Code code, Target target, String justification, String owner, LocalDate expires, Span span) {

    /** What a waiver covers. */
    public sealed interface Target {
        String describe();

        record Conduit(String name) implements Target {
            public String describe() {
                return "conduit " + name;
            }
        }

        record Device(String name) implements Target {
            public String describe() {
                return "device " + name;
            }
        }

        record Zone(String name) implements Target {
            public String describe() {
                return "zone " + name;
            }
        }

        /** Flows whose sources include {@code source} and destinations include {@code destination}; empty = any. */
        record Flow(Optional<String> source, Optional<String> destination) implements Target {
            public String describe() {
                return "flow " + source.orElse("any") + " -> " + destination.orElse("any");
            }

            /** Does this target cover the flow? An endpoint name matches an asset, family or zone endpoint. */
            public boolean covers(dev.zonec.model.site.Flow flow) {
                return source.map(s -> names(flow.sources(), flow.sourceZone()).contains(s)).orElse(true)
                        && destination.map(d -> names(flow.destinations(), flow.destinationZone()).contains(d)).orElse(true);
            }

            private static java.util.Set<String> names(java.util.List<Endpoint> endpoints, String zone) {
                java.util.Set<String> names = new java.util.HashSet<>();
                endpoints.forEach(e -> names.add(e.name()));
                names.add(zone);
                return names;
            }
        }
    }
}
