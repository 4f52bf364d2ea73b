package dev.zonec.verify;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.Packet;
import dev.zonec.packet.PacketSpace;
import dev.zonec.verify.PairIndex.Applied;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The packets a read-back filter forwards from one interface to another: every stage that applies must permit,
 * and within a stage the first matching rule decides (its default when none matches).
 */
final class FilterSets {
    /** Made on first need: cubes settle most comparisons without it. */
    private final Supplier<PacketSpace> bdds;
    private final PacketFilter filter;
    private final Map<FilterRule, Integer> matches = new IdentityHashMap<>();
    private final PairIndex index;
    /**
     * The stages and rules that apply, by ingress and egress (nested: lists of similar names hash alike): the cubes,
     * the BDDs and a counterexample all ask.
     */
    private final Map<String, Map<String, List<Applied>>> applied = new HashMap<>();
    /** Each stage folded, by the rules of it that apply: an inbound ACL folds once, not once per egress. */
    private final Map<Applied, Integer> stageSets = new HashMap<>();
    /** {@link #permittedCubes}, by the stages that apply and their rules that do: interface pairs share them. */
    private final Map<List<Applied>, Optional<Set<HeaderCube>>> permittedCubes = new HashMap<>();
    private final Map<AddressBlock, List<HeaderCube.Prefix>> prefixes;
    private final boolean newOnly;

    /**
     * @param interfaces the device's interfaces, by name
     * @param prefixes   address blocks already cut into prefixes, shared with the intent side of the proofs
     * @param newOnly    whether the comparison judges new connections only (a stateful device): the cubes may then
     *                   leave out what applies to established segments only
     */
    FilterSets(Supplier<PacketSpace> bdds, PacketFilter filter, Collection<String> interfaces,
               Map<AddressBlock, List<HeaderCube.Prefix>> prefixes, boolean newOnly) {
        this(bdds, filter, interfaces, prefixes, newOnly, false);
    }

    /** @param shortcuts whether rules no packet can reach and repeated stages are left out ({@link PairIndex}) */
    FilterSets(Supplier<PacketSpace> bdds, PacketFilter filter, Collection<String> interfaces,
               Map<AddressBlock, List<HeaderCube.Prefix>> prefixes, boolean newOnly, boolean shortcuts) {
        this.bdds = bdds;
        this.filter = filter;
        this.index = new PairIndex(filter, interfaces, shortcuts);
        this.prefixes = prefixes;
        this.newOnly = newOnly;
    }

    int permitted(String in, String out) {
        PacketSpace space = bdds.get();
        int set = space.all();
        for (Applied a : applied(in, out)) {
            int next = space.and(set, stageSets.computeIfAbsent(a, this::fold));
            space.release(set);
            set = next;
        }
        return set;
    }

    /**
     * {@link #permitted} as cubes, where it can be cut into them without a BDD: each stage that applies permits a
     * union of cubes (see {@link #stageCubes}), and all of them but one permit only whole IP versions, which an
     * intersection can apply cube by cube. Empty otherwise, or when a match has too many cubes to cut.
     */
    Optional<Set<HeaderCube>> permittedCubes(String in, String out) {
        return permittedCubes.computeIfAbsent(applied(in, out), this::intersection);
    }

    private Optional<Set<HeaderCube>> intersection(List<Applied> applied) {
        Set<HeaderCube> result = wholeVersions(EnumSet.allOf(IpFamily.class));
        for (Applied a : applied) {
            Optional<Set<HeaderCube>> permits = stageCubes(a);
            if (permits.isEmpty()) {
                return permits;
            }
            if (onlyWholeVersions(permits.get())) {
                result = restrict(result, permits.get());
            } else if (onlyWholeVersions(result)) {
                result = restrict(permits.get(), result);
            } else {
                return Optional.empty(); // two stages that filter within a version: the BDDs intersect them
            }
        }
        return Optional.of(result);
    }

