package dev.zonec.verify;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.packet.HeaderCube;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stages of a read-back filter, and which of their rules, apply to which pair of a device's interfaces, indexed
 * once per device instead of asked of every rule for every pair (interface pairs times rules: a core firewall facing
 * 500 zones has 250,000 pairs).
 *
 * <p>Every stage and rule names its interfaces as a set (empty: all of them). Against the device's interfaces such a
 * set is one of three scopes: every interface, only a few, or every interface except a few; either way it
 * <em>mentions</em> the few. Two egress interfaces that no stage or rule applying from an ingress mentions get exactly
 * the same stages and rules from it, so they are forwarded exactly the same packets: {@link #mentioned} lists the
 * egresses that may differ, and any other egress stands for all the rest.
 *
 * <p>With {@code shortcuts}, two more cuts, each leaving every pair's permitted packets exactly as they were (the
 * reference proof, {@link Verifier.Pairs#EVERY}, indexes without them): a rule after one that decides every packet of
 * its IP versions for every egress (a catch-all drop or accept from this ingress) is left out from this ingress, as it
 * can never be the first match; and a stage whose rules and default are those of a stage before it that also applies
 * to the pair is left out, as a set of packets intersected with itself is itself.
 */
final class PairIndex {
    /** A stage that applies to an interface pair (by its place in the filter), and the places of its rules that do. */
    record Applied(int stage, List<Integer> positions) {}

    /** An interface set against the device's interfaces: all, only {@code few}, or all except {@code few}. */
    private record Scope(boolean wide, Set<String> few) {
        static final Scope ALL = new Scope(true, Set.of());

        boolean contains(String i) {
            return wide != few.contains(i);
        }
    }

    /** A rule of a stage from one ingress: its place and the egresses it applies to. */
    private record Placed(int position, Scope out) {}

    /** What applies from one ingress: each stage that does (in filter order), split by how it names its egresses. */
    private record FromIngress(List<StageFrom> stages, Set<String> mentioned) {}

    /**
     * One stage from one ingress: the egresses it applies to, and its rules that apply from the ingress, those naming
     * every egress but a few in order, those naming a few by egress.
     */
    private record StageFrom(int stage, Scope out, List<Placed> wide, Map<String, List<Integer>> byEgress) {}

    private final PacketFilter filter;
    private final Set<String> interfaces;
    private final Map<Set<String>, Scope> scopes = new IdentityHashMap<>();
    /** Stages whose ingress scope is wide, in filter order, and the others by the ingresses they name. */
    private final List<Integer> wideStages = new ArrayList<>();
    private final Map<String, List<Integer>> stagesByIngress = new HashMap<>();
    /** Per stage: its rules with a wide ingress scope, in order, and the others by the ingresses they name. */
    private final List<List<Integer>> wideRules = new ArrayList<>();
    private final List<Map<String, List<Integer>>> rulesByIngress = new ArrayList<>();
    private final Map<String, FromIngress> fromIngress = new HashMap<>();
    private final boolean shortcuts;
    /** Per stage, the first stage with the very same rules and default (itself when none), with {@code shortcuts}. */
    private final int[] same;

    /** @param interfaces the device's interfaces, by name */
    PairIndex(PacketFilter filter, Collection<String> interfaces) {
        this(filter, interfaces, false);
    }

    /**
     * @param interfaces the device's interfaces, by name
     * @param shortcuts  whether rules no packet from an ingress can reach, and a stage repeated, are left out
     */
    PairIndex(PacketFilter filter, Collection<String> interfaces, boolean shortcuts) {
        this.filter = filter;
        this.interfaces = Set.copyOf(interfaces);
        this.shortcuts = shortcuts;
        List<FilterStage> stages = filter.stages();
        this.same = new int[stages.size()];
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int s = 0; s < stages.size(); s++) {
            FilterStage stage = stages.get(s);
            same[s] = s;
            if (shortcuts && !stage.rules().isEmpty()) {
                // the very same rule objects (a read-back that scopes one chain as two stages shares them): a stage
                // with equal rules read apart is only not recognised, which costs time and nothing else
                Integer earlier = first.putIfAbsent(List.of(System.identityHashCode(stage.rules().get(0)),
                        stage.rules().size(), stage.defaultAction()), s);
                if (earlier != null && sameRules(stages.get(earlier), stage)) {
                    same[s] = earlier;
                }
            }
            add(scope(stage.inInterfaces()), s, wideStages, stagesByIngress);
            List<Integer> wide = new ArrayList<>();
            Map<String, List<Integer>> byIngress = new HashMap<>();
            for (int r = 0; r < stage.rules().size(); r++) {
                add(scope(stage.rules().get(r).inInterfaces()), r, wide, byIngress);
            }
            wideRules.add(wide);
            rulesByIngress.add(byIngress);
        }
    }

    /**
     * The egress interfaces whose stages and rules from {@code in} may differ from those of the others: every egress
     * not listed is forwarded exactly what any other egress not listed is.
     */
    Set<String> mentioned(String in) {
        return from(in).mentioned();
    }

    private static boolean sameRules(FilterStage a, FilterStage b) {
        if (a.defaultAction() != b.defaultAction() || a.rules().size() != b.rules().size()) {
            return false;
        }
        for (int r = 0; r < a.rules().size(); r++) {
            if (a.rules().get(r) != b.rules().get(r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stages that apply to a pair, in filter order, each with the places of its rules that apply (with
     * {@code shortcuts}: that can decide something, a repeated stage once).
     */
    List<Applied> applied(String in, String out) {
        List<Applied> result = new ArrayList<>();
        for (StageFrom s : from(in).stages()) {
            if (!s.out().contains(out)) {
                continue;
            }
            List<Integer> named = s.byEgress().getOrDefault(out, List.of());
            List<Integer> positions = new ArrayList<>(s.wide().size() + named.size());
            int n = 0;
            for (Placed p : s.wide()) {
                while (n < named.size() && named.get(n) < p.position()) {
                    positions.add(named.get(n++));
                }
                if (p.out().contains(out)) {
                    positions.add(p.position());
                }
            }
            while (n < named.size()) {
                positions.add(named.get(n++));
            }
            Applied applied = new Applied(same[s.stage()], List.copyOf(positions));
            if (!(shortcuts && result.contains(applied))) {
                result.add(applied);
            }
        }
        return result;
    }

    private FromIngress from(String in) {
        return fromIngress.computeIfAbsent(in, this::index);
    }

    private FromIngress index(String in) {
        List<StageFrom> stages = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        for (int s : merge(wideStages, stagesByIngress.getOrDefault(in, List.of()), stage -> scope(
                filter.stages().get(stage).inInterfaces()).contains(in))) {
            FilterStage stage = filter.stages().get(s);
            Scope out = scope(stage.outInterfaces());
            mentioned.addAll(out.few());
            List<Placed> wide = new ArrayList<>();
            Map<String, List<Integer>> byEgress = new HashMap<>();
            // IP versions a rule above decided for every egress from here: later rules of them are never reached
            Set<IpFamily> decided = EnumSet.noneOf(IpFamily.class);
            for (int r : merge(wideRules.get(s), rulesByIngress.get(s).getOrDefault(in, List.of()),
                    rule -> scope(stage.rules().get(rule).inInterfaces()).contains(in))) {
                FilterRule rule = stage.rules().get(r);
                Set<IpFamily> versions = rule.match().family().map(EnumSet::of)
                        .orElseGet(() -> EnumSet.allOf(IpFamily.class));
                if (shortcuts && decided.containsAll(versions)) {
                    if (decided.size() == IpFamily.values().length) {
                        break;
                    }
                    continue;
                }
                Scope ruleOut = scope(rule.outInterfaces());
                if (shortcuts && ruleOut.equals(Scope.ALL) && HeaderCube.onlyVersion(rule.match())) {
                    decided.addAll(versions);
                }
                mentioned.addAll(ruleOut.few());
                if (ruleOut.wide()) {
                    wide.add(new Placed(r, ruleOut));
                } else {
                    for (String o : ruleOut.few()) {
                        byEgress.computeIfAbsent(o, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            stages.add(new StageFrom(s, out, wide, byEgress));
        }
        return new FromIngress(stages, mentioned);
    }

    /** Two ascending lists of places merged, those of the first only where {@code keep} says (a wide scope's exceptions). */
    private static List<Integer> merge(List<Integer> wide, List<Integer> named, java.util.function.IntPredicate keep) {
        List<Integer> result = new ArrayList<>(wide.size() + named.size());
        int n = 0;
        for (int w : wide) {
            while (n < named.size() && named.get(n) < w) {
                result.add(named.get(n++));
            }
            if (keep.test(w)) {
                result.add(w);
            }
        }
        while (n < named.size()) {
            result.add(named.get(n++));
        }
        return result;
    }

    private static void add(Scope scope, int place, List<Integer> wide, Map<String, List<Integer>> byName) {
        if (scope.wide()) {
            wide.add(place);
        } else {
            scope.few().forEach(i -> byName.computeIfAbsent(i, k -> new ArrayList<>()).add(place));
        }
    }

    /**
     * A set of interface names as a scope over the device's interfaces (names the device does not have are nobody):
     * the smaller of the named interfaces and their complement, so that a rule naming every interface but one costs
     * one name, not all of them.
     */
    private Scope scope(Set<String> names) {
        if (names.isEmpty()) {
            return Scope.ALL;
        }
        return scopes.computeIfAbsent(names, n -> {
            Set<String> named = new HashSet<>();
            for (String i : n) {
                if (interfaces.contains(i)) {
                    named.add(i);
                }
            }
            if (named.size() * 2 <= interfaces.size()) {
                return new Scope(false, Set.copyOf(named));
            }
            Set<String> except = new HashSet<>();
            for (String i : interfaces) {
                if (!named.contains(i)) {
                    except.add(i);
                }
            }
            return new Scope(true, Set.copyOf(except));
        });
    }
}
