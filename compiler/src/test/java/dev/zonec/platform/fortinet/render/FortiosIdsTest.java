package dev.zonec.platform.fortinet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FortiOS policy IDs come from policy names alone: in zonec's range, distinct, and the same whatever the order. */
class FortiosIdsTest {

    @Test
    void anIdDependsOnItsNameOnlyNeverOnTheOtherPoliciesOrTheirOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            names.add("zc-conduit.r" + Integer.toHexString(i * 7919));
        }
        Map<String, Integer> ids = FortiosIds.assign(names);
        assertEquals(names.size(), new HashSet<>(ids.values()).size(), "two policies share an ID");
        assertTrue(ids.values().stream().allMatch(id -> FortiosIds.ours(id) && id != FortiosIds.DENY), ids.toString());

        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(62443));
        assertEquals(ids, FortiosIds.assign(shuffled), "the order of the policies changed an ID");

        // one policy more or less leaves every other ID alone (no two of these names share a first choice)
        Map<String, Integer> fewer = FortiosIds.assign(names.subList(1, names.size()));
        fewer.forEach((name, id) -> assertEquals(ids.get(name), id, name));
    }

    @Test
    void theDenyTopsTheRangeSoFortiOsNumbersNewPoliciesAboveIt() {
        assertEquals(1_069_999_999, FortiosIds.DENY);
        assertTrue(FortiosIds.DENY < 1_071_741_825, "FortiManager reserves 1071741825 and up");
        assertTrue(FortiosIds.ours(FortiosIds.FIRST) && !FortiosIds.ours(FortiosIds.FIRST - 1)
                && !FortiosIds.ours(FortiosIds.DENY + 1L));
    }

    @Test
    void twoNamesOnOneIdAreSettledInNameOrder() {
        // find two names whose first choice is the same ID (a birthday search over short names)
        Map<Integer, String> first = new java.util.HashMap<>();
        String a = null;
        String b = null;
        for (int i = 0; a == null; i++) {
            String name = "n" + i;
            int id = FortiosIds.assign(List.of(name)).get(name);
            String other = first.putIfAbsent(id, name);
            if (other != null) {
                a = other;
                b = name;
            }
        }
        Map<String, Integer> both = FortiosIds.assign(List.of(b, a));
        String earlier = a.compareTo(b) < 0 ? a : b;
        String later = earlier.equals(a) ? b : a;
        assertEquals(FortiosIds.assign(List.of(earlier)).get(earlier), both.get(earlier));
        assertNotEquals(both.get(earlier), both.get(later));
    }
}
