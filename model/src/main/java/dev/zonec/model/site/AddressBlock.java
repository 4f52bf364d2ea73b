package dev.zonec.model.site;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A contiguous set of addresses written as a host, a prefix or a range. All arithmetic goes through
 * IPAddress; {@code text} is the canonical form renderers may print.
 */
public record AddressBlock(Form form, IPAddressSeqRange range, String text) implements Comparable<AddressBlock> {

    public enum Form {
        HOST,
        PREFIX,
        RANGE
    }

    public AddressBlock {
        Objects.requireNonNull(form);
        Objects.requireNonNull(range);
        Objects.requireNonNull(text);
    }

    /**
     * From a host address, or from a prefix whose host bits are zero. The resolver has already refused any
     * other form with a diagnostic, so anything else here is a programming error.
     */
    public static AddressBlock of(IPAddress address) {
        Integer length = address.getNetworkPrefixLength();
        if (length == null || length == address.getBitCount()) {
            IPAddress host = address.withoutPrefixLength();
            if (host.isMultiple()) {
                throw new IllegalArgumentException("not a single host: " + address);
            }
            return new AddressBlock(Form.HOST, host.toSequentialRange(), host.toCanonicalString());
        }
        if (!address.isPrefixBlock()) {
            throw new IllegalArgumentException("host bits set in prefix: " + address);
        }
        return new AddressBlock(Form.PREFIX, address.toSequentialRange(), address.toCanonicalString());
    }

    public static AddressBlock ofRange(IPAddressSeqRange range) {
        if (range.getCount().equals(BigInteger.ONE)) {
            return of(range.getLower());
        }
        IPAddress[] blocks = range.spanWithPrefixBlocks();
        if (blocks.length == 1) {
            return of(blocks[0]);
        }
        return new AddressBlock(Form.RANGE, range, range.getLower().toCanonicalString() + "-" + range.getUpper().toCanonicalString());
    }

    public IpFamily family() {
        return range.getLower().isIPv6() ? IpFamily.V6 : IpFamily.V4;
    }

    public IPAddress lower() {
        return range.getLower();
    }

    public IPAddress upper() {
        return range.getUpper();
    }

    /** The smallest list of CIDR blocks covering exactly this block. */
    public List<IPAddress> prefixBlocks() {
        return List.of(range.spanWithPrefixBlocks());
    }

    public boolean contains(AddressBlock other) {
        return family() == other.family() && range.contains(other.range);
    }

    public boolean overlaps(AddressBlock other) {
        return family() == other.family() && range.overlaps(other.range);
    }

    @Override
    public int compareTo(AddressBlock other) {
        int byFamily = family().compareTo(other.family());
        if (byFamily != 0) {
            return byFamily;
        }
        int byLower = lower().compareTo(other.lower());
        return byLower != 0 ? byLower : upper().compareTo(other.upper());
    }

    @Override
    public String toString() {
        return text;
    }
}
