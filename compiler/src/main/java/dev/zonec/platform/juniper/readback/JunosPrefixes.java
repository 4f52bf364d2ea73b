package dev.zonec.platform.juniper.readback;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Junos address values and lists: a prefix ({@code 10.1.1.0/24}), a bare address (a host: Junos reads
 * {@code 10.1.1.1} as {@code /32}), an IPv4 address with a dotted mask ({@code 10.1.0.0/255.255.0.0}, exact only
 * when the mask is contiguous), and lists of prefixes with {@code except} entries, which Junos matches by longest
 * prefix with an implicit {@code 0/0 except} ("Specifying Address Filter Match Conditions").
 */
public final class JunosPrefixes {

    /** One entry of an address list; {@code except} entries take matching addresses out again. */
    public record Entry(AddressBlock block, boolean except) {}

    private JunosPrefixes() {}

    /** A prefix, a bare address or an IPv4 address with a contiguous dotted mask; empty otherwise. */
    public static Optional<AddressBlock> prefix(String text) {
        int slash = text.indexOf('/');
        if (slash > 0 && text.indexOf('.', slash) > 0) {
            return masked(text.substring(0, slash), text.substring(slash + 1));
        }
        IPAddress address = new IPAddressString(text).getAddress();
        // digits alone (Junos reads `10` as 10.0.0.0/32) and ranges or wildcards are not addresses here
        if (address == null || !(text.contains(".") || text.contains(":")) || text.contains("-") || text.contains("*")) {
            return Optional.empty();
        }
        Integer length = address.getNetworkPrefixLength();
        if (length == null) {
            return address.isMultiple() ? Optional.empty() : Optional.of(AddressBlock.of(address.withoutPrefixLength()));
        }
        return Optional.of(AddressBlock.of(address.setPrefixLength(length, false).toPrefixBlock()));
    }

    /** {@code from to}: the addresses between two of one family, both included. */
    public static Optional<AddressBlock> range(String from, String to) {
        Optional<IPAddress> low = host(from);
        Optional<IPAddress> high = host(to);
        if (low.isEmpty() || high.isEmpty() || low.get().isIPv4() != high.get().isIPv4()
                || low.get().compareTo(high.get()) > 0) {
            return Optional.empty();
        }
        return Optional.of(AddressBlock.ofRange(low.get().spanWithRange(high.get())));
    }

    /**
     * The addresses of one family a prefix list matches, longest prefix first: an address matches when the most
     * specific entry containing it is not an {@code except} entry.
     */
    public static List<AddressBlock> longestMatch(List<Entry> entries, IpFamily family) {
        List<Entry> sorted = entries.stream().filter(e -> e.block().family() == family)
                .sorted(Comparator.comparing((Entry e) -> e.block().range().getCount()).reversed()).toList();
        List<IPAddressSeqRange> set = new ArrayList<>();
        for (Entry e : sorted) {
            // wider entries first, so each narrower entry overrides them where it applies
            IPAddressSeqRange range = e.block().range();
            List<IPAddressSeqRange> next = new ArrayList<>();
            for (IPAddressSeqRange r : set) {
                next.addAll(List.of(r.subtract(range)));
            }
            if (!e.except()) {
                next.add(range);
            }
            set = next;
        }
        return blocks(set);
    }

    /** Every address of the family outside the given blocks (an address book's {@code *-excluded} match). */
    public static List<AddressBlock> complement(List<AddressBlock> blocks, IpFamily family) {
        IPAddress all = new IPAddressString(family == IpFamily.V4 ? "0.0.0.0/0" : "::/0").getAddress().toPrefixBlock();
        List<IPAddressSeqRange> set = List.of(all.toSequentialRange());
        for (AddressBlock b : blocks) {
            if (b.family() != family) {
                continue;
            }
            List<IPAddressSeqRange> next = new ArrayList<>();
            for (IPAddressSeqRange r : set) {
                next.addAll(List.of(r.subtract(b.range())));
            }
            set = next;
        }
        return blocks(set);
    }

    private static List<AddressBlock> blocks(List<IPAddressSeqRange> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        return List.of(IPAddressSeqRange.join(ranges.toArray(new IPAddressSeqRange[0]))).stream()
                .map(AddressBlock::ofRange).toList();
    }

    private static Optional<AddressBlock> masked(String address, String mask) {
        Optional<IPAddress> a = host(address);
        Optional<IPAddress> m = host(mask);
        if (a.isEmpty() || m.isEmpty() || !a.get().isIPv4() || !m.get().isIPv4()) {
            return Optional.empty();
        }
        Integer length = m.get().getBlockMaskPrefixLength(true);
        if (length == null) {
            return Optional.empty();
        }
        return Optional.of(AddressBlock.of(a.get().setPrefixLength(length, false).toPrefixBlock()));
    }

    private static Optional<IPAddress> host(String text) {
        IPAddress a = new IPAddressString(text).getAddress();
        return a == null || a.isMultiple() || a.getNetworkPrefixLength() != null ? Optional.empty()
                : Optional.of(a);
    }
}
