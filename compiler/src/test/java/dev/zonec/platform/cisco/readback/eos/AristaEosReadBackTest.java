package dev.zonec.platform.cisco.readback.eos;

import static dev.zonec.readback.ReadBackProbe.icmp;
import static dev.zonec.readback.ReadBackProbe.proto;
import static dev.zonec.readback.ReadBackProbe.tcp;
import static dev.zonec.readback.ReadBackProbe.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import dev.zonec.readback.ReadBackProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class AristaEosReadBackTest {

    private static ReadBackProbe read(String text) {
        return ReadBackProbe.read(new AristaEosReadBack(), "sw1.eos", text);
    }

    /** The shape zonec writes: numbered entries, host and prefix addresses, icmpv6, ipv6 access-group. */
    @Test
    void readsWhatZonecWrites() {
        ReadBackProbe r = read("""
                no ip access-list zc-in-field
                no ipv6 access-list zc-in6-field
                !
                ip access-list zc-in-field
                   10 remark replies: ews -> plc1 modbus (site.zc:20)
                   20 permit tcp host 10.1.1.11 eq 502 host 10.20.0.40 established
                   30 permit icmp 10.1.1.64/28 host 10.20.0.21 0
                   40 deny ip any any log
                !
                ipv6 access-list zc-in6-field
                   10 permit tcp 2001:db8:1::12/127 eq 502 host 2001:db8:20::40 established
                   20 permit icmpv6 any any 135
                   30 permit icmpv6 any any 136
                   40 deny ipv6 any any log
                !
                interface Vlan101
                   ip access-group zc-in-field in
                   ipv6 access-group zc-in6-field in
                !
                """);
        assertTrue(r.provable());
        assertEquals(List.of(), r.lines(Code.ZC0802));
        assertTrue(r.forwards("Vlan101", "Vlan20", tcp("10.1.1.11", 502, "10.20.0.40", 50000, true)));
        assertFalse(r.forwards("Vlan101", "Vlan20", tcp("10.1.1.11", 502, "10.20.0.40", 50000, false)));
        assertTrue(r.forwards("Vlan101", "Vlan20", icmp("10.1.1.70", "10.20.0.21", 0, 0)));
        assertFalse(r.forwards("Vlan101", "Vlan20", icmp("10.1.1.70", "10.20.0.21", 8, 0)));
        assertTrue(r.forwards("Vlan101", "Vlan20", tcp("2001:db8:1::13", 502, "2001:db8:20::40", 50000, true)));
        assertFalse(r.forwards("Vlan101", "Vlan20", tcp("2001:db8:1::14", 502, "2001:db8:20::40", 50000, true)));
        assertTrue(r.forwards("Vlan101", "Vlan20", icmp("fe80::1", "fe80::2", 136, 0)));
        assertFalse(r.forwards("Vlan101", "Vlan20", icmp("fe80::1", "ff02::2", 133, 0)));
    }

    @Test
    void standardAclsWildcardsAndMultiplePorts() {
        ReadBackProbe r = read("""
                ip access-list standard SRC
                   10 permit 10.8.0.0 0.0.0.255
                   20 permit host 10.9.0.1
                ip access-list EXT
                   counters per-entry
                   10 permit tcp any any eq 22 80 443
                   20 permit udp any neq 53 any
                   30 permit 47 any any
                interface Ethernet3
                   ip access-group SRC in
                interface Ethernet4
                   ip access-group EXT in
                control-plane
                   ip access-group CPU in
                """);
        assertTrue(r.provable());
        assertTrue(r.forwards("Ethernet3", "x", proto(50, "10.8.0.9", "1.1.1.1")));
        assertFalse(r.forwards("Ethernet3", "x", proto(50, "10.8.1.9", "1.1.1.1")));
        assertTrue(r.forwards("Ethernet3", "x", proto(50, "10.9.0.1", "1.1.1.1")));
        assertTrue(r.forwards("Ethernet4", "x", tcp("1.1.1.1", "2.2.2.2", 443)));
        assertFalse(r.forwards("Ethernet4", "x", tcp("1.1.1.1", "2.2.2.2", 444)));
        assertTrue(r.forwards("Ethernet4", "x", udp("1.1.1.1", 54, "2.2.2.2", 53)));
        assertFalse(r.forwards("Ethernet4", "x", udp("1.1.1.1", 53, "2.2.2.2", 54)));
        assertTrue(r.forwards("Ethernet4", "x", proto(47, "1.1.1.1", "2.2.2.2")));
    }

    @Test
    void namesTheReadBackCannotVouchForAreUnprovable() {
        ReadBackProbe r = read("""
                ipv6 access-list V6
                   10 permit icmpv6 any any neighbor-solicitation
                   20 permit icmp any any
                   30 permit tcp any any eq 80 ttl eq 64
                   fragment-rules
                interface Ethernet1
                   ipv6 access-group V6 in
                interface Ethernet1-4
                   ip access-group X in
                """);
        assertFalse(r.provable());
        assertEquals(List.of(2, 3, 4, 5, 9), r.lines(Code.ZC0803));
    }
}
