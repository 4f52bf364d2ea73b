package dev.zonec.platform.cisco.readback.ios;

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

class CiscoIosReadBackTest {

    private static ReadBackProbe read(String text) {
        return ReadBackProbe.read(new CiscoIosReadBack(), "r1.ios", text);
    }

    /** The shape zonec writes: object groups, a named ACL per zone, an explicit logged deny, inbound bindings. */
    @Test
    void readsWhatZonecWrites() {
        ReadBackProbe r = read("""
                no ip access-list extended zc-in-control
                no object-group network zc-plc
                !
                object-group network zc-plc
                 host 10.1.1.11
                 host 10.1.1.12
                !
                ip access-list extended zc-in-control
                 remark ews -> plc[*] modbus (site.zc:21)
                 permit tcp host 10.20.0.40 object-group zc-plc eq 502
                 permit udp 10.20.0.0 0.0.0.255 10.1.1.0 0.0.0.255 eq 123
                 deny ip any any log
                !
                ip access-list extended zc-in-field
                 permit tcp object-group zc-plc eq 502 host 10.20.0.40 established
                 deny ip any any log
                !
                interface Vlan20
                 ip access-group zc-in-control in
                !
                interface Vlan101
                 ip access-group zc-in-field in
                !
                end
                """);
        assertTrue(r.provable());
        assertEquals(List.of(), r.lines(Code.ZC0802));
        assertTrue(r.forwards("Vlan20", "Vlan101", tcp("10.20.0.40", "10.1.1.12", 502)));
        assertFalse(r.forwards("Vlan20", "Vlan101", tcp("10.20.0.40", "10.1.1.13", 502)));
        assertFalse(r.forwards("Vlan20", "Vlan101", tcp("10.20.0.41", "10.1.1.11", 502)));
        assertFalse(r.forwards("Vlan20", "Vlan101", tcp("10.20.0.40", "10.1.1.11", 503)));
        assertTrue(r.forwards("Vlan20", "Vlan101", udp("10.20.0.7", 5000, "10.1.1.200", 123)));
        // the reply ACL: established only, from the service port
        assertTrue(r.forwards("Vlan101", "Vlan20", tcp("10.1.1.11", 502, "10.20.0.40", 49152, true)));
        assertFalse(r.forwards("Vlan101", "Vlan20", tcp("10.1.1.11", 502, "10.20.0.40", 49152, false)));
        assertFalse(r.forwards("Vlan101", "Vlan20", tcp("10.1.1.11", 503, "10.20.0.40", 49152, true)));
        // no IPv6 ACL on these interfaces: IPv6 is not filtered
        assertTrue(r.forwards("Vlan20", "Vlan101", tcp("2001:db8::1", "2001:db8:1::1", 22)));
        // an interface without any ACL is not filtered
        assertTrue(r.forwards("Vlan30", "Vlan101", tcp("10.30.0.1", "10.1.1.11", 22)));
    }

    @Test
    void numberedAndStandardAclsWithWildcardsAndPortOperators() {
        ReadBackProbe r = read("""
                access-list 101 remark web and high ports
                access-list 101 permit tcp 10.1.0.0 0.0.255.255 any eq www
                access-list 101 permit tcp any host 10.9.9.9 gt 1023
                access-list 101 permit udp any lt 1024 any neq 53
                access-list 101 permit tcp any any range 20000 20010
                access-list 101 permit icmp any any echo
                access-list 101 permit icmp any any port-unreachable
                access-list 101 deny ip any any
                access-list 10 permit 192.168.5.0 0.0.0.255
                access-list 10 permit 192.168.6.1
                interface GigabitEthernet0/1
                 ip access-group 101 in
                 ip access-group 10 out
                """);
        assertTrue(r.provable());
        String g = "GigabitEthernet0/1";
        assertTrue(r.forwards(g, "x", tcp("10.1.200.3", "8.8.8.8", 80)));
        assertFalse(r.forwards(g, "x", tcp("10.2.0.3", "8.8.8.8", 80)));
        assertTrue(r.forwards(g, "x", tcp("10.9.9.8", "10.9.9.9", 1024)));
        assertFalse(r.forwards(g, "x", tcp("10.9.9.8", "10.9.9.10", 1024)));
        assertFalse(r.forwards(g, "x", tcp("10.9.9.8", "10.9.9.9", 1023)));
        assertTrue(r.forwards(g, "x", udp("1.1.1.1", 1023, "2.2.2.2", 54)));
        assertFalse(r.forwards(g, "x", udp("1.1.1.1", 1024, "2.2.2.2", 54)));
        assertFalse(r.forwards(g, "x", udp("1.1.1.1", 1023, "2.2.2.2", 53)));
        assertTrue(r.forwards(g, "x", tcp("1.1.1.1", "2.2.2.2", 20010)));
        assertFalse(r.forwards(g, "x", tcp("1.1.1.1", "2.2.2.2", 20011)));
        assertTrue(r.forwards(g, "x", icmp("1.1.1.1", "2.2.2.2", 8, 0)));
        assertTrue(r.forwards(g, "x", icmp("1.1.1.1", "2.2.2.2", 3, 3)));
        assertFalse(r.forwards(g, "x", icmp("1.1.1.1", "2.2.2.2", 3, 1)));
        // the standard ACL filters what leaves by source only
        assertTrue(r.forwards("y", g, proto(47, "192.168.5.77", "3.3.3.3")));
        assertTrue(r.forwards("y", g, proto(47, "192.168.6.1", "3.3.3.3")));
        assertFalse(r.forwards("y", g, proto(47, "192.168.6.2", "3.3.3.3")));
    }

