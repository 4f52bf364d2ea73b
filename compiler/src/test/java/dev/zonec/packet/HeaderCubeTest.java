package dev.zonec.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
            FilterMatch m = RandomMatches.random(random);
            Set<HeaderCube> cubes = new HashSet<>();
            assertTrue(HeaderCube.expand(m, new HashMap<>(), cubes::add), m.toString());
            assertEquals(space.filterMatch(m), Cubes.set(space, cubes), m.toString());
        }
    }

    @Test
    void twoCubesOverlapExactlyWhenTheirSetsMeet() {
        Random random = new Random(13);
        List<HeaderCube> cubes = randomCubes(random, 300);
        int meeting = 0;
        for (int i = 0; i + 1 < cubes.size(); i += 2) {
            HeaderCube a = cubes.get(i);
            HeaderCube b = cubes.get(i + 1);
            boolean meet = !space.isEmpty(space.and(Cubes.set(space, List.of(a)), Cubes.set(space, List.of(b))));
            assertEquals(meet, a.overlaps(b), a + " and " + b);
            assertEquals(meet, b.overlaps(a));
            meeting += meet ? 1 : 0;
        }
        assertTrue(meeting > 10 && meeting < 140, "pairs that meet: " + meeting);
    }

    @Test
    void aCubeIsWithinAnotherExactlyWhenItsSetIs() {
        Random random = new Random(17);
        List<HeaderCube> cubes = randomCubes(random, 400);
        int within = 0;
        for (int i = 0; i + 1 < cubes.size(); i += 2) {
            // a cube against a wider one made from it by dropping constraints, and against another random cube
            HeaderCube a = cubes.get(i);
            HeaderCube wider = new HeaderCube(random.nextBoolean() ? -1 : a.family(), random.nextBoolean()
                    ? HeaderCube.Prefix.ANY : a.source(), a.destination(), random.nextBoolean() ? -1 : a.protocol(),
                    a.sourcePorts(), random.nextBoolean() ? PortRange.ALL : a.destinationPorts(), a.icmpType(),
                    random.nextBoolean() ? -1 : a.icmpCode(), a.established());
            for (HeaderCube b : List.of(wider, cubes.get(i + 1))) {
                int setA = Cubes.set(space, List.of(a));
                boolean subset = space.subsetOf(setA, Cubes.set(space, List.of(b)));
                assertEquals(subset, a.within(b), a + " within " + b);
                within += subset ? 1 : 0;
            }
        }
        assertTrue(within > 150, "pairs within: " + within);
    }

    @Test
    void cubesThatDifferInOneFieldOverlapOnlyWhereThatFieldDoes() {
        FilterMatch echo = FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(1));
        assertFalse(only(echo.withIcmp(OptionalInt.of(8), OptionalInt.of(0)))
                .overlaps(only(echo.withIcmp(OptionalInt.of(8), OptionalInt.of(1)))));
        assertTrue(only(echo.withIcmp(OptionalInt.of(8), OptionalInt.of(0))).overlaps(only(echo)));
        FilterMatch tcp = FilterMatch.any().withProtocols(List.of(6));
        assertFalse(only(tcp.withEstablished(true)).overlaps(only(tcp.withEstablished(false))));
        assertFalse(only(tcp.withDestinationPorts(List.of(new PortRange(1, 10))))
                .overlaps(only(tcp.withDestinationPorts(List.of(new PortRange(11, 20))))));
        assertTrue(only(tcp.withSourcePorts(List.of(new PortRange(1, 11))))
                .overlaps(only(tcp.withSourcePorts(List.of(new PortRange(11, 20))))));
        assertTrue(only(tcp.withSources(List.of(RandomMatches.block("10.0.0.0/16"))))
                .overlaps(only(tcp.withSources(List.of(RandomMatches.block("10.0.7.1"))))));
        assertFalse(only(tcp.withDestinations(List.of(RandomMatches.block("10.1.0.0/16"))))
                .overlaps(only(tcp.withDestinations(List.of(RandomMatches.block("10.0.7.1"))))));
        assertFalse(only(tcp.withSources(List.of(RandomMatches.block("2001:db8::1"))))
                .overlaps(only(tcp.withSources(List.of(RandomMatches.block("2001:db8::3"))))), "bits past the first 64");
        assertFalse(only(tcp.withFamily(IpFamily.V4)).overlaps(only(tcp.withFamily(IpFamily.V6))));
        assertFalse(only(tcp).overlaps(only(FilterMatch.any().withProtocols(List.of(17)))));
    }

    @Test
    void withinNeedsEveryFieldInsideTheOthers() {
        FilterMatch tcp = FilterMatch.any().withFamily(IpFamily.V4).withProtocols(List.of(6));
        HeaderCube upTo20 = only(tcp.withDestinationPorts(List.of(new PortRange(1, 20))));
        assertTrue(only(tcp.withDestinationPorts(List.of(new PortRange(5, 10)))).within(upTo20));
        assertFalse(only(tcp.withDestinationPorts(List.of(new PortRange(5, 30)))).within(upTo20));
        assertFalse(only(tcp.withDestinationPorts(List.of(new PortRange(0, 10)))).within(upTo20));
        assertTrue(only(tcp.withSources(List.of(RandomMatches.block("10.0.7.1"))))
                .within(only(tcp.withSources(List.of(RandomMatches.block("10.0.0.0/16"))))));
        assertFalse(only(tcp.withSources(List.of(RandomMatches.block("10.0.0.0/16"))))
                .within(only(tcp.withSources(List.of(RandomMatches.block("10.0.7.1"))))));
        assertFalse(only(FilterMatch.any().withProtocols(List.of(6))).within(only(tcp)), "either version is not IPv4");
        assertTrue(only(tcp.withEstablished(true)).within(only(tcp)));
        assertFalse(only(tcp).within(only(tcp.withEstablished(true))));
    }

    @Test
    void aRangeIsCutIntoItsPrefixesAndAnyAddressIsTheZeroLengthPrefix() {
        FilterMatch m = FilterMatch.any().withFamily(IpFamily.V4)
                .withSources(List.of(RandomMatches.block("10.0.0.5-10.0.0.9")));
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

    /** The cubes of random matches, at least {@code count} of them. */
    private static List<HeaderCube> randomCubes(Random random, int count) {
        List<HeaderCube> cubes = new ArrayList<>();
        while (cubes.size() < count) {
            HeaderCube.expand(RandomMatches.random(random), new HashMap<>(), cubes::add);
        }
        return cubes;
    }

    private static HeaderCube only(FilterMatch m) {
        List<HeaderCube> cubes = new ArrayList<>();
        HeaderCube.expand(m, new HashMap<>(), cubes::add);
        assertEquals(1, cubes.size(), m.toString());
        return cubes.get(0);
    }
}
