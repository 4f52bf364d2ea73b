package dev.zonec.platform.juniper.readback.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonec.model.site.PortRange;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The range arithmetic against the obvious bitmap, on random lists of ranges (overlapping and adjacent ones too). */
class NumberSetTest {
    private static final int SIZE = 300;

    @Test
    void andAndMinusAgreeWithABitmap() {
        Random random = new Random(62443);
        for (int round = 0; round < 2000; round++) {
            List<PortRange> a = randomRanges(random);
            List<PortRange> b = randomRanges(random);
            NumberSet x = NumberSet.of(a, SIZE);
            NumberSet y = NumberSet.of(b, SIZE);
            BitSet and = bits(a);
            and.and(bits(b));
            BitSet minus = bits(a);
            minus.andNot(bits(b));
            assertEquals(and, bits(x.and(y).ranges()), a + " and " + b);
            assertEquals(minus, bits(x.minus(y).ranges()), a + " minus " + b);
            assertEquals(minus.cardinality(), x.minus(y).count());
            assertEquals(bits(a).stream().boxed().toList(), x.values());
        }
    }

    @Test
    void rangesComeOutMergedAndSorted() {
        NumberSet set = NumberSet.of(List.of(new PortRange(10, 20), new PortRange(21, 30), new PortRange(5, 12)), SIZE);
        assertEquals(List.of(new PortRange(5, 30)), set.ranges());
        NumberSet all = NumberSet.all(SIZE);
        assertEquals(true, all.isAll());
        assertEquals(List.of(new PortRange(0, 4), new PortRange(31, SIZE - 1)), all.minus(set).ranges());
        assertEquals(true, all.minus(all).isEmpty());
    }

    private static List<PortRange> randomRanges(Random random) {
        List<PortRange> ranges = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            int first = random.nextInt(SIZE);
            ranges.add(new PortRange(first, Math.min(SIZE - 1, first + random.nextInt(40))));
        }
        return ranges;
    }

    private static BitSet bits(List<PortRange> ranges) {
        BitSet bits = new BitSet();
        ranges.forEach(r -> bits.set(r.first(), r.last() + 1));
        return bits;
    }
}
