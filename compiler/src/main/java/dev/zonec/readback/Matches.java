package dev.zonec.readback;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Set arithmetic on read-back matches, for readers that must combine conditions exactly: a jump's match with the
 * rules of the chain it calls, a negated address or port ({@code ! -s}, {@code neq}). Every result is exact; an
 * empty intersection is {@link Optional#empty()} (an empty list in a {@link FilterMatch} means "any", never "none").
 */
public final class Matches {
    private static final IPAddress V4_FIRST = new IPAddressString("0.0.0.0").getAddress();
    private static final IPAddress V4_LAST = new IPAddressString("255.255.255.255").getAddress();
    private static final IPAddress V6_FIRST = new IPAddressString("::").getAddress();
    private static final IPAddress V6_LAST = new IPAddressString("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").getAddress();

    private Matches() {}

    /** Packets both matches accept; empty when there are none. */
    public static Optional<FilterMatch> intersect(FilterMatch a, FilterMatch b) {
        Optional<IpFamily> family = a.family();
        if (b.family().isPresent()) {
            if (family.isPresent() && family.get() != b.family().get()) {
                return Optional.empty();
            }
            family = b.family();
        }
        Optional<List<AddressBlock>> sources = intersectBlocks(a.sources(), b.sources());
        Optional<List<AddressBlock>> destinations = intersectBlocks(a.destinations(), b.destinations());
        Optional<List<Integer>> protocols = intersectProtocols(a.protocols(), b.protocols());
        Optional<List<PortRange>> sourcePorts = intersectPorts(a.sourcePorts(), b.sourcePorts());
        Optional<List<PortRange>> destinationPorts = intersectPorts(a.destinationPorts(), b.destinationPorts());
        Optional<OptionalInt> type = intersectValue(a.icmpType(), b.icmpType());
        Optional<OptionalInt> code = intersectValue(a.icmpCode(), b.icmpCode());
        Optional<Optional<Boolean>> established = intersectFlag(a.established(), b.established());
        if (sources.isEmpty() || destinations.isEmpty() || protocols.isEmpty() || sourcePorts.isEmpty()
                || destinationPorts.isEmpty() || type.isEmpty() || code.isEmpty() || established.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FilterMatch(family, sources.get(), destinations.get(), protocols.get(), sourcePorts.get(),
                destinationPorts.get(), type.get(), code.get(), established.get()));
    }

    /** The addresses of {@code family} that none of {@code blocks} holds, as ranges (exact, possibly empty). */
    public static List<AddressBlock> complement(List<AddressBlock> blocks, IpFamily family) {
        List<IPAddressSeqRange> ranges = blocks.stream().filter(b -> b.family() == family).map(AddressBlock::range)
                .sorted(Comparator.comparing(IPAddressSeqRange::getLower)).toList();
        List<AddressBlock> gaps = new ArrayList<>();
        IPAddress next = family == IpFamily.V4 ? V4_FIRST : V6_FIRST;
        IPAddress last = family == IpFamily.V4 ? V4_LAST : V6_LAST;
        boolean done = false;
        for (IPAddressSeqRange r : ranges) {
            if (done) {
                break;
            }
            if (r.getLower().compareTo(next) > 0) {
                gaps.add(AddressBlock.ofRange(next.spanWithRange(r.getLower().increment(-1))));
            }
            if (r.getUpper().compareTo(next) >= 0) {
                if (r.getUpper().equals(last)) {
                    done = true;
                } else {
                    next = r.getUpper().increment(1);
                }
            }
        }
        if (!done) {
            gaps.add(AddressBlock.ofRange(next.spanWithRange(last)));
        }
        return gaps;
    }

    /** The ports none of {@code ranges} holds (possibly empty). */
    public static List<PortRange> complement(List<PortRange> ranges) {
        List<PortRange> sorted = ranges.stream().sorted().toList();
        List<PortRange> gaps = new ArrayList<>();
        int next = 0;
        for (PortRange r : sorted) {
            if (r.first() > next) {
                gaps.add(new PortRange(next, r.first() - 1));
            }
            next = Math.max(next, r.last() + 1);
        }
        if (next <= 65535) {
            gaps.add(new PortRange(next, 65535));
        }
        return gaps;
    }

    /** The IP protocol numbers (0-255) not in {@code protocols}. */
    public static List<Integer> complementProtocols(List<Integer> protocols) {
        List<Integer> rest = new ArrayList<>();
        for (int p = 0; p <= 255; p++) {
            if (!protocols.contains(p)) {
                rest.add(p);
            }
        }
        return rest;
    }

    /** Empty lists mean "any"; the result is empty when the two lists share no address. */
    static Optional<List<AddressBlock>> intersectBlocks(List<AddressBlock> a, List<AddressBlock> b) {
        if (a.isEmpty()) {
            return Optional.of(b);
        }
        if (b.isEmpty()) {
            return Optional.of(a);
        }
        List<AddressBlock> result = new ArrayList<>();
        for (AddressBlock x : a) {
            for (AddressBlock y : b) {
                if (x.overlaps(y)) {
                    IPAddressSeqRange overlap = x.range().intersect(y.range());
                    result.add(AddressBlock.ofRange(overlap));
                }
            }
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }

    static Optional<List<PortRange>> intersectPorts(List<PortRange> a, List<PortRange> b) {
        if (a.isEmpty()) {
            return Optional.of(b);
        }
        if (b.isEmpty()) {
            return Optional.of(a);
        }
        List<PortRange> result = new ArrayList<>();
        for (PortRange x : a) {
            for (PortRange y : b) {
                int first = Math.max(x.first(), y.first());
                int last = Math.min(x.last(), y.last());
                if (first <= last) {
                    result.add(new PortRange(first, last));
                }
            }
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }

    private static Optional<List<Integer>> intersectProtocols(List<Integer> a, List<Integer> b) {
        if (a.isEmpty()) {
            return Optional.of(b);
        }
        if (b.isEmpty()) {
            return Optional.of(a);
        }
        List<Integer> result = a.stream().filter(b::contains).distinct().toList();
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }

    private static Optional<OptionalInt> intersectValue(OptionalInt a, OptionalInt b) {
        if (a.isEmpty()) {
            return Optional.of(b);
        }
        if (b.isEmpty() || a.getAsInt() == b.getAsInt()) {
            return Optional.of(a);
        }
        return Optional.empty();
    }

    private static Optional<Optional<Boolean>> intersectFlag(Optional<Boolean> a, Optional<Boolean> b) {
        if (a.isEmpty()) {
            return Optional.of(b);
        }
        if (b.isEmpty() || a.get().equals(b.get())) {
            return Optional.of(a);
        }
        return Optional.empty();
    }
}
