package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.site.PortRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of values of one header field (protocol numbers, ports, ICMP types or codes), so that a term's value
 * lists and their {@code -except} forms combine exactly: the values listed, minus the values excepted. Kept as
 * sorted, disjoint, non-adjacent ranges: a term names a few ranges, and a bitmap of 65,536 ports per term costs more
 * than the term itself.
 */
final class NumberSet {
    private final List<PortRange> ranges;
    private final int size;

    private NumberSet(List<PortRange> ranges, int size) {
        this.ranges = ranges;
        this.size = size;
    }

    /** Every value of a field with {@code size} values (256 for protocols and ICMP, 65536 for ports). */
    static NumberSet all(int size) {
        return new NumberSet(List.of(new PortRange(0, size - 1)), size);
    }

    static NumberSet of(List<PortRange> ranges, int size) {
        List<PortRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(PortRange::first));
        List<PortRange> merged = new ArrayList<>();
        for (PortRange r : sorted) {
            PortRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new PortRange(last.first(), Math.max(last.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return new NumberSet(List.copyOf(merged), size);
    }

    NumberSet and(NumberSet other) {
        List<PortRange> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            PortRange a = ranges.get(i);
            PortRange b = other.ranges.get(j);
            int first = Math.max(a.first(), b.first());
            int last = Math.min(a.last(), b.last());
            if (first <= last) {
                result.add(new PortRange(first, last));
            }
            if (a.last() < b.last()) {
                i++;
            } else {
                j++;
            }
        }
        return new NumberSet(List.copyOf(result), size);
    }

    NumberSet minus(NumberSet other) {
        List<PortRange> result = new ArrayList<>();
        int j = 0;
        for (PortRange a : ranges) {
            int from = a.first();
            while (j < other.ranges.size() && other.ranges.get(j).last() < from) {
                j++;
            }
            int k = j;
            while (from <= a.last() && k < other.ranges.size() && other.ranges.get(k).first() <= a.last()) {
                PortRange cut = other.ranges.get(k);
                if (cut.first() > from) {
                    result.add(new PortRange(from, cut.first() - 1));
                }
                from = Math.max(from, cut.last() + 1);
                k++;
            }
            if (from <= a.last()) {
                result.add(new PortRange(from, a.last()));
            }
        }
        return new NumberSet(List.copyOf(result), size);
    }

    boolean isAll() {
        return count() == size;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    int count() {
        int count = 0;
        for (PortRange r : ranges) {
            count += r.last() - r.first() + 1;
        }
        return count;
    }

    List<PortRange> ranges() {
        return ranges;
    }

    List<Integer> values() {
        List<Integer> values = new ArrayList<>();
        ranges.forEach(r -> {
            for (int v = r.first(); v <= r.last(); v++) {
                values.add(v);
            }
        });
        return values;
    }
}