    @Test
    void sequenceNumbersOrderTheEntriesNotTheLines() {
        ReadBackProbe r = read("""
                ip access-list extended A
                 20 permit tcp any any eq 22
                 10 deny tcp host 10.0.0.1 any eq 22
                 permit udp any any
                interface Vlan1
                 ip access-group A in
                """);
        assertTrue(r.provable());
        assertFalse(r.forwards("Vlan1", "x", tcp("10.0.0.1", "10.0.0.2", 22)));
        assertTrue(r.forwards("Vlan1", "x", tcp("10.0.0.3", "10.0.0.2", 22)));
        assertTrue(r.forwards("Vlan1", "x", udp("10.0.0.3", 1, "10.0.0.2", 2)));
    }

    @Test
    void objectGroupsWithMasksRangesAndNesting() {
        ReadBackProbe r = read("""
                object-group network inner
                 description the PLCs
                 range 10.1.1.10 10.1.1.12
                object-group network outer
                 10.2.0.0 255.255.255.0
                 10.3.0.0 /16
                 group-object inner
                ip access-list extended A
                 permit ip any object-group outer
                interface Vlan1
                 ip access-group A in
                """);
        assertTrue(r.provable());
        assertTrue(r.forwards("Vlan1", "x", tcp("1.1.1.1", "10.1.1.12", 1)));
        assertFalse(r.forwards("Vlan1", "x", tcp("1.1.1.1", "10.1.1.13", 1)));
        assertTrue(r.forwards("Vlan1", "x", tcp("1.1.1.1", "10.2.0.255", 1)));
        assertFalse(r.forwards("Vlan1", "x", tcp("1.1.1.1", "10.2.1.0", 1)));
        assertTrue(r.forwards("Vlan1", "x", tcp("1.1.1.1", "10.3.255.255", 1)));
    }

    @Test
    void ipv6AclsEndInTheImplicitNeighbourDiscoveryPermitsAndDeny() {
        ReadBackProbe r = read("""
                ipv6 access-list V6
                 sequence 10 permit tcp host 2001:db8::1 2001:db8:1::/64 eq 502
                 permit icmp any any echo-request
                interface Vlan1
                 ipv6 traffic-filter V6 in
                """);
        assertTrue(r.provable());
        assertTrue(r.forwards("Vlan1", "x", tcp("2001:db8::1", "2001:db8:1::9", 502)));
        assertFalse(r.forwards("Vlan1", "x", tcp("2001:db8::2", "2001:db8:1::9", 502)));
        assertTrue(r.forwards("Vlan1", "x", icmp("2001:db8::2", "2001:db8:1::9", 128, 0)));
        assertTrue(r.forwards("Vlan1", "x", icmp("fe80::1", "ff02::1:ff00:1", 135, 0)));
        assertTrue(r.forwards("Vlan1", "x", icmp("fe80::1", "fe80::2", 136, 0)));
        assertFalse(r.forwards("Vlan1", "x", icmp("fe80::1", "ff02::2", 133, 0)));
        // IPv4 has no ACL on this interface
        assertTrue(r.forwards("Vlan1", "x", tcp("10.0.0.1", "10.0.0.2", 22)));
    }

