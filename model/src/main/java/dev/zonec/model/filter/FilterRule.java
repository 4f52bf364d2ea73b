package dev.zonec.model.filter;

import java.util.Set;

/**
 * One rule of a read-back stage, in config order: packets entering on one of {@code inInterfaces} and leaving on
 * one of {@code outInterfaces} (empty = any interface) that satisfy {@code match} get {@code action}. A rule that
 * only logs or counts is not a rule here: it changes no verdict. {@code line} is the 1-based line of the config
 * file (and {@code file} its name) the rule was read from, for counterexamples.
 */
public record FilterRule(Set<String> inInterfaces, Set<String> outInterfaces, FilterMatch match, Action action,
                         String file, int line) {

    public FilterRule {
        inInterfaces = Set.copyOf(inInterfaces);
        outInterfaces = Set.copyOf(outInterfaces);
    }

    public enum Action {
        PERMIT,
        DENY
    }
}
