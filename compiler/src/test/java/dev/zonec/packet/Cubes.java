package dev.zonec.packet;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import inet.ipaddr.ipv6.IPv6Address;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cubes turned back into packet sets through the BDDs, independently of how they were cut: each cube becomes a
 * match of single-element lists, which {@link PacketSpace#filterMatch} builds the usual way.
 */
public final class Cubes {
    private Cubes() {}

    public static int set(PacketSpace space, Collection<HeaderCube> cubes) {
        return space.anyOf(cubes.stream().map(c -> space.filterMatch(match(c))).toList());
    }

    public static FilterMatch match(HeaderCube c) {
        FilterMatch m = new FilterMatch(c.family() < 0 ? Optional.empty() : Optional.of(IpFamily.values()[c.family()]),
                block(c.source()), block(c.destination()), c.protocol() < 0 ? List.of() : List.of(c.protocol()),
                c.sourcePorts().isAll() ? List.of() : List.of(c.sourcePorts()),
                c.destinationPorts().isAll() ? List.of() : List.of(c.destinationPorts()),
                c.icmpType() < 0 ? OptionalInt.empty() : OptionalInt.of(c.icmpType()),
                c.icmpCode() < 0 ? OptionalInt.empty() : OptionalInt.of(c.icmpCode()),
                c.established() < 0 ? Optional.empty() : Optional.of(c.established() == 1));
        return m;
    }

    /** The prefix's bits as an IPv6 block: the BDD of an address field sees bits, not versions. */
    private static List<AddressBlock> block(HeaderCube.Prefix p) {
        if (p.length() == 0) {
            return List.of();
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (p.high() >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (p.low() >>> (56 - 8 * i));
        }
        return List.of(AddressBlock.of(new IPv6Address(bytes, p.length()).toPrefixBlock()));
    }
}
