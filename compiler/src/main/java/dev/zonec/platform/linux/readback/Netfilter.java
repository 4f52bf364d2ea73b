package dev.zonec.platform.linux.readback;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the two Linux read-backs (nftables, iptables) share about netfilter: connection-tracking states and interface
 * names. Both readers map a conntrack state match onto the packet space's single "established" flag the same way,
 * so a ruleset means the same whichever tool wrote it.
 */
public final class Netfilter {

    private Netfilter() {}

    /** Conntrack states as both tools name them (iptables upper case, nftables lower case). */
    public enum State {
        NEW,
        ESTABLISHED,
        RELATED,
        INVALID,
        UNTRACKED;

        public static Optional<State> parse(String text) {
            try {
                return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public static Set<State> all() {
        return EnumSet.allOf(State.class);
    }

    public static Set<State> complement(Set<State> states) {
        return states.isEmpty() ? all() : EnumSet.complementOf(EnumSet.copyOf(states));
    }

    /**
     * The packet space's "established" flag for a state match: a packet opening a connection is NEW and nothing
     * else, so a match without NEW only sees packets of known (or broken) connections ({@code true}), NEW alone only
     * new ones ({@code false}), and NEW with any other state both (no constraint). An empty set matches nothing, so
     * callers must drop such a rule rather than ask.
     */
    public static Optional<Boolean> established(Set<State> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a state match without states matches nothing");
        }
        if (!states.contains(State.NEW)) {
            return Optional.of(true);
        }
        return states.size() == 1 ? Optional.of(false) : Optional.empty();
    }

    /** Does an accept with this state match let the packets of established connections (the replies) through? */
    public static boolean passesReplies(Set<State> states) {
        return states.contains(State.ESTABLISHED);
    }

    /**
     * An interface name as netfilter compares it: exact, unless it ends in the tool's wildcard ({@code +} in
     * iptables, {@code *} in nftables), which matches every interface starting with the rest. The read-backs only
     * know the inventory's names, not the device's, so a wildcard is returned as empty: the caller cannot prove it.
     */
    public static Optional<String> exactInterface(String name, char wildcard) {
        return name.isEmpty() || name.charAt(name.length() - 1) == wildcard ? Optional.empty() : Optional.of(name);
    }
}
