package dev.zonec.model.filter;

import java.util.List;
import java.util.Set;

/**
 * An ordered rule list the device applies to the packets it forwards, first match wins, {@code defaultAction} when
 * nothing matches. A stage applies to packets entering on one of {@code inInterfaces} and leaving on one of
 * {@code outInterfaces} (empty = every interface): an inbound ACL is a stage bound to its interface, a zone-based
 * rule base or a forward chain is one stage for every interface pair. A packet crosses the device when every stage
 * that applies to its interface pair permits it; a pair no stage applies to is not filtered at all.
 */
public record FilterStage(String name, Set<String> inInterfaces, Set<String> outInterfaces, List<FilterRule> rules,
                          FilterRule.Action defaultAction) {

    public FilterStage {
        inInterfaces = Set.copyOf(inInterfaces);
        outInterfaces = Set.copyOf(outInterfaces);
        rules = List.copyOf(rules);
    }

    public boolean appliesTo(String in, String out) {
        return (inInterfaces.isEmpty() || inInterfaces.contains(in)) && (outInterfaces.isEmpty() || outInterfaces.contains(out));
    }
}
