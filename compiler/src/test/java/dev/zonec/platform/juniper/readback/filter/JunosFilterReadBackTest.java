package dev.zonec.platform.juniper.readback.filter;

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

/** The Junos filter read-back on hand-written EX/MX configurations in `set` form. */
class JunosFilterReadBackTest {
    private static final String IN = "ge-0/0/0.0";
    private static final String OUT = "irb.20";

    private static ReadBackProbe read(String text) {
        return ReadBackProbe.read(new JunosFilterReadBack(), "dev.conf", """
                set system host-name sw1
                set interfaces ge-0/0/0 unit 0 family inet address 10.20.0.1/24
                set interfaces ge-0/0/0 unit 0 family inet filter input f
                set interfaces irb unit 20 family inet address 10.1.1.1/24
                """ + text);
    }

    @Test
    void termsMatchInOrderAndTheFilterEndsInADiscard() {
        ReadBackProbe p = read("""
                set policy-options prefix-list plcs 10.1.1.0/24
                set policy-options prefix-list plcs 10.1.1.11/32
                set policy-options prefix-list plcs 2001:db8::/64
                set firewall family inet filter f term web from source-address 10.20.0.0/24
                set firewall family inet filter f term web from source-address 10.20.0.128/25 except
                set firewall family inet filter f term web from destination-prefix-list plcs
                set firewall family inet filter f term web from protocol tcp
                set firewall family inet filter f term web from destination-port [ https 8000-8010 ]
                set firewall family inet filter f term web then count web
                set firewall family inet filter f term ping from protocol icmp icmp-type echo-request
                set firewall family inet filter f term ping then syslog
                set firewall family inet filter f term ping then accept
                set firewall family inet filter f term replies from protocol tcp
                set firewall family inet filter f term replies from tcp-established
                set firewall family inet filter f term replies then accept
                set firewall family inet filter f term counted then count all
                set firewall family inet filter f term counted then next term
                set firewall family inet filter f term no-dns from protocol udp destination-port domain
                set firewall family inet filter f term no-dns then reject
                """);
        assertEquals(List.of(), p.all());
        assertFalse(p.filter().stateful());
        assertTrue(p.forwards(IN, OUT, tcp("10.20.0.5", 40000, "10.1.1.11", 443, false)));
        assertTrue(p.forwards(IN, OUT, tcp("10.20.0.5", 40000, "10.1.1.99", 8005, false)));
        assertFalse(p.forwards(IN, OUT, tcp("10.20.0.130", 40000, "10.1.1.11", 443, false)));
        assertFalse(p.forwards(IN, OUT, tcp("10.20.0.5", 40000, "10.1.2.11", 443, false)));
        assertTrue(p.forwards(IN, OUT, icmp("10.9.9.9", "10.1.1.1", 8, 0)));
        assertFalse(p.forwards(IN, OUT, icmp("10.9.9.9", "10.1.1.1", 0, 0)));
        assertTrue(p.forwards(IN, OUT, tcp("10.9.9.9", 22, "10.1.1.1", 40000, true)));
        assertFalse(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 22, false)));
        assertFalse(p.forwards(IN, OUT, udp("10.9.9.9", 40000, "10.1.1.1", 53)));
        // the implicit discard
        assertFalse(p.forwards(IN, OUT, udp("10.9.9.9", 40000, "10.1.1.1", 54)));
        // no filter on irb.20 in this direction, and no inet6 filter anywhere: IPv6 is not routed
        assertTrue(p.forwards(OUT, IN, udp("10.1.1.1", 40000, "10.9.9.9", 54)));
        assertFalse(p.forwards(OUT, IN, udp("2001:db8::1", 40000, "2001:db8:1::1", 54)));
    }

    @Test
    void aTermWithoutATerminatingActionAccepts() {
        ReadBackProbe p = read("""
                set firewall family inet filter f term log-all then count everything
                set firewall family inet filter f term log-all then syslog
                """);
        assertTrue(p.forwards(IN, OUT, udp("10.9.9.9", 40000, "10.1.1.1", 54)));
    }

    @Test
    void eitherDirectionConditionsAndExceptForms() {
        ReadBackProbe p = read("""
                set firewall family inet filter f term a from address 10.5.0.0/16
                set firewall family inet filter f term a from protocol-except [ tcp udp ]
                set firewall family inet filter f term a then accept
                set firewall family inet filter f term b from protocol udp
                set firewall family inet filter f term b from port 161
                set firewall family inet filter f term b then accept
                set firewall family inet filter f term c from protocol tcp
                set firewall family inet filter f term c from port-except 23
                set firewall family inet filter f term c then accept
                """);
        assertEquals(List.of(), p.all());
        assertTrue(p.forwards(IN, OUT, icmp("10.9.9.9", "10.5.1.1", 8, 0)));
        assertTrue(p.forwards(IN, OUT, icmp("10.5.1.1", "10.9.9.9", 8, 0)));
        assertFalse(p.forwards(IN, OUT, icmp("10.9.9.9", "10.6.1.1", 8, 0)));
        assertFalse(p.forwards(IN, OUT, tcp("10.9.9.9", 23, "10.5.1.1", 23, false)));
        assertTrue(p.forwards(IN, OUT, udp("10.9.9.9", 161, "10.1.1.1", 40000)));
        assertTrue(p.forwards(IN, OUT, udp("10.9.9.9", 40000, "10.1.1.1", 161)));
        assertFalse(p.forwards(IN, OUT, udp("10.9.9.9", 40000, "10.1.1.1", 162)));
        assertTrue(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 22, false)));
        assertFalse(p.forwards(IN, OUT, tcp("10.9.9.9", 23, "10.1.1.1", 22, false)));
        assertFalse(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 23, false)));
    }

    @Test
    void filterListsIpv6AndNeighborDiscovery() {
        ReadBackProbe p = ReadBackProbe.read(new JunosFilterReadBack(), "dev.conf", """
                set interfaces ge-0/0/0 unit 0 family inet filter input-list [ first second ]
                set interfaces ge-0/0/0 unit 0 family inet6 filter input v6
                set firewall filter first term ssh from protocol tcp destination-port ssh
                set firewall filter first term ssh then accept
                set firewall filter second term web from protocol tcp destination-port http
                set firewall filter second term web then accept
                set firewall family inet6 filter v6 term nd from next-header icmp6
                set firewall family inet6 filter v6 term nd from icmp-type [ neighbor-solicit neighbor-advertisement ]
                set firewall family inet6 filter v6 term nd then accept
                set firewall family inet6 filter v6 term ping from next-header icmp6 icmp-type 128
                set firewall family inet6 filter v6 term ping then accept
                """);
        assertEquals(List.of(), p.all());
        assertTrue(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 22, false)));
        assertTrue(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 80, false)));
        assertFalse(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 443, false)));
        assertTrue(p.forwards(IN, OUT, icmp("2001:db8::1", "2001:db8:1::1", 128, 0)));
        // neighbor discovery is for the unit and its neighbours, never forwarded usefully (RFC 4861)
        assertFalse(p.forwards(IN, OUT, icmp("2001:db8::1", "2001:db8:1::1", 135, 0)));
        // a unit without an inet6 filter, on a device that routes IPv6: unfiltered
        assertTrue(p.forwards(OUT, IN, udp("2001:db8:1::1", 40000, "2001:db8::1", 54)));
    }

    @Test
    void unknownLinesAreWarningsAndUnprovableWhereTheyCouldChangeForwarding() {
        ReadBackProbe p = read("""
                set groups lab system syslog file messages any any
                set firewall family inet filter f term a from dscp ef
                set firewall family inet filter f term a then accept
                set interfaces ge-0/0/1 unit 0 family ethernet-switching filter input l2
                set snmp community public authorization read-only
                set protocols ospf area 0.0.0.0 interface irb.20
                """);
        assertEquals(List.of(5, 6, 8), p.lines(Code.ZC0802));
        assertEquals(List.of(6, 8), p.lines(Code.ZC0803));
    }

    @Test
    void whatCannotBeKnownIsUnprovable() {
        ReadBackProbe p = read("""
                set policy-options prefix-list dynamic apply-path "interfaces <*> unit <*> family inet address <*>"
                set firewall family inet filter f term a from source-prefix-list dynamic
                set firewall family inet filter f term a then accept
                set firewall family inet filter f term b from destination-prefix-list missing
                set firewall family inet filter f term b then accept
                set firewall family inet filter f term c then policer slow
                set firewall family inet filter f term c then accept
                set interfaces irb unit 20 family inet filter output nowhere
                """);
        assertEquals(List.of(5, 8, 10, 12), p.lines(Code.ZC0803));
    }

    @Test
    void deleteAndDeactivate() {
        ReadBackProbe p = read("""
                set firewall family inet filter f term old then accept
                delete firewall family inet filter f
                set firewall family inet filter f term ssh from protocol tcp destination-port 22
                set firewall family inet filter f term ssh then accept
                set firewall family inet filter f term any then accept
                deactivate firewall family inet filter f term any
                """);
        assertEquals(List.of(), p.all());
        assertTrue(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 22, false)));
        assertFalse(p.forwards(IN, OUT, tcp("10.9.9.9", 40000, "10.1.1.1", 23, false)));
    }
}