    /**
     * The packets one stage permits (of its rules that apply) as cubes, where the only denials that decide
     * anything are of a whole IP version (or, when {@code newOnly}, of established segments only, which the
     * comparison does not judge): then each live permit's packets are its match's, a permit of a version a rule above
     * decided (denied or permitted whole) is dead, and what falls to a permitting default is every version not
     * decided.
     */
    private Optional<Set<HeaderCube>> stageCubes(Applied applied) {
        FilterStage stage = stage(applied);
        Set<IpFamily> decided = EnumSet.noneOf(IpFamily.class); // versions no later rule can change
        boolean cut = false; // a deny of some other shape: it cuts into every later live permit
        Set<HeaderCube> cubes = new HashSet<>();
        for (int position : applied.positions()) {
            FilterRule rule = stage.rules().get(position);
            FilterMatch m = rule.match();
            Set<IpFamily> versions = m.family().map(EnumSet::of).orElseGet(() -> EnumSet.allOf(IpFamily.class));
            boolean wholeVersions = HeaderCube.onlyVersion(m);
            if (rule.action() == FilterRule.Action.DENY) {
                if (newOnly && m.established().equals(Optional.of(true))) {
                    continue;
                }
                if (wholeVersions) {
                    decided.addAll(versions);
                } else {
                    cut = true;
                }
                continue;
            }
            versions.removeAll(decided);
            if (versions.isEmpty()) {
                continue; // dead: its versions are decided above it
            }
            if (cut) {
                return Optional.empty();
            }
            if (wholeVersions) {
                cubes.addAll(wholeVersions(versions));
                decided.addAll(versions);
            } else if ((m.family().isEmpty() && !decided.isEmpty()) || !HeaderCube.expand(m, prefixes, cubes::add)) {
                return Optional.empty();
            }
        }
        if (stage.defaultAction() == FilterRule.Action.PERMIT) {
            if (cut) {
                return Optional.empty();
            }
            Set<IpFamily> rest = EnumSet.allOf(IpFamily.class);
            rest.removeAll(decided);
            cubes.addAll(wholeVersions(rest));
        }
        return Optional.of(cubes);
    }

    private static Set<HeaderCube> wholeVersions(Set<IpFamily> versions) {
        Set<HeaderCube> cubes = new HashSet<>();
        versions.forEach(v -> cubes.add(HeaderCube.wholeVersion(v)));
        return cubes;
    }

    private static boolean onlyWholeVersions(Set<HeaderCube> cubes) {
        return cubes.stream().allMatch(HeaderCube::isWholeVersion);
    }

    /** The cubes intersected with whole IP versions: those of the versions, a cube of either version split in two. */
    private static Set<HeaderCube> restrict(Set<HeaderCube> cubes, Set<HeaderCube> versions) {
        Set<HeaderCube> result = new HashSet<>();
        for (HeaderCube c : cubes) {
            for (HeaderCube v : versions) {
                if (c.family() == -1 || c.family() == v.family()) {
                    result.add(c.withFamily(v.family()));
                }
            }
        }
        return result;
    }

    /** The rule (or default) of the first applying stage that decides the packet's fate the given way. */
    Optional<FilterRule> decidingRule(String in, String out, Packet packet, FilterRule.Action action) {
        PacketSpace space = bdds.get();
        int one = space.packet(packet);
        try {
            for (Applied a : applied(in, out)) {
                for (int position : a.positions()) {
                    FilterRule rule = stage(a).rules().get(position);
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
    private int fold(Applied applied) {
        PacketSpace space = bdds.get();
        FilterStage stage = stage(applied);
        List<Integer> positions = applied.positions();
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
    }

    /** Drops every set this object built; it must not be used afterwards. */
    void release() {
        matches.values().forEach(set -> bdds.get().release(set));
        stageSets.values().forEach(set -> bdds.get().release(set));
        matches.clear();
        stageSets.clear();
    }

    /**
     * The egress interfaces whose permitted packets from {@code in} may differ from those of the other egresses (see
     * {@link PairIndex#mentioned}): every egress not listed is permitted exactly what any other one not listed is.
     */
    Set<String> distinctEgresses(String in) {
        return index.mentioned(in);
    }

    /** The stages that apply to a pair, in filter order, each with the places of its rules that apply. */
    private List<Applied> applied(String in, String out) {
        return applied.computeIfAbsent(in, k -> new HashMap<>()).computeIfAbsent(out, k -> index.applied(in, out));
    }

    private FilterStage stage(Applied applied) {
        return filter.stages().get(applied.stage());
    }

    private int match(FilterRule rule) {
        return matches.computeIfAbsent(rule, r -> bdds.get().filterMatch(r.match()));
    }
}