    @Test
    void aNonContiguousWildcardIsUnprovableNotGuessed() {
        ReadBackProbe r = read("""
                ip access-list extended A
                 permit ip 10.1.0.1 0.0.255.0 any
                interface Vlan1
                 ip access-group A in
                """);
        assertFalse(r.provable());
        assertEquals(List.of(2), r.lines(Code.ZC0803));
        assertTrue(r.messages(Code.ZC0803).get(0).contains("0.0.255.0"));
    }

    @Test
    void unknownLinesAreWarningsAndBreakTheProofOnlyWhereTheyCanChangeForwarding() {
        ReadBackProbe r = read("""
                hostname r1
                router ospf 1
                 network 10.0.0.0 0.255.255.255 area 0
                !
                ip access-list extended A
                 permit tcp any any eq 80 dscp ef
                 permit tcp any any eq 22 time-range office
                 deny ip any any
                !
                line vty 0 4
                 access-class MGMT in
                interface Vlan1
                 ip access-group A in
                 ip verify unicast source reachable-via rx
                """);
        // the grammar takes `dscp`, `time-range` for more ports after `eq`; the reader refuses them
        assertEquals(List.of(2, 3, 11, 14), r.lines(Code.ZC0802));
        assertEquals(List.of(6, 7), r.lines(Code.ZC0803));
    }

    @Test
    void anUnindentedUnknownLineEndsTheAclUnlessItLooksLikeAnEntry() {
        ReadBackProbe r = read("""
                ip access-list extended A
                permit tcp any any
                permit object-group WEB any any
                snmp-server community public RO
                interface Vlan1
                 ip access-group A in
                """);
        assertEquals(List.of(3, 4), r.lines(Code.ZC0802));
        assertEquals(List.of(3), r.lines(Code.ZC0803));
    }

    @Test
    void whatCannotBeResolvedIsUnprovable() {
        ReadBackProbe r = read("""
                object-group network loop
                 group-object loop
                ip access-list extended A
                 permit ip object-group missing any
                 permit ip object-group loop any
                interface Vlan1
                 ip access-group A in
                 ip access-group B out
                interface range GigabitEthernet0/1 - 4
                 ip access-group A in
                 permit ip any any
                """);
        assertFalse(r.provable());
        assertEquals(List.of(2, 4, 8, 10, 11), r.lines(Code.ZC0803));
    }

    @Test
    void bindingsOutsideForwardingAreLeftOut() {
        ReadBackProbe r = read("""
                ip access-list extended MGMT
                 permit tcp 10.0.0.0 0.0.0.255 any eq 22
                control-plane
                 ip access-group MGMT in
                interface Vlan1
                 description users
                 no shutdown
                 ip address 10.0.0.1 255.255.255.0
                """);
        assertTrue(r.provable());
        assertEquals(List.of(), r.lines(Code.ZC0802));
        assertTrue(r.forwards("Vlan1", "x", tcp("10.9.0.1", "10.0.0.2", 80)));
    }

    @Test
    void keywordsAreCaseInsensitiveAndALaterBindingReplacesTheEarlier() {
        ReadBackProbe r = read("""
                IP ACCESS-LIST EXTENDED A
                 PERMIT TCP ANY ANY EQ 22
                ip access-list extended B
                 permit udp any any
                interface Vlan 1
                 ip access-group A in
                 ip access-group B in
                """);
        assertTrue(r.provable());
        assertFalse(r.forwards("Vlan1", "x", tcp("1.1.1.1", "2.2.2.2", 22)));
        assertTrue(r.forwards("Vlan1", "x", udp("1.1.1.1", 1, "2.2.2.2", 2)));
    }

    @Test
    void theNoFormUnbindsAndANoFormNamingAnotherAclIsNotGuessed() {
        ReadBackProbe r = read("""
                ip access-list extended A
                 permit tcp any any eq 22
                interface Vlan1
                 ip access-group A in
                 no ip access-group in
                interface Vlan2
                 ip access-group A in
                 no ip access-group A in
                interface Vlan3
                 ip access-group A in
                 no ip access-group B in
                """);
        assertEquals(List.of(11), r.lines(Code.ZC0803));
        assertTrue(r.forwards("Vlan1", "x", udp("1.1.1.1", 1, "2.2.2.2", 2)));
        assertTrue(r.forwards("Vlan2", "x", udp("1.1.1.1", 1, "2.2.2.2", 2)));
    }
}
