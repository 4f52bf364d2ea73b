package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;

/**
 * A reachability requirement the emitted rules must satisfy. "Reach" includes pivots: a host reached on a
 * remote-control service can be driven, so what it reaches counts as reached by whoever reaches it.
 */
public sealed interface Invariant {

    Span span();

    /** No host of {@code from} reaches a host of {@code to}, directly or through pivots. */
    record NoPath(String from, String to, Span span) implements Invariant {}

    /** Every way from {@code from} to {@code to}, pivots included, passes through a host in {@code through}. */
    record Via(String through, String from, String to, Span span) implements Invariant {}

    /** Nothing outside {@code except} reaches {@code zone}, and {@code zone} reaches nothing outside it. */
    record Isolated(String zone, List<String> except, Span span) implements Invariant {
        public Isolated {
            except = List.copyOf(except);
        }
    }
}
