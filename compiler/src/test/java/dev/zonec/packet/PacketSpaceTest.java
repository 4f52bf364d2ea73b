package dev.zonec.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packet sets agree with plain arithmetic on ports and addresses. */
class PacketSpaceTest {
    private final PacketSpace space = new PacketSpace();

    @Test
    void portRangesContainExactlyTheirPorts() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt(65536);
            int b = random.nextInt(65536);
            PortRange range = new PortRange(Math.min(a, b), Math.max(a, b));
            int set = space.match(Match.L4.toPorts(Protocol.TCP, range));
            for (int probe : new int[] {range.first(), range.last(), range.first() - 1, range.last() + 1, random.nextInt(65536)}) {
                if (probe < 0 || probe > 65535) {
                    continue;
                }
                assertEquals(probe >= range.first() && probe <= range.last(), contains(set, tcp("10.0.0.1", "10.0.0.2", probe)),
                        "port " + probe + " in " + range);
            }
        }
    }

    @Test
    void addressRangesContainExactlyTheirAddresses() {
        AddressBlock range = AddressBlock.ofRange(ip("10.20.0.21").spanWithRange(ip("10.20.0.24")));
        int set = space.sources(List.of(range));
        assertTrue(contains(set, tcp("10.20.0.21", "10.1.1.1", 502)));
        assertTrue(contains(set, tcp("10.20.0.24", "10.1.1.1", 502)));
        assertFalse(contains(set, tcp("10.20.0.20", "10.1.1.1", 502)));
        assertFalse(contains(set, tcp("10.20.0.25", "10.1.1.1", 502)));
    }

    @Test
    void anExampleIsAMemberOfItsSet() {
        int set = space.and(space.sources(List.of(AddressBlock.of(ip("10.10.16.0/20")))),
                space.match(Match.L4.toPorts(Protocol.UDP, PortRange.single(123))));
        Packet example = space.example(set);
        assertTrue(contains(set, example), example.describe());
        assertEquals("udp 10.10.16.1:49152 -> 0.0.0.1:123", example.describe());
    }

    /**
     * The memoised sets (address blocks, service terms) outlive their callers' references: released by every caller
     * and then pushed through the kernel's garbage collection, they still hold the same packets.
     */
    @Test
    void memoisedSetsSurviveTheirCallersAndAGarbageCollection() {
        PacketSpace small = PacketSpace.forRules(0);
        Match modbus = Match.L4.toPorts(Protocol.TCP, PortRange.single(502));
        AddressBlock plc = AddressBlock.of(ip("10.1.1.11"));
        small.release(small.match(modbus));
        small.release(small.destinations(List.of(plc)));
        // far more nodes than the smallest table holds, all garbage: the kernel must collect (and may grow)
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            int host = small.sources(List.of(AddressBlock.of(ip("10." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256)))));
            int term = small.match(Match.L4.toPorts(Protocol.UDP, new PortRange(i % 50, i % 50 + 7)));
            small.release(small.and(host, term));
            small.release(host);
            small.release(term);
        }
        assertTrue(small.collections() > 0, "the loop should have made the kernel collect garbage");
        int both = small.and(small.match(modbus), small.destinations(List.of(plc)));
        Packet inside = tcp("10.20.0.40", "10.1.1.11", 502);
        Packet otherPort = tcp("10.20.0.40", "10.1.1.11", 503);
        Packet otherHost = tcp("10.20.0.40", "10.1.1.12", 502);
        assertTrue(contains(small, both, inside));
        assertFalse(contains(small, both, otherPort));
        assertFalse(contains(small, both, otherHost));
    }

    private static boolean contains(PacketSpace in, int set, Packet p) {
        int one = in.packet(p);
        boolean inside = in.subsetOf(one, set);
        in.release(one);
        return inside;
    }

    private boolean contains(int set, Packet p) {
        return contains(space, set, p);
    }

    private static Packet tcp(String src, String dst, int port) {
        return new Packet(IpFamily.V4, 6, ip(src), ip(dst), 40000, port, 0, 0, false);
    }

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }
}
