package dev.zonec.readback.zonefirewall;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a zone firewall rule names on one side, per IP family: either every address ({@code any}), or the
 * union of some blocks. Kept apart per family because a read-back match constrains one family at a time, and an
 * IPv4 block alone does not say "IPv4" in the packet space.
 */
public record AddressSet(boolean any, List<AddressBlock> v4, List<AddressBlock> v6) {

    private static final IPAddressSeqRange ALL_V4 = new IPAddressString("0.0.0.0/0").getAddress().toSequentialRange();
    private static final IPAddressSeqRange ALL_V6 = new IPAddressString("::/0").getAddress().toSequentialRange();

    public AddressSet {
        v4 = List.copyOf(v4);
        v6 = List.copyOf(v6);
    }

    public static AddressSet anyAddress() {
        return new AddressSet(true, List.of(), List.of());
    }

    public static AddressSet none() {
        return new AddressSet(false, List.of(), List.of());
    }

    public static AddressSet of(List<AddressBlock> blocks) {
        return new AddressSet(false, blocks.stream().filter(b -> b.family() == IpFamily.V4).toList(),
                blocks.stream().filter(b -> b.family() == IpFamily.V6).toList());
    }

    public AddressSet union(AddressSet other) {
        if (any || other.any) {
            return anyAddress();
        }
        List<AddressBlock> four = new ArrayList<>(v4);
        four.addAll(other.v4);
        List<AddressBlock> six = new ArrayList<>(v6);
        six.addAll(other.v6);
        return new AddressSet(false, four, six);
    }

    /** Every address of both families that is not in this set (a negated source or destination). */
    public AddressSet complement() {
        if (any) {
            return none();
        }
        return new AddressSet(false, rest(ALL_V4, v4), rest(ALL_V6, v6));
    }

    /** This set without the other's addresses (an address group's exclusions). */
    public AddressSet minus(AddressSet other) {
        if (other.any) {
            return none();
        }
        AddressSet self = any ? new AddressSet(false, List.of(whole(ALL_V4)), List.of(whole(ALL_V6))) : this;
        return new AddressSet(false, subtract(self.v4, other.v4), subtract(self.v6, other.v6));
    }

    /**
     * The blocks of one family a match must constrain to: empty when any address of the family matches, a list
     * (possibly empty: then nothing of that family matches) otherwise.
     */
    public Optional<List<AddressBlock>> blocks(IpFamily family) {
        if (any) {
            return Optional.empty();
        }
        return Optional.of(family == IpFamily.V4 ? v4 : v6);
    }

    /** Whether some address of the family is in the set. */
    public boolean admits(IpFamily family) {
        return any || !(family == IpFamily.V4 ? v4 : v6).isEmpty();
    }

    private static List<AddressBlock> rest(IPAddressSeqRange all, List<AddressBlock> blocks) {
        return subtract(List.of(whole(all)), blocks);
    }

    private static List<AddressBlock> subtract(List<AddressBlock> from, List<AddressBlock> blocks) {
        List<IPAddressSeqRange> left = new ArrayList<>();
        for (AddressBlock b : from) {
            left.add(b.range());
        }
        for (AddressBlock block : blocks) {
            List<IPAddressSeqRange> next = new ArrayList<>();
            for (IPAddressSeqRange r : left) {
                IPAddressSeqRange[] parts = r.subtract(block.range());
                if (parts != null) {
                    next.addAll(List.of(parts));
                }
            }
            left = next;
        }
        return left.stream().map(AddressBlock::ofRange).toList();
    }

    private static AddressBlock whole(IPAddressSeqRange range) {
        return AddressBlock.ofRange(range);
    }
}
