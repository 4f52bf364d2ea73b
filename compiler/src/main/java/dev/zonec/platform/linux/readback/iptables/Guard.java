package dev.zonec.platform.linux.readback.iptables;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.Matches;
import dev.zonec.platform.linux.readback.Netfilter;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The packets one rule (or one path through jumps) applies to: interfaces, the header match and the conntrack
 * states, kept apart from the packet space's single "established" flag until the end because the stateful check
 * must tell ESTABLISHED from INVALID. Always a conjunction; a disjunction is a list of guards.
 */
record Guard(Optional<String> in, Optional<String> out, FilterMatch match, Set<Netfilter.State> states) {

    Guard {
        states = Set.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a guard without conntrack states matches nothing");
        }
    }

    /** Every packet of one IP version: a file of iptables-save rules applies to its own family only. */
    static Guard any(IpFamily family) {
        return new Guard(Optional.empty(), Optional.empty(), FilterMatch.any().withFamily(family), Netfilter.all());
    }

    Guard withMatch(FilterMatch m) {
        return new Guard(in, out, m, states);
    }

    /** Packets both guards hold; empty when none (a different interface, disjoint addresses, ...). */
    Optional<Guard> and(Guard other) {
        Optional<Optional<String>> i = same(in, other.in);
        Optional<Optional<String>> o = same(out, other.out);
        if (i.isEmpty() || o.isEmpty()) {
            return Optional.empty();
        }
        Set<Netfilter.State> s = EnumSet.copyOf(states);
        s.retainAll(other.states);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Matches.intersect(match, other.match).map(m -> new Guard(i.get(), o.get(), m, s));
    }

    boolean hasOnlyStates() {
        return in.isEmpty() && out.isEmpty() && hasOnlyStatesAndInterfaces();
    }

    /** No match but interfaces and conntrack states. */
    boolean hasOnlyStatesAndInterfaces() {
        return match.sources().isEmpty() && match.destinations().isEmpty()
                && match.protocols().isEmpty() && match.sourcePorts().isEmpty() && match.destinationPorts().isEmpty()
                && match.icmpType().isEmpty() && match.icmpCode().isEmpty();
    }

    FilterRule toRule(FilterRule.Action action, String file, int line) {
        Optional<Boolean> established = Netfilter.established(states);
        FilterMatch m = established.isPresent() ? match.withEstablished(established.get()) : match;
        return new FilterRule(in.map(Set::of).orElse(Set.of()), out.map(Set::of).orElse(Set.of()), m, action, file, line);
    }

    /** The common interface constraint (itself possibly "any"), or empty when the two exclude each other. */
    private static Optional<Optional<String>> same(Optional<String> a, Optional<String> b) {
        if (a.isEmpty()) {
            return Optional.of(b);
        }
        if (b.isEmpty() || a.equals(b)) {
            return Optional.of(a);
        }
        return Optional.empty();
    }
}
