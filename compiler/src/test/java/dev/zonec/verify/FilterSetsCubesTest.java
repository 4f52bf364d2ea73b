package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.packet.Cubes;
import dev.zonec.packet.HeaderCube;
import dev.zonec.packet.RandomMatches;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Where a read-back filter is cut into cubes, the cubes are exactly what it forwards, as far as a proof judges it:
 * random filters of several stages, permits and the denials the cutting understands (a whole IP version, established
 * segments) mixed with ones it does not, every default, bound to interfaces or not, checked against the BDDs.
 */
class FilterSetsCubesTest {
    private static final List<String> INTERFACES = List.of("a", "b", "c");
    private final PacketSpace space = new PacketSpace();
    private final int fresh = space.established(false);
    private final int discovery = space.anyOf(IntStream.rangeClosed(133, 137).mapToObj(type -> space.filterMatch(
            FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(58))
                    .withIcmp(OptionalInt.of(type), OptionalInt.empty()))).toList());

    @Test
    void cutFiltersForwardExactlyTheirCubes() {
        Random random = new Random(5);
        int cut = 0;
        int left = 0;
        for (int i = 0; i < 400; i++) {
            PacketFilter filter = filter(random);
            for (boolean newOnly : new boolean[] {false, true}) {
                FilterSets sets = new FilterSets(() -> space, filter, INTERFACES, new HashMap<>(), newOnly);
                for (String in : INTERFACES) {
                    for (String out : INTERFACES) {
                        Optional<Set<HeaderCube>> cubes = sets.permittedCubes(in, out);
                        if (cubes.isEmpty()) {
                            left++;
                            continue;
                        }
                        cut++;
                        assertEquals(comparable(sets.permitted(in, out), newOnly),
                                comparable(Cubes.set(space, HeaderCube.judged(cubes.get(), newOnly)), newOnly),
                                filter + " from " + in + " to " + out + (newOnly ? ", new connections" : ""));
                    }
                }
                sets.release();
            }
        }
        assertTrue(cut > 2000 && left > 500, "both kinds of filter were drawn: " + cut + " cut, " + left + " left");
    }

    /**
     * The proof's shortcuts (rules after a catch-all of their IP version left out, a stage repeated with the very same
     * rules left out) against the full index: random filters, some scoped as one chain read as two stages (nftables),
     * rules naming egresses too; every pair permits exactly the same packets, and a packet in or out of it is decided
     * by the same rule.
     */
    @Test
    void theShortcutsPermitExactlyWhatEveryRuleDoes() {
        Random random = new Random(9);
        int cut = 0;
        for (int i = 0; i < 400; i++) {
            PacketFilter drawn = filter(random);
            List<FilterStage> stages = new ArrayList<>();
            for (FilterStage stage : drawn.stages()) {
                List<FilterRule> rules = new ArrayList<>();
                for (FilterRule rule : stage.rules()) {
                    rules.add(random.nextInt(4) == 0 ? new FilterRule(rule.inInterfaces(), interfaces(random),
                            rule.match(), rule.action(), rule.file(), rule.line()) : rule);
                }
                stages.add(new FilterStage(stage.name(), stage.inInterfaces(), stage.outInterfaces(), rules,
                        stage.defaultAction()));
                if (random.nextInt(3) == 0) {
                    stages.add(new FilterStage(stage.name() + " again", interfaces(random), interfaces(random),
                            stages.get(stages.size() - 1).rules(), stage.defaultAction()));
                }
            }
            PacketFilter filter = new PacketFilter("device", drawn.stateful(), stages);
            FilterSets full = new FilterSets(() -> space, filter, INTERFACES, new HashMap<>(), false, false);
            FilterSets cutShort = new FilterSets(() -> space, filter, INTERFACES, new HashMap<>(), false, true);
            PairIndex fullIndex = new PairIndex(filter, INTERFACES, false);
            PairIndex cutIndex = new PairIndex(filter, INTERFACES, true);
            for (String in : INTERFACES) {
                for (String out : INTERFACES) {
                    int permitted = full.permitted(in, out);
                    assertEquals(permitted, cutShort.permitted(in, out), filter + " from " + in + " to " + out);
                    if (!fullIndex.applied(in, out).equals(cutIndex.applied(in, out))) {
                        cut++;
                    }
                    int denied = space.minus(space.all(), permitted);
                    for (int set : List.of(permitted, denied)) {
                        if (!space.isEmpty(set)) {
                            var packet = space.example(set);
                            for (FilterRule.Action action : FilterRule.Action.values()) {
                                assertEquals(full.decidingRule(in, out, packet, action),
                                        cutShort.decidingRule(in, out, packet, action), filter + ": " + packet);
                            }
                        }
                    }
                    space.release(denied);
                    space.release(permitted);
                }
            }
            full.release();
            cutShort.release();
        }
        assertTrue(cut > 300, "the shortcuts left something out: " + cut + " pairs");
    }

    @Test
    void aWholeVersionDeniedFirstKillsItsLaterPermitsAndLeavesTheOtherVersion() {
        FilterMatch v4Web = FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(6))
                .withSources(List.of(RandomMatches.block("10.0.0.1")));
        FilterMatch v6Web = FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(6))
                .withSources(List.of(RandomMatches.block("2001:db8::1")));
        PacketFilter filter = new PacketFilter("d", false, List.of(new FilterStage("acl", Set.of(), Set.of(), List.of(
                rule(FilterRule.Action.DENY, FilterMatch.any().withFamily(IpFamily.V4)),
                rule(FilterRule.Action.PERMIT, v4Web),
                rule(FilterRule.Action.PERMIT, v6Web)), FilterRule.Action.DENY)));
        Set<HeaderCube> cubes = new FilterSets(() -> space, filter, INTERFACES, new HashMap<>(), false).permittedCubes("a", "b").orElseThrow();
        assertEquals(1, cubes.size());
        assertEquals(1, cubes.iterator().next().family(), "only the IPv6 permit is live");
    }

    @Test
    void aDenyThatCutsIntoALaterPermitIsLeftToTheBdds() {
        FilterMatch host = FilterMatch.any().withFamily(IpFamily.V4)
                .withSources(List.of(RandomMatches.block("10.0.0.1")));
        FilterMatch net = FilterMatch.any().withFamily(IpFamily.V4)
                .withSources(List.of(RandomMatches.block("10.0.0.0/24")));
        PacketFilter filter = new PacketFilter("d", false, List.of(new FilterStage("acl", Set.of(), Set.of(), List.of(
                rule(FilterRule.Action.DENY, host), rule(FilterRule.Action.PERMIT, net)), FilterRule.Action.DENY)));
        assertTrue(new FilterSets(() -> space, filter, INTERFACES, new HashMap<>(), false).permittedCubes("a", "b").isEmpty());
    }

    private int comparable(int set, boolean newOnly) {
        int judged = newOnly ? space.and(set, fresh) : space.retain(set);
        int result = space.minus(judged, discovery);
        space.release(judged);
        return result;
    }

    private static PacketFilter filter(Random r) {
        List<FilterStage> stages = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int s = 0; s < count; s++) {
            List<FilterRule> rules = new ArrayList<>();
            int n = r.nextInt(7);
            for (int i = 0; i < n; i++) {
                rules.add(randomRule(r));
            }
            stages.add(new FilterStage("stage" + s, interfaces(r), interfaces(r), rules,
                    r.nextInt(4) == 0 ? FilterRule.Action.PERMIT : FilterRule.Action.DENY));
        }
        return new PacketFilter("device", r.nextBoolean(), stages);
    }

    private static FilterRule randomRule(Random r) {
        Optional<IpFamily> version = r.nextBoolean() ? Optional.of(IpFamily.V4) : Optional.of(IpFamily.V6);
        FilterMatch whole = r.nextInt(4) == 0 ? FilterMatch.any() : FilterMatch.any().withFamily(version.get());
        FilterRule rule = switch (r.nextInt(8)) {
            case 0, 1, 2 -> rule(FilterRule.Action.PERMIT, RandomMatches.random(r));
            case 3 -> rule(FilterRule.Action.PERMIT, whole);
            case 4 -> rule(FilterRule.Action.DENY, whole);
            case 5 -> rule(FilterRule.Action.DENY, (r.nextBoolean() ? FilterMatch.any().withProtocols(List.of(6))
                    : FilterMatch.any()).withEstablished(true));
            case 6 -> rule(FilterRule.Action.PERMIT, FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(58))
                    .withIcmp(OptionalInt.of(133 + r.nextInt(5)), OptionalInt.empty()));
            default -> rule(FilterRule.Action.DENY, RandomMatches.random(r));
        };
        return r.nextInt(5) == 0
                ? new FilterRule(interfaces(r), Set.of(), rule.match(), rule.action(), rule.file(), rule.line()) : rule;
    }

    private static Set<String> interfaces(Random r) {
        return r.nextInt(3) == 0 ? Set.of(INTERFACES.get(r.nextInt(INTERFACES.size()))) : Set.of();
    }

    private static FilterRule rule(FilterRule.Action action, FilterMatch match) {
        return new FilterRule(Set.of(), Set.of(), match, action, "config", 1);
    }
}
