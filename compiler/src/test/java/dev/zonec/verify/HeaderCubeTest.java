package dev.zonec.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.packet.PacketSpace;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A match is exactly the union of its cubes, and the cubes of different sets differ. */
class HeaderCubeTest {
    private final PacketSpace space = new PacketSpace();

    @Test
    void everyMatchIsTheUnionOfItsCubes() {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            FilterMatch m = Matches.random(random);
            Set<HeaderCube> cubes = new HashSet<>();
            assertTrue(HeaderCube.expand(m, new HashMap<>(), cubes::add), m.toString());
            assertEquals(space.filterMatch(m), Cubes.set(space, cubes), m.toString());
        }
    }

    @Test
    void aRangeIsCutIntoItsPrefixesAndAnyAddressIsTheZeroLengthPrefix() {
        FilterMatch m = FilterMatch.any().withFamily(IpFamily.V4)
                .withSources(List.of(Matches.block("10.0.0.5-10.0.0.9")));
        List<HeaderCube> cubes = new ArrayList<>();
        HeaderCube.expand(m, new HashMap<>(), cubes::add);
        assertEquals(List.of(31, 31, 32), cubes.stream().map(c -> c.source().length()).sorted().toList(),
                "10.0.0.5/32, 10.0.0.6/31 and 10.0.0.8/31");
        assertTrue(cubes.stream().allMatch(c -> c.destination().equals(HeaderCube.Prefix.ANY)));
    }

    @Test
    void equalConstraintsAreEqualCubesAndDifferentOnesAreNot() {
        HeaderCube v4 = only(FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(6))
                .withDestinationPorts(List.of(PortRange.single(502))));
        HeaderCube again = only(FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(6))
                .withSourcePorts(List.of(PortRange.ALL)).withDestinationPorts(List.of(PortRange.single(502))));
        assertEquals(v4, again, "an unconstrained port has one spelling");
        assertEquals(v4.hashCode(), again.hashCode());
        assertNotEquals(v4, only(FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(17))
                .withDestinationPorts(List.of(PortRange.single(502)))));
        assertNotEquals(v4, only(FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(6))
                .withDestinationPorts(List.of(PortRange.single(502))).withEstablished(true)));
    }

    @Test
    void aMatchWithTooManyCubesIsLeftToTheBdds() {
        List<AddressBlock> hosts = IntStream.range(0, 70).mapToObj(i -> AddressBlock.of(
                new IPAddressString("10.0." + i + ".1").getAddress())).toList();
        FilterMatch m = FilterMatch.any().withFamily(IpFamily.V4).withSources(hosts).withDestinations(hosts);
        List<HeaderCube> handed = new ArrayList<>();
        assertFalse(HeaderCube.expand(m, new HashMap<>(), handed::add));
        assertTrue(handed.isEmpty());
    }

    @Test
    void judgedCubesLeaveOutDiscoveryAndOnStatefulDevicesEstablishedSegments() {
        HeaderCube discovery = only(FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(58))
                .withIcmp(OptionalInt.of(135), OptionalInt.empty()));
        HeaderCube echo = only(FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(58))
                .withIcmp(OptionalInt.of(128), OptionalInt.empty()));
        HeaderCube established = only(FilterMatch.any().withProtocols(List.of(6)).withEstablished(true));
        Set<HeaderCube> all = Set.of(discovery, echo, established);
        assertEquals(Set.of(echo, established), HeaderCube.judged(all, false));
        assertEquals(Set.of(echo), HeaderCube.judged(all, true));
        int fresh = space.established(false);
        int notDiscovery = space.not(space.filterMatch(FilterMatch.any().withFamily(IpFamily.V6)
                .withProtocols(List.of(58)).withIcmp(OptionalInt.of(135), OptionalInt.empty())));
        assertEquals(space.and(space.and(Cubes.set(space, all), fresh), notDiscovery),
                space.and(space.and(Cubes.set(space, HeaderCube.judged(all, true)), fresh), notDiscovery));
    }

    private static HeaderCube only(FilterMatch m) {
        List<HeaderCube> cubes = new ArrayList<>();
        HeaderCube.expand(m, new HashMap<>(), cubes::add);
        assertEquals(1, cubes.size(), m.toString());
        return cubes.get(0);
    }

    /** Random matches over a few overlapping blocks, ports and protocols, every field sometimes left open. */
    static final class Matches {
        private static final List<String> V4 = List.of("10.0.0.1", "10.0.0.0/24", "10.0.0.0/16", "10.0.1.7",
                "10.0.0.5-10.0.0.9", "192.168.4.0/23", "0.0.0.0/0");
        private static final List<String> V6 = List.of("2001:db8::1", "2001:db8::/64", "2001:db8:1::/48", "::/0");
        private static final List<PortRange> PORTS = List.of(PortRange.single(502), PortRange.single(22),
                new PortRange(1000, 2000), new PortRange(0, 1023), new PortRange(49152, 65535), PortRange.ALL);

        static FilterMatch random(Random r) {
            Optional<IpFamily> family = switch (r.nextInt(3)) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of(IpFamily.V4);
                default -> Optional.of(IpFamily.V6);
            };
            List<String> pool = family.orElse(IpFamily.V4) == IpFamily.V4 ? V4 : V6;
            return new FilterMatch(family, blocks(r, pool), blocks(r, pool), some(r, List.of(6, 17, 1, 58), 2),
                    some(r, PORTS, 2), some(r, PORTS, 3),
                    r.nextInt(4) == 0 ? OptionalInt.of(r.nextInt(3) * 8) : OptionalInt.empty(),
                    r.nextInt(6) == 0 ? OptionalInt.of(r.nextInt(2)) : OptionalInt.empty(),
                    r.nextInt(3) == 0 ? Optional.of(r.nextBoolean()) : Optional.empty());
        }

        private static List<AddressBlock> blocks(Random r, List<String> pool) {
            return some(r, pool, 3).stream().map(HeaderCubeTest.Matches::block).toList();
        }

        static AddressBlock block(String text) {
            if (text.contains("-")) {
                String[] ends = text.split("-");
                return AddressBlock.ofRange(new IPAddressString(ends[0]).getAddress()
                        .spanWithRange(new IPAddressString(ends[1]).getAddress()));
            }
            return AddressBlock.of(new IPAddressString(text).getAddress());
        }

        private static <T> List<T> some(Random r, List<T> pool, int most) {
            List<T> picked = new ArrayList<>();
            int n = r.nextInt(most + 1);
            for (int i = 0; i < n; i++) {
                picked.add(pool.get(r.nextInt(pool.size())));
            }
            return picked;
        }
    }
}
