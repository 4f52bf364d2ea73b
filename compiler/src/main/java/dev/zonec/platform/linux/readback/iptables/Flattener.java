package dev.zonec.platform.linux.readback.iptables;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.NotModelled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unfolds a built-in chain and every chain it jumps to into one first-match rule list, exactly. A jump runs the
 * called chain for the packets of the jump's guard; where that chain returns (RETURN, or its end) those packets go
 * on with the rest of the caller, which is therefore written out again for them, narrowed to them. A negation no
 * guard can hold ({@code ! -o eth0}) works the same way: the packets the rule excepts are decided by the rest of the
 * chain first, so the rule itself, written next, only decides the others. Every expansion ends in a rule deciding
 * all of its guard's packets, so the first-match order of the result is the kernel's.
 */
final class Flattener {
    /** A decided path through the chains: packets of {@code guard} get {@code action}, decided by {@code line}. */
    record Flat(Guard guard, FilterRule.Action action, LineParsing.Line line) {}

    /** What happens to the packets of a guard when the chain being run ends or returns. */
    private interface Continuation {
        void run(Guard guard);
    }

    /** Deeper nesting means a loop, which iptables refuses to load; the kernel allows 32 levels in practice. */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_RULES = 200_000;

    private final Map<String, List<IptRule>> chains;
    private final List<Flat> out = new ArrayList<>();
    /** Each chain's rules by the interface they enter or leave by, made on first need. */
    private final Map<String, Interfaces> indexes = new HashMap<>();

    /**
     * Which rules of a chain a guard can meet, by interface: a rule each of whose guards names an interface to enter
     * by (or to leave by) meets no guard naming another one, and is skipped for it without a look (a chain of rules
     * per interface pair, jumped to once per interface, is then read in time that grows with its rules, not with
     * rules times jumps).
     */
    private record Interfaces(List<Integer> anyIn, Map<String, List<Integer>> byIn, List<Integer> anyOut,
                              Map<String, List<Integer>> byOut) {
        static Interfaces of(List<IptRule> rules) {
            Interfaces index = new Interfaces(new ArrayList<>(), new HashMap<>(), new ArrayList<>(), new HashMap<>());
            for (int i = 0; i < rules.size(); i++) {
                add(i, rules.get(i).guards().stream().map(Guard::in).toList(), index.anyIn(), index.byIn());
                add(i, rules.get(i).guards().stream().map(Guard::out).toList(), index.anyOut(), index.byOut());
            }
            return index;
        }

        private static void add(int rule, List<Optional<String>> names, List<Integer> any,
                                Map<String, List<Integer>> by) {
            if (names.stream().anyMatch(Optional::isEmpty)) {
                any.add(rule);
            } else {
                names.stream().map(Optional::get).distinct()
                        .forEach(n -> by.computeIfAbsent(n, k -> new ArrayList<>()).add(rule));
            }
        }

        /** The places from {@code from} on of the rules a guard can meet, ascending. */
        int[] candidates(Guard guard, int from, int size) {
            if (guard.in().isPresent()) {
                return merge(anyIn, byIn.getOrDefault(guard.in().get(), List.of()), from);
            }
            if (guard.out().isPresent()) {
                return merge(anyOut, byOut.getOrDefault(guard.out().get(), List.of()), from);
            }
            return java.util.stream.IntStream.range(from, size).toArray();
        }

        private static int[] merge(List<Integer> a, List<Integer> b, int from) {
            int i = start(a, from);
            int j = start(b, from);
            int[] result = new int[a.size() - i + b.size() - j];
            int n = 0;
            while (i < a.size() || j < b.size()) {
                if (j == b.size() || (i < a.size() && a.get(i) < b.get(j))) {
                    result[n++] = a.get(i++);
                } else {
                    result[n++] = b.get(j++);
                }
            }
            return result;
        }

        /** The first index of an ascending list whose value is at least {@code from}. */
        private static int start(List<Integer> places, int from) {
            int at = java.util.Collections.binarySearch(places, from);
            return at >= 0 ? at : -at - 1;
        }
    }

    Flattener(Map<String, List<IptRule>> chains) {
        this.chains = chains;
    }

    /**
     * @param chain  the built-in chain (FORWARD)
     * @param start  every packet of the file's IP version
     * @param policy the chain's policy and the line that set it; empty when the file does not set it
     */
    List<Flat> flatten(String chain, Guard start, Optional<Flat> policy) {
        run(chain, 0, start, g -> {
            if (policy.isEmpty()) {
                throw new NotModelled("packets reach the end of " + chain + ", whose policy the file does not set "
                        + "(it stays whatever it was before the file was loaded)");
            }
            emit(new Flat(g, policy.get().action(), policy.get().line()));
        }, 0);
        return List.copyOf(out);
    }

    private void run(String chain, int from, Guard guard, Continuation end, int depth) {
        if (depth > MAX_DEPTH) {
            throw new NotModelled("chains jump into each other more than " + MAX_DEPTH + " deep (a loop, which "
                    + "iptables refuses)");
        }
        List<IptRule> rules = chains.get(chain);
        for (int i : indexes.computeIfAbsent(chain, c -> Interfaces.of(rules)).candidates(guard, from, rules.size())) {
            IptRule rule = rules.get(i);
            if (rule.kind() == IptRule.Kind.CONTINUE) {
                continue;
            }
            for (Guard part : rule.guards()) {
                Optional<Guard> hit = guard.and(part);
                if (hit.isEmpty()) {
                    continue;
                }
                Guard g = hit.get();
                int next = i + 1;
                for (Guard exception : rule.exceptions()) {
                    // packets the rule excepts skip it: decide them by the rest of the chain first, so that in the
                    // first-match list the rule below only sees the others
                    Optional<Guard> skip = g.and(exception);
                    if (skip.isPresent()) {
                        run(chain, next, skip.get(), end, depth);
                    }
                }
                switch (rule.kind()) {
                    case ACCEPT -> emit(new Flat(g, FilterRule.Action.PERMIT, rule.line()));
                    case DROP -> emit(new Flat(g, FilterRule.Action.DENY, rule.line()));
                    case RETURN -> end.run(g);
                    case JUMP -> run(rule.target(), 0, g, back -> run(chain, next, back, end, depth), depth + 1);
                    case GOTO -> run(rule.target(), 0, g, end, depth + 1);
                    default -> throw new IllegalStateException("unexpected " + rule.kind());
                }
                if (g.equals(guard)) {
                    return; // the rule took every packet still here: the rest of the chain is never reached
                }
            }
        }
        end.run(guard);
    }

    private void emit(Flat flat) {
        if (out.size() >= MAX_RULES) {
            throw new NotModelled("the chains unfold into more than " + MAX_RULES + " rules");
        }
        out.add(flat);
    }
}
