package dev.zonec.platform.cisco.readback.nxos;

import static dev.zonec.readback.ReadBackProbe.icmp;
import static dev.zonec.readback.ReadBackProbe.tcp;
import static dev.zonec.readback.ReadBackProbe.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import dev.zonec.readback.ReadBackProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class CiscoNxosReadBackTest {

    private static ReadBackProbe read(String text) {
        return ReadBackProbe.read(new CiscoNxosReadBack(), "nx1.nxos", text);
    }

    /** The shape zonec writes: numbered address groups, prefix notation, addrgroup, sequenced entries. */
    @Test
    void readsWhatZonecWrites() {
        ReadBackProbe r = read("""
                no ip access-list zc-in-control
                no object-group ip address zc-plc
                !
                object-group ip address zc-plc
                  10 10.1.1.11/32
                  20 10.1.1.12/32
                !
                object-group ipv6 address zc6-plc6
                  10 2001:db8:1::11/128
                  20 2001:db8:1::12/127
                !
                ip access-list zc-in-control
                  10 remark ews -> plc[*] modbus (site.zc:24)
                  20 permit tcp 10.20.0.40/32 addrgroup zc-plc eq 502
                  30 permit icmp 10.20.0.40/32 addrgroup zc-plc 8
                  40 deny ip any any log
                !
                ipv6 access-list zc-in6-control
                  10 permit tcp 2001:db8:20::40/128 addrgroup zc6-plc6 eq 502
                  20 permit icmp any any nd-na
                  30 permit icmp any any router-solicitation
                  40 deny ipv6 any any log
                !
                interface Ethernet1/49
                  ip access-group zc-in-control in
                  ipv6 traffic-filter zc-in6-control in
                !
                """);
        assertTrue(r.provable());
        assertEquals(List.of(), r.lines(Code.ZC0802));
        String e = "Ethernet1/49";
        assertTrue(r.forwards(e, "Vlan20", tcp("10.20.0.40", "10.1.1.12", 502)));
        assertFalse(r.forwards(e, "Vlan20", tcp("10.20.0.40", "10.1.1.13", 502)));
        assertTrue(r.forwards(e, "Vlan20", icmp("10.20.0.40", "10.1.1.11", 8, 0)));
        assertFalse(r.forwards(e, "Vlan20", icmp("10.20.0.40", "10.1.1.11", 0, 0)));
        assertTrue(r.forwards(e, "Vlan20", tcp("2001:db8:20::40", "2001:db8:1::13", 502)));
        assertFalse(r.forwards(e, "Vlan20", tcp("2001:db8:20::40", "2001:db8:1::14", 502)));
        // `icmp` in an IPv6 ACL is ICMPv6
        assertTrue(r.forwards(e, "Vlan20", icmp("fe80::1", "ff02::2", 133, 0)));
        assertFalse(r.forwards(e, "Vlan20", icmp("fe80::1", "ff02::2", 134, 0)));
    }

    @Test
    void hostWildcardAndPortOperators() {
        ReadBackProbe r = read("""
                object-group ip address servers
                  host 10.5.0.1
                  10.6.0.0 0.0.0.255
                ip access-list A
                  permit tcp 10.0.0.0 0.0.255.255 addrgroup servers range 8000 8080
                  permit udp any eq domain any gt 1023
                  deny tcp any any
                  permit tcp any any eq 22
                  statistics per-entry
                interface Vlan10
                  ip access-group A in
                """);
        assertTrue(r.provable());
        assertTrue(r.forwards("Vlan10", "x", tcp("10.0.3.3", "10.6.0.200", 8080)));
        assertFalse(r.forwards("Vlan10", "x", tcp("10.0.3.3", "10.6.1.200", 8080)));
        assertTrue(r.forwards("Vlan10", "x", tcp("10.0.3.3", "10.5.0.1", 8000)));
        assertTrue(r.forwards("Vlan10", "x", udp("9.9.9.9", 53, "10.0.0.1", 40000)));
        assertFalse(r.forwards("Vlan10", "x", udp("9.9.9.9", 53, "10.0.0.1", 1023)));
        assertFalse(r.forwards("Vlan10", "x", tcp("1.1.1.1", "2.2.2.2", 22)));
    }

    @Test
    void whatThePacketModelCannotSeeIsUnprovable() {
        ReadBackProbe r = read("""
                ip access-list A
                  fragments deny-all
                  10 permit tcp any portgroup web any eq 80
                  20 permit tcp any any eq 443 http-method get
                  30 permit tcp any any established
                  30 permit udp any any
                interface Ethernet1/1
                  ip access-group A in
                  ip port access-group B in
                """);
        assertFalse(r.provable());
        assertEquals(List.of(3, 9), r.lines(Code.ZC0802));
        assertEquals(List.of(2, 3, 4, 6, 9), r.lines(Code.ZC0803));
    }
}
