package dev.zonec.readback.junosfilter;

import dev.zonec.model.site.PortRange;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set of values of one header field (protocol numbers, ports, ICMP types or codes), so that a term's value
 * lists and their {@code -except} forms combine exactly: the values listed, minus the values excepted.
 */
final class NumberSet {
    private final BitSet bits;
    private final int size;

    private NumberSet(BitSet bits, int size) {
        this.bits = bits;
        this.size = size;
    }

    /** Every value of a field with {@code size} values (256 for protocols and ICMP, 65536 for ports). */
    static NumberSet all(int size) {
        BitSet bits = new BitSet(size);
        bits.set(0, size);
        return new NumberSet(bits, size);
    }

    static NumberSet of(List<PortRange> ranges, int size) {
        BitSet bits = new BitSet(size);
        ranges.forEach(r -> bits.set(r.first(), r.last() + 1));
        return new NumberSet(bits, size);
    }

    NumberSet and(NumberSet other) {
        BitSet b = (BitSet) bits.clone();
        b.and(other.bits);
        return new NumberSet(b, size);
    }

    NumberSet minus(NumberSet other) {
        BitSet b = (BitSet) bits.clone();
        b.andNot(other.bits);
        return new NumberSet(b, size);
    }

    boolean isAll() {
        return bits.cardinality() == size;
    }

    boolean isEmpty() {
        return bits.isEmpty();
    }

    int count() {
        return bits.cardinality();
    }

    List<PortRange> ranges() {
        List<PortRange> ranges = new ArrayList<>();
        for (int start = bits.nextSetBit(0); start >= 0; ) {
            int end = bits.nextClearBit(start);
            ranges.add(new PortRange(start, end - 1));
            start = bits.nextSetBit(end);
        }
        return ranges;
    }

    List<Integer> values() {
        return bits.stream().boxed().toList();
    }
}
