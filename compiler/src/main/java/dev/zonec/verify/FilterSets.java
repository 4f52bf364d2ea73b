package dev.zonec.verify;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packets a read-back filter forwards from one interface to another: every stage that applies must permit,
 * and within a stage the first matching rule decides (its default when none matches).
 */
final class FilterSets {
    private final PacketSpace space;
    private final PacketFilter filter;
    private final Map<FilterRule, Integer> matches = new IdentityHashMap<>();
    /** Per stage, by the positions of the rules that apply: an inbound ACL folds once, not once per egress. */
    private final Map<FilterStage, Map<List<Integer>, Integer>> stageSets = new IdentityHashMap<>();

    FilterSets(PacketSpace space, PacketFilter filter) {
        this.space = space;
        this.filter = filter;
    }

    int permitted(String in, String out) {
        int set = space.all();
        for (FilterStage stage : filter.stages()) {
            if (stage.appliesTo(in, out)) {
                int next = space.and(set, stage(stage, in, out));
                space.release(set);
                set = next;
            }
        }
        return set;
    }

    /** The rule (or default) of the first applying stage that decides the packet's fate the given way. */
    Optional<FilterRule> decidingRule(String in, String out, Packet packet, FilterRule.Action action) {
        int one = space.packet(packet);
        try {
            for (FilterStage stage : filter.stages()) {
                if (!stage.appliesTo(in, out)) {
                    continue;
                }
                for (FilterRule rule : applicable(stage, in, out)) {
                    int hit = space.and(match(rule), one);
                    boolean matches = !space.isEmpty(hit);
                    space.release(hit);
                    if (matches) {
                        if (rule.action() == action) {
                            return Optional.of(rule);
                        }
                        break;
                    }
                }
            }
            return Optional.empty();
        } finally {
            space.release(one);
        }
    }

    /**
     * First-match semantics folded from the last rule up: P = (match AND action) OR (NOT match AND P). A run of
     * consecutive rules with the same action folds as one step on the balanced union of their matches: folding rule by
     * rule would OR each small match into an ever larger set, quadratic in a long ACL.
     */
    private int stage(FilterStage stage, String in, String out) {
        List<Integer> positions = applicablePositions(stage, in, out);
        return stageSets.computeIfAbsent(stage, s -> new HashMap<>()).computeIfAbsent(positions, k -> {
            List<FilterRule> rules = stage.rules();
            int set = stage.defaultAction() == FilterRule.Action.PERMIT ? space.all() : space.none();
            int end = positions.size();
            while (end > 0) {
                FilterRule.Action action = rules.get(positions.get(end - 1)).action();
                int start = end - 1;
                while (start > 0 && rules.get(positions.get(start - 1)).action() == action) {
                    start--;
                }
                int run = space.union(positions.subList(start, end).stream().map(p -> match(rules.get(p))).toList());
                int next = action == FilterRule.Action.PERMIT ? space.or(run, set) : space.minus(set, run);
                space.release(run);
                space.release(set);
                set = next;
                end = start;
            }
            return set;
        });
    }

    /** Drops every set this object built; it must not be used afterwards. */
    void release() {
        matches.values().forEach(space::release);
        stageSets.values().forEach(byRules -> byRules.values().forEach(space::release));
        matches.clear();
        stageSets.clear();
    }

    private static List<FilterRule> applicable(FilterStage stage, String in, String out) {
        List<FilterRule> rules = new ArrayList<>();
        for (FilterRule r : stage.rules()) {
            if (applies(r, in, out)) {
                rules.add(r);
            }
        }
        return rules;
    }

    private static List<Integer> applicablePositions(FilterStage stage, String in, String out) {
        List<Integer> positions = new ArrayList<>();
        List<FilterRule> rules = stage.rules();
        for (int i = 0; i < rules.size(); i++) {
            if (applies(rules.get(i), in, out)) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static boolean applies(FilterRule r, String in, String out) {
        return (r.inInterfaces().isEmpty() || r.inInterfaces().contains(in))
                && (r.outInterfaces().isEmpty() || r.outInterfaces().contains(out));
    }

    private int match(FilterRule rule) {
        return matches.computeIfAbsent(rule, r -> space.filterMatch(r.match()));
    }
}
