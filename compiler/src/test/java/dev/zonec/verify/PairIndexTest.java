package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index of which stages and rules apply to which interface pair, against its definition asked of every rule for
 * every pair, on random filters: stages and rules naming no interface (all), a few, all but a few, all of them, and
 * names the device does not have. Every pair gets exactly the stages and rules the definition gives, and two
 * egresses an ingress does not mention get the same.
 */
class PairIndexTest {

    @Test
    void everyPairGetsWhatEveryRuleSaysAndUnmentionedEgressesGetTheSame() {
        Random random = new Random(20);
        int unmentionedPairs = 0;
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            List<String> device = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                device.add("if" + i);
            }
            List<String> names = new ArrayList<>(device);
            names.add("gone0"); // interfaces a read-back names that the device does not have
            names.add("gone1");
            List<FilterStage> stages = new ArrayList<>();
            for (int s = 0, count = 1 + random.nextInt(4); s < count; s++) {
                List<FilterRule> rules = new ArrayList<>();
                for (int r = 0, size = random.nextInt(15); r < size; r++) {
                    rules.add(new FilterRule(set(random, names, device), set(random, names, device), FilterMatch.any(),
                            random.nextBoolean() ? FilterRule.Action.PERMIT : FilterRule.Action.DENY, "f", r + 1));
                }
                stages.add(new FilterStage("s" + s, set(random, names, device), set(random, names, device), rules,
                        FilterRule.Action.DENY));
            }
            PacketFilter filter = new PacketFilter("d", true, stages);
            PairIndex index = new PairIndex(filter, device);
            for (String a : device) {
                Set<String> mentioned = index.mentioned(a);
                List<PairIndex.Applied> unmentioned = null;
                for (String b : device) {
                    List<PairIndex.Applied> expected = definition(filter, a, b);
                    assertEquals(expected, index.applied(a, b), "round " + round + ", " + a + " to " + b);
                    if (!mentioned.contains(b)) {
                        if (unmentioned != null) {
                            assertEquals(unmentioned, expected, "round " + round + ": two unmentioned egresses of " + a);
                            unmentionedPairs++;
                        }
                        unmentioned = expected;
                    }
                }
            }
        }
        assertTrue(unmentionedPairs > 1000, "the rounds compared unmentioned egresses: " + unmentionedPairs);
    }

    /** Which stages and rules apply, asked of every one: the definition in {@link FilterStage} and {@link FilterRule}. */
    private static List<PairIndex.Applied> definition(PacketFilter filter, String in, String out) {
        List<PairIndex.Applied> result = new ArrayList<>();
        for (int s = 0; s < filter.stages().size(); s++) {
            FilterStage stage = filter.stages().get(s);
            if (!stage.appliesTo(in, out)) {
                continue;
            }
            List<Integer> positions = new ArrayList<>();
            for (int r = 0; r < stage.rules().size(); r++) {
                FilterRule rule = stage.rules().get(r);
                if ((rule.inInterfaces().isEmpty() || rule.inInterfaces().contains(in))
                        && (rule.outInterfaces().isEmpty() || rule.outInterfaces().contains(out))) {
                    positions.add(r);
                }
            }
            result.add(new PairIndex.Applied(s, positions));
        }
        return result;
    }

    /** None (every interface), a few, all but a few, or all of the device's, each maybe with names it lacks. */
    private static Set<String> set(Random random, List<String> names, List<String> device) {
        Set<String> set = new HashSet<>();
        switch (random.nextInt(4)) {
            case 0 -> { }
            case 1 -> names.stream().filter(x -> random.nextInt(4) == 0).forEach(set::add);
            case 2 -> {
                names.stream().filter(x -> random.nextInt(5) != 0).forEach(set::add);
                set.add(device.get(0));
            }
            default -> set.addAll(device);
        }
        if (random.nextInt(6) == 0) {
            set.add("gone" + random.nextInt(2));
        }
        return set;
    }
}
