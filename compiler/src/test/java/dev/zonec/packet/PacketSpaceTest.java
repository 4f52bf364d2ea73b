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

    private boolean contains(int set, Packet p) {
        int one = space.packet(p);
        boolean inside = space.subsetOf(one, set);
        space.release(one);
        return inside;
    }

    private static Packet tcp(String src, String dst, int port) {
        return new Packet(IpFamily.V4, 6, ip(src), ip(dst), 40000, port, 0, 0, false);
    }

    private static IPAddress ip(String text) {
        return new IPAddressString(text).getAddress();
    }
}
