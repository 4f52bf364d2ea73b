package dev.zonec.platform.cisco.readback;

import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * One ACL as the device holds it: entries ordered by sequence number, whatever order the lines came in. An entry
 * without a number gets the highest number so far plus 10, as IOS, NX-OS and EOS number them; remarks take
 * numbers too where they are given one.
 */
final class Acl {
    private static final long STEP = 10;

    final IpFamily family;
    final String name;
    final boolean standard;
    final LineParsing.Line header;
    private final TreeMap<Long, AclEntry> entries = new TreeMap<>();
    private final Set<Long> used = new HashSet<>();
    private long highest;

    Acl(IpFamily family, String name, boolean standard, LineParsing.Line header) {
        this.family = family;
        this.name = name;
        this.standard = standard;
        this.header = header;
    }

    /** Adds an entry; false when its sequence number is already taken (the device refuses the line). */
    boolean add(OptionalLong sequence, AclEntry entry) {
        long seq = take(sequence);
        if (seq < 0) {
            return false;
        }
        entries.put(seq, entry);
        return true;
    }

    boolean remark(OptionalLong sequence) {
        return !sequence.isPresent() || take(sequence) >= 0;
    }

    void delete(long sequence) {
        entries.remove(sequence);
        used.remove(sequence);
    }

    Collection<AclEntry> entries() {
        return entries.values();
    }

    private long take(OptionalLong sequence) {
        long seq = sequence.orElse(highest + STEP);
        if (!used.add(seq)) {
            return -1;
        }
        highest = Math.max(highest, seq);
        return seq;
    }
}
