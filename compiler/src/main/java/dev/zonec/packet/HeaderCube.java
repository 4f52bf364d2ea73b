package dev.zonec.packet;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One conjunction of single-valued header constraints: the unit both sides of a proof can be cut into without a
 * BDD. A {@link FilterMatch} is a conjunction of unions (address lists, protocol lists, port lists), so its packets
 * are exactly the union of the cubes of every combination of one element per list; two unions of matches whose
 * cube sets are equal are equal sets of packets. The converse does not hold (a /23 is two /24s), which is why a
 * difference of cubes only sends the comparison to the BDDs, never decides it.
 *
 * <p>Each field means what {@link PacketSpace#filterMatch} makes of it, and "unconstrained" has
 * one spelling per field, so that equal constraints are equal records: {@code -1} for a family, protocol, ICMP
 * type or code or connection state that is not constrained, a zero-length prefix for any address (the BDD of a
 * zero-length prefix constrains no bit, the same as an empty address list), {@link PortRange#ALL} for any port.
 *
 * @param family      the {@link IpFamily} ordinal, -1 for either
 * @param established 1 for established TCP segments only, 0 for new ones only, -1 for either
 */
public record HeaderCube(int family, Prefix source, Prefix destination, int protocol, PortRange sourcePorts,
                         PortRange destinationPorts, int icmpType, int icmpCode, int established) {

    /** More cubes than this from one match and the match is left to the BDDs. */
    public static final int LIMIT_PER_MATCH = 4096;

    /**
     * ICMPv6 router and neighbour discovery (types 133-137), which no proof judges: see the verify stage for why. The
     * proofs build their BDD of it from these matches, and leave out the cubes within them, so the two cannot drift.
     */
    public static final List<FilterMatch> LINK_SCOPED_DISCOVERY = IntStream.rangeClosed(133, 137)
            .mapToObj(type -> FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(58))
                    .withIcmp(OptionalInt.of(type), OptionalInt.empty()))
            .toList();

    private static final List<HeaderCube> DISCOVERY = cubesOf(LINK_SCOPED_DISCOVERY);

    /**
     * Address bits as the BDD sees them: the first {@code length} bits of the field, whatever the family (the family
     * is a variable of its own), the rest zero.
     */
    public record Prefix(long high, long low, int length) {
        public static final Prefix ANY = new Prefix(0, 0, 0);

        public static Prefix of(IPAddress prefix) {
            byte[] bytes = prefix.getBytes();
            Integer declared = prefix.getPrefixLength();
            int length = declared == null ? prefix.getBitCount() : declared;
            long high = 0;
            long low = 0;
            for (int bit = 0; bit < length; bit++) {
                if ((bytes[bit / 8] >> (7 - bit % 8) & 1) != 0) {
                    if (bit < 64) {
                        high |= 1L << (63 - bit);
                    } else {
                        low |= 1L << (127 - bit);
                    }
                }
            }
            return new Prefix(high, low, length);
        }

        /** Whether some address lies in both: the shorter prefix's bits agree with the longer one's. */
        public boolean overlaps(Prefix other) {
            int common = Math.min(length, other.length);
            return sameTopBits(high, other.high, Math.min(common, 64)) && sameTopBits(low, other.low, Math.max(0, common - 64));
        }

        /** Whether every address of this prefix lies in {@code other}: it is no shorter and agrees with it. */
        public boolean within(Prefix other) {
            return length >= other.length && overlaps(other);
        }

        private static boolean sameTopBits(long a, long b, int bits) {
            return bits == 0 || (a ^ b) >>> (64 - bits) == 0;
        }

        @Override
        public int hashCode() {
            return (Long.hashCode(high) * 31 + Long.hashCode(low)) * 131 + length;
        }
    }

    /**
     * Hands every cube of {@code match} to {@code sink}; false, having handed none, when there would be more than
     * {@link #LIMIT_PER_MATCH}. {@code prefixes} memoises the prefix blocks of address blocks (IPAddress's span is
     * not cheap, and the same hosts appear in many rules).
     */
    public static boolean expand(FilterMatch match, Map<AddressBlock, List<Prefix>> prefixes, Consumer<HeaderCube> sink) {
        List<Prefix> sources = addresses(match.sources(), prefixes);
        List<Prefix> destinations = addresses(match.destinations(), prefixes);
        List<Integer> protocols = match.protocols().isEmpty() ? List.of(-1) : match.protocols();
        List<PortRange> sourcePorts = ports(match.sourcePorts());
        List<PortRange> destinationPorts = ports(match.destinationPorts());
        long count = (long) sources.size() * destinations.size() * protocols.size() * sourcePorts.size()
                * destinationPorts.size();
        if (count > LIMIT_PER_MATCH) {
            return false;
        }
        int family = match.family().map(f -> f.ordinal()).orElse(-1);
        int type = match.icmpType().orElse(-1);
        int code = match.icmpCode().orElse(-1);
        int established = match.established().map(e -> e ? 1 : 0).orElse(-1);
        for (Prefix s : sources) {
            for (Prefix d : destinations) {
                for (int p : protocols) {
                    for (PortRange sp : sourcePorts) {
                        for (PortRange dp : destinationPorts) {
                            sink.accept(new HeaderCube(family, s, d, p, sp, dp, type, code, established));
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * The cubes without those wholly outside what a proof judges: those within {@link #LINK_SCOPED_DISCOVERY}, and,
     * when it judges new connections only, those of established TCP segments. A union of the rest differs from the
     * union of all only in packets the proof leaves out.
     */
    public static Set<HeaderCube> judged(Set<HeaderCube> cubes, boolean newOnly) {
        Set<HeaderCube> judged = new HashSet<>();
        for (HeaderCube c : cubes) {
            boolean discovery = DISCOVERY.stream().anyMatch(c::within);
            if (!discovery && !(newOnly && c.established == 1)) {
                judged.add(c);
            }
        }
        return judged;
    }

    /** Every packet of one IP version. */
    public static HeaderCube wholeVersion(IpFamily version) {
        return new HeaderCube(version.ordinal(), Prefix.ANY, Prefix.ANY, -1, PortRange.ALL, PortRange.ALL, -1, -1, -1);
    }

    /** Whether a match constrains nothing but the IP version (or nothing at all). */
    public static boolean onlyVersion(FilterMatch m) {
        return m.sources().isEmpty() && m.destinations().isEmpty() && m.protocols().isEmpty()
                && m.sourcePorts().isEmpty() && m.destinationPorts().isEmpty() && m.icmpType().isEmpty()
                && m.icmpCode().isEmpty() && m.established().isEmpty();
    }

    public boolean isWholeVersion() {
        return family != -1 && equals(wholeVersion(IpFamily.values()[family]));
    }

    /** The same constraints on packets of one IP version (of either, before). */
    public HeaderCube withFamily(int version) {
        return new HeaderCube(version, source, destination, protocol, sourcePorts, destinationPorts, icmpType, icmpCode,
                established);
    }

    /**
     * Whether some packet lies in both cubes. Each field is its own variables in the BDDs, so two cubes meet exactly
     * when every field of one meets the same field of the other.
     */
    public boolean overlaps(HeaderCube other) {
        return meets(family, other.family) && meets(protocol, other.protocol) && meets(icmpType, other.icmpType)
                && meets(icmpCode, other.icmpCode) && meets(established, other.established)
                && overlaps(sourcePorts, other.sourcePorts) && overlaps(destinationPorts, other.destinationPorts)
                && source.overlaps(other.source) && destination.overlaps(other.destination);
    }

    /** Whether every packet of this cube lies in {@code other}: field by field, as for {@link #overlaps}. */
    public boolean within(HeaderCube other) {
        return narrows(family, other.family) && narrows(protocol, other.protocol) && narrows(icmpType, other.icmpType)
                && narrows(icmpCode, other.icmpCode) && narrows(established, other.established)
                && within(sourcePorts, other.sourcePorts) && within(destinationPorts, other.destinationPorts)
                && source.within(other.source) && destination.within(other.destination);
    }

    /** Two values of a field where -1 is any value. */
    private static boolean meets(int a, int b) {
        return a == -1 || b == -1 || a == b;
    }

    /** Whether value {@code a} of a field (-1: any) is no wider than {@code b}. */
    private static boolean narrows(int a, int b) {
        return b == -1 || a == b;
    }

    private static boolean overlaps(PortRange a, PortRange b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private static boolean within(PortRange a, PortRange b) {
        return b.first() <= a.first() && a.last() <= b.last();
    }

    /** Combines the fields directly: every cube is hashed into sets at least once. */
    @Override
    public int hashCode() {
        int h = family;
        h = 31 * h + source.hashCode();
        h = 31 * h + destination.hashCode();
        h = 31 * h + protocol;
        h = 31 * h + sourcePorts.first() * 65537 + sourcePorts.last();
        h = 31 * h + destinationPorts.first() * 65537 + destinationPorts.last();
        h = 31 * h + icmpType * 257 + icmpCode;
        return 31 * h + established;
    }

    private static List<HeaderCube> cubesOf(List<FilterMatch> matches) {
        List<HeaderCube> cubes = new ArrayList<>();
        matches.forEach(m -> expand(m, new HashMap<>(), cubes::add));
        return List.copyOf(cubes);
    }

    private static List<Prefix> addresses(List<AddressBlock> blocks, Map<AddressBlock, List<Prefix>> prefixes) {
        if (blocks.isEmpty()) {
            return List.of(Prefix.ANY);
        }
        if (blocks.size() == 1) {
            return prefixes.computeIfAbsent(blocks.get(0), HeaderCube::prefixesOf);
        }
        return blocks.stream().flatMap(b -> prefixes.computeIfAbsent(b, HeaderCube::prefixesOf).stream()).toList();
    }

    private static List<Prefix> prefixesOf(AddressBlock block) {
        return block.prefixBlocks().stream().map(Prefix::of).toList();
    }

    private static List<PortRange> ports(List<PortRange> ranges) {
        if (ranges.isEmpty()) {
            return List.of(PortRange.ALL);
        }
        return ranges;
    }
}
