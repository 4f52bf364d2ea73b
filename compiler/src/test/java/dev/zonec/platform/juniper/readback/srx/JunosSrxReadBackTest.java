package dev.zonec.platform.juniper.readback.srx;

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

/** The SRX read-back on hand-written configurations in the forms `show configuration | display set` prints. */
class JunosSrxReadBackTest {
    private static final String ZONES = """
            set version 20.4R3.8
            set system host-name fw1
            set interfaces ge-0/0/1 unit 0 family inet address 10.20.0.1/24
            set security zones security-zone trust interfaces ge-0/0/1.0 host-inbound-traffic system-services ping
            set security zones security-zone untrust interfaces ge-0/0/2.0
            set security zones security-zone dmz interfaces ge-0/0/3.0
            set security zones security-zone dmz screen untrust-screen
            """;

    private static ReadBackProbe read(String text) {
        return ReadBackProbe.read(new JunosSrxReadBack(), "dev.conf", ZONES + text);
    }

    @Test
    void policiesMatchAddressSetsApplicationsAndTerms() {
        ReadBackProbe p = read("""
                set security address-book global address web 10.30.0.10/32
                set security address-book global address hmis range-address 10.20.0.21 to 10.20.0.24
                set security address-book global address lan 10.20.0.0/24
                set security address-book global address-set inner address hmis
                set security address-book global address-set outer address-set inner
                set applications application modbus protocol tcp destination-port 502
                set applications application opc term t1 protocol tcp destination-port 4840-4841
                set applications application opc term t2 protocol udp destination-port ntp source-port 1024-65535
                set applications application-set plc application modbus
                set applications application-set plc application opc
                set security policies from-zone trust to-zone dmz policy p1 match source-address outer
                set security policies from-zone trust to-zone dmz policy p1 match destination-address web
                set security policies from-zone trust to-zone dmz policy p1 match application [ plc junos-https ]
                set security policies from-zone trust to-zone dmz policy p1 then permit
                set security policies from-zone trust to-zone dmz policy p1 then log session-init
                set security policies from-zone trust to-zone dmz policy p2 match source-address lan destination-address any application junos-icmp-ping
                set security policies from-zone trust to-zone dmz policy p2 then reject
                """);
        assertEquals(List.of(), p.all());
        assertTrue(p.filter().stateful());
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", tcp("10.20.0.22", 50000, "10.30.0.10", 502, false)));
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", tcp("10.20.0.24", 50000, "10.30.0.10", 4841, false)));
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", tcp("10.20.0.21", 50000, "10.30.0.10", 443, false)));
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", udp("10.20.0.21", 1024, "10.30.0.10", 123)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", udp("10.20.0.21", 1023, "10.30.0.10", 123)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", tcp("10.20.0.25", 50000, "10.30.0.10", 502, false)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", tcp("10.20.0.22", 50000, "10.30.0.10", 503, false)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", icmp("10.20.0.22", "10.30.0.10", 8, 0)));
        // the reverse direction and other zone pairs fall to the default policy, deny-all
        assertFalse(p.forwards("ge-0/0/3.0", "ge-0/0/1.0", tcp("10.30.0.10", 502, "10.20.0.22", 50000, false)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.22", 50000, "10.30.0.10", 502, false)));
    }

    @Test
    void policiesApplyInCreationOrderAndInsertMovesThem() {
        String text = """
                set security policies from-zone trust to-zone untrust policy allow-web match source-address any
                set security policies from-zone trust to-zone untrust policy allow-web match destination-address any
                set security policies from-zone trust to-zone untrust policy allow-web match application junos-http
                set security policies from-zone trust to-zone untrust policy allow-web then permit
                set security policies from-zone trust to-zone untrust policy block match source-address any
                set security policies from-zone trust to-zone untrust policy block match destination-address any
                set security policies from-zone trust to-zone untrust policy block match application any
                set security policies from-zone trust to-zone untrust policy block then deny
                """;
        assertTrue(read(text).forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 80, false)));
        ReadBackProbe moved = read(text
                + "insert security policies from-zone trust to-zone untrust policy block before policy allow-web\n");
        assertFalse(moved.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 80, false)));
        ReadBackProbe inactive = read(text + "deactivate security policies from-zone trust to-zone untrust policy allow-web\n");
        assertFalse(inactive.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 80, false)));
        ReadBackProbe replaced = read(text + "set security policies from-zone trust to-zone untrust policy allow-web then deny\n");
        assertFalse(replaced.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 80, false)));
    }

    @Test
    void deleteResetsWhatCameBefore() {
        ReadBackProbe p = read("""
                set security policies from-zone trust to-zone untrust policy old match source-address any
                set security policies from-zone trust to-zone untrust policy old match destination-address any
                set security policies from-zone trust to-zone untrust policy old match application any
                set security policies from-zone trust to-zone untrust policy old then permit
                set security policies from-zone trust to-zone untrust policy old match source-identity staff
                delete security policies
                set security policies default-policy deny-all
                """);
        // the line the grammar does not know is reported, but the delete removed it with its policy
        assertEquals(List.of(12), p.lines(Code.ZC0802));
        assertEquals(List.of(), p.lines(Code.ZC0803));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 80, false)));
    }

    @Test
    void globalPoliciesComeAfterZonePoliciesAndDefaultPermitStaysInsideZones() {
        ReadBackProbe p = read("""
                set security policies from-zone trust to-zone untrust policy no-telnet match source-address any
                set security policies from-zone trust to-zone untrust policy no-telnet match destination-address any
                set security policies from-zone trust to-zone untrust policy no-telnet match application junos-telnet
                set security policies from-zone trust to-zone untrust policy no-telnet then deny
                set security policies global policy ssh match source-address any-ipv4 destination-address any application junos-ssh
                set security policies global policy ssh match from-zone trust
                set security policies global policy ssh then permit
                set security policies default-policy permit-all
                """);
        assertEquals(List.of(), p.all());
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 23, false)));
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/2.0", tcp("10.20.0.5", 40000, "192.0.2.1", 22, false)));
        assertTrue(p.forwards("ge-0/0/2.0", "ge-0/0/1.0", tcp("192.0.2.1", 40000, "10.20.0.5", 23, false)));
        // an interface in no zone passes nothing, whatever the default policy
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/9.0", tcp("10.20.0.5", 40000, "192.0.2.1", 22, false)));
    }

    @Test
    void zoneAddressBooksAttachedBooksAndExclusion() {
        ReadBackProbe p = read("""
                set security zones security-zone trust address-book address ops 10.20.0.0/25
                set security address-book dmz-book address srv 10.30.0.0/24
                set security address-book dmz-book attach zone dmz
                set security policies from-zone trust to-zone dmz policy p match source-address ops
                set security policies from-zone trust to-zone dmz policy p match destination-address srv
                set security policies from-zone trust to-zone dmz policy p match destination-address-excluded
                set security policies from-zone trust to-zone dmz policy p match application junos-ntp
                set security policies from-zone trust to-zone dmz policy p then permit
                """);
        assertEquals(List.of(), p.all());
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", udp("10.20.0.5", 40000, "10.31.0.1", 123)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", udp("10.20.0.5", 40000, "10.30.0.1", 123)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", udp("10.20.0.200", 40000, "10.31.0.1", 123)));
    }

    @Test
    void ipv6AndIcmp6Applications() {
        ReadBackProbe p = read("""
                set security address-book global address h6 2001:db8:20::40/128
                set applications application ping6 term t1 protocol icmp6 icmp6-type echo-request
                set security policies from-zone trust to-zone dmz policy p match source-address h6 destination-address any-ipv6 application ping6
                set security policies from-zone trust to-zone dmz policy p then permit
                """);
        assertTrue(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", icmp("2001:db8:20::40", "2001:db8:1::1", 128, 0)));
        assertFalse(p.forwards("ge-0/0/1.0", "ge-0/0/3.0", icmp("2001:db8:20::40", "2001:db8:1::1", 129, 0)));
        ReadBackProbe dropped = read("""
                set security forwarding-options family inet6 mode drop
                set security policies global policy p match source-address any destination-address any application any
                set security policies global policy p then permit
                """);
        assertFalse(dropped.forwards("ge-0/0/1.0", "ge-0/0/3.0", icmp("2001:db8:20::40", "2001:db8:1::1", 128, 0)));
        assertTrue(dropped.forwards("ge-0/0/1.0", "ge-0/0/3.0", icmp("10.20.0.5", "10.30.0.1", 8, 0)));
    }

    @Test
    void unknownLinesAreWarningsAndUnprovableWhereTheyCouldChangeForwarding() {
        ReadBackProbe p = read("""
                set groups lab system syslog file messages any any
                set security nat source rule-set out rule r1 match source-address 10.20.0.0/24
                set security nat destination rule-set in rule d1 match destination-address 203.0.113.5/32
                set security policies from-zone trust to-zone dmz policy p match source-address any destination-address any application any
                set security policies from-zone trust to-zone dmz policy p then permit application-services idp
                set security policies from-zone trust to-zone dmz policy p then permit
                set interfaces ge-0/0/3 unit 0 family inet filter input lan-only
                """);
        assertEquals(List.of(8, 9, 10, 12, 14), p.lines(Code.ZC0802));
        // source NAT acts after the policy lookup; destination NAT before it, on the address the policy sees
        assertEquals(List.of(10, 12, 14), p.lines(Code.ZC0803));
    }

    @Test
    void whatCannotBeKnownIsUnprovable() {
        ReadBackProbe p = read("""
                set security address-book global address cloud dns-name example.com
                set applications application weird protocol tcp destination-port 502 icmp-type 8
                set security policies from-zone trust to-zone dmz policy a match source-address cloud destination-address any application any
                set security policies from-zone trust to-zone dmz policy a then permit
                set security policies from-zone trust to-zone dmz policy b match source-address any destination-address any application junos-ftp
                set security policies from-zone trust to-zone dmz policy b then permit
                set security policies from-zone trust to-zone dmz policy c match source-address any destination-address any application weird
                set security policies from-zone trust to-zone dmz policy c then permit
                set security policies from-zone trust to-zone dmz policy d match source-address any destination-address any
                set security policies from-zone trust to-zone dmz policy d then permit
                set security policies from-zone trust to-zone dmz policy e match source-address any destination-address any application any
                set security policies from-zone trust to-zone dmz policy e scheduler-name office-hours
                set security policies from-zone trust to-zone dmz policy e then permit
                """);
        assertEquals(List.of(8, 9, 12, 16, 19), p.lines(Code.ZC0803));
        assertEquals(List.of(), p.lines(Code.ZC0802));
    }

    @Test
    void theCurlyBraceFormIsNotReadAndCannotBeProven() {
        ReadBackProbe p = ReadBackProbe.read(new JunosSrxReadBack(), "dev.conf", """
                security {
                    policies {
                        default-policy permit-all;
                    }
                }
                """);
        assertEquals(List.of(1, 2, 3, 4, 5), p.lines(Code.ZC0802));
        assertEquals(List.of(1, 2, 3, 4, 5), p.lines(Code.ZC0803));
    }
}
