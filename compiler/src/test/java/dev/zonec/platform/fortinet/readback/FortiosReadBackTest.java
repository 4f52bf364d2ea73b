package dev.zonec.platform.fortinet.readback;

import static dev.zonec.readback.Probe.icmp;
import static dev.zonec.readback.Probe.proto;
import static dev.zonec.readback.Probe.tcp;
import static dev.zonec.readback.Probe.tcpFrom;
import static dev.zonec.readback.Probe.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import dev.zonec.readback.Probe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FortiOS read-back on hand-written configs: common forms, exact semantics, tolerance. */
class FortiosReadBackTest {
    private static final String OBJECTS = """
            #config-version=FGT60F-7.2.8-FW-build1639:opmode=0:vdom=0
            config system global
                set hostname "fgt"
            end
            config firewall address
                edit "lan"
                    set subnet 10.1.1.0/24
                next
                edit "plc"
                    set subnet 10.1.1.11 255.255.255.255
                next
                edit "span"
                    set type iprange
                    set start-ip 10.2.0.5
                    set end-ip 10.2.0.9
                next
                edit "web \\"front\\""
                    set subnet 192.0.2.10 255.255.255.255
                next
            end
            config firewall address6
                edit "lan6"
                    set ip6 2001:db8:1::/64
                next
            end
            config firewall addrgrp
                edit "inner"
                    set member "lan" "span"
                    set exclude enable
                    set exclude-member "plc"
                next
                edit "outer"
                    set member "inner"
                next
            end
            config firewall service custom
                edit "web"
                    set tcp-portrange 80 443 8000-8010:1024-65535
                next
                edit "dns"
                    set tcp-portrange 53
                    set udp-portrange 53
                next
                edit "echo"
                    set protocol ICMP
                    set icmptype 8
                next
                edit "gre"
                    set protocol IP
                    set protocol-number 47
                next
            end
            config firewall service group
                edit "both"
                    set member "web" "dns"
                next
            end
            config system zone
                edit "inside"
                    set interface "port1" "port3"
                next
            end
            """;

    private static Probe read(String text) {
        return new Probe(new FortiosReadBack(), text);
    }

    /**
     * An unterminated quote is a character no token matches; the line is not understood (FortiOS itself would read on
     * into the next line), never read as if the quote were not there.
     */
    @Test
    void aCharacterNoTokenMatchesIsNotDroppedFromTheLine() {
        Probe p = read(OBJECTS + """
                config firewall policy
                    edit 7
                        set srcintf "inside"
                        set dstintf "port2"
                        set action accept
                        set srcaddr "lan"
                        set dstaddr "plc
                        set schedule "always"
                        set service "web"
                    next
                end
                """);
        assertEquals(1, p.count(Code.ZC0802), p.messages());
        assertTrue(p.messages().contains("line 69 "), p.messages());
        assertTrue(p.count(Code.ZC0803) > 0, "a policy with a line not understood cannot be proven: " + p.messages());
    }

    @Test
    void commonFormsMatchExactly() {
        Probe p = read(OBJECTS + """
                config firewall policy
                    edit 7
                        set name "out"
                        set srcintf "inside"
                        set dstintf "port2"
                        set action accept
                        set srcaddr "outer"
                        set dstaddr "web \\"front\\"" "all"
                        set schedule "always"
                        set service "both"
                        append service "echo" "gre"
                        set nat enable
                        set logtraffic all
                    next
                end
                """);
        assertEquals(0, p.count(Code.ZC0802), p.messages());
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.filter.stateful());
        assertTrue(p.forwards("port1", "port2", tcp("10.1.1.12", "198.51.100.1", 443)));
        assertTrue(p.forwards("port3", "port2", tcp("10.2.0.9", "198.51.100.1", 80)));
        assertFalse(p.forwards("port1", "port2", tcp("10.1.1.11", "198.51.100.1", 443)), "excluded member");
        assertFalse(p.forwards("port2", "port1", tcp("10.1.1.12", "198.51.100.1", 443)), "direction");
        assertTrue(p.forwards("port1", "port2", tcpFrom("10.1.1.12", "198.51.100.1", 1024, 8005)));
        assertFalse(p.forwards("port1", "port2", tcpFrom("10.1.1.12", "198.51.100.1", 1023, 8005)), "source port range");
        assertTrue(p.forwards("port1", "port2", udp("10.1.1.12", "198.51.100.1", 53)));
        assertFalse(p.forwards("port1", "port2", udp("10.1.1.12", "198.51.100.1", 443)));
        assertTrue(p.forwards("port1", "port2", icmp("10.1.1.12", "198.51.100.1", 8, 0)));
        assertFalse(p.forwards("port1", "port2", icmp("10.1.1.12", "198.51.100.1", 0, 0)));
        assertTrue(p.forwards("port1", "port2", proto("10.1.1.12", "198.51.100.1", 47)));
        assertFalse(p.forwards("port1", "port2", tcp("2001:db8:1::1", "2001:db8:2::1", 443)), "no IPv6 addresses");
        assertFalse(p.forwards("port1", "port3", tcp("10.1.1.12", "10.1.1.13", 443)), "intrazone deny by default");
    }

    @Test
    void orderMovesDisabledPoliciesNegationAndIntrazone() {
        Probe p = read(OBJECTS.replace("set interface \"port1\" \"port3\"", "set interface \"port1\" \"port3\"\n        set intrazone allow") + """
                config firewall policy
                    edit 0
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "plc"
                        set srcaddr-negate enable
                        set dstaddr "all"
                        set srcaddr6 "all"
                        set dstaddr6 "all"
                        set action accept
                        set schedule "always"
                        set service "ALL"
                    next
                    edit 2
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "span"
                        set dstaddr "all"
                        set action deny
                        set schedule "always"
                        set service "ALL"
                    next
                    edit 3
                        set status disable
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "all"
                        set dstaddr "all"
                        set action accept
                        set schedule "always"
                        set service "ALL"
                    next
                    move 2 before 1
                end
                """);
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertFalse(p.forwards("port1", "port2", tcp("10.2.0.6", "198.51.100.1", 1)), "deny moved first");
        assertTrue(p.forwards("port1", "port2", tcp("10.1.1.99", "198.51.100.1", 1)), "negated source");
        assertTrue(p.forwards("port1", "port2", tcp("2001:db8::1", "2001:db8::2", 1)), "IPv6 pair");
        assertFalse(p.forwards("port2", "port1", tcp("10.1.1.11", "10.1.1.12", 1)), "the negated address itself");
        assertTrue(p.forwards("port1", "port3", tcp("10.1.1.11", "10.1.1.12", 1)), "intrazone allow after the policies");
    }

    @Test
    void anExplicitDenyWinsOverIntrazoneAllow() {
        Probe p = read(OBJECTS.replace("set interface \"port1\" \"port3\"", "set interface \"port1\" \"port3\"\n        set intrazone allow") + """
                config firewall policy
                    edit 999
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "all"
                        set dstaddr "all"
                        set action deny
                        set schedule "always"
                        set service "ALL"
                    next
                end
                """);
        assertFalse(p.forwards("port1", "port3", tcp("10.1.1.11", "10.1.1.12", 1)));
    }

    @Test
    void vdomsAndOldPolicy6Tables() {
        Probe p = read("""
                config vdom
                edit root
                next
                end
                config global
                config system global
                    set hostname "fgt"
                end
                end
                config vdom
                edit root
                config firewall address6
                    edit "a6"
                        set ip6 2001:db8::/32
                    next
                end
                config firewall policy6
                    edit 1
                        set srcintf "port1"
                        set dstintf "port2"
                        set srcaddr "a6"
                        set dstaddr "all"
                        set action accept
                        set schedule "always"
                        set service "ALL"
                    next
                end
                next
                end
                """);
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.forwards("port1", "port2", tcp("2001:db8::1", "2001:db9::1", 22)));
        assertFalse(p.forwards("port1", "port2", tcp("10.0.0.1", "10.0.0.2", 22)));
    }

    @Test
    void unknownLinesAreWarningsUnlessTheyCanChangeForwarding() {
        Probe p = read(OBJECTS + """
                config firewall address
                    edit "unused"
                        set frobnicate enable
                    next
                end
                config foo bar
                    edit 1
                        set x y
                    next
                end
                garbage "unterminated
                config firewall policy
                    edit 1
                        set srcintf "port1"
                        set dstintf "port2"
                        set srcaddr "all"
                        set dstaddr "all"
                        set action accept
                        set schedule "always"
                        set service "ALL"
                    next
                end
                """);
        assertEquals(3, p.count(Code.ZC0802), p.messages());
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.forwards("port1", "port2", tcp("10.0.0.1", "10.0.0.2", 22)));
    }

    @Test
    void whatCannotBeProven() {
        String allow = """
                        set srcintf "port1"
                        set dstintf "port2"
                        set action accept
                        set service "ALL"
                """;
        Probe p = read(OBJECTS + "config firewall address\n edit \"f\"\n set type fqdn\n set fqdn \"plc.example\"\n next\nend\n"
                + "config firewall policy\n"
                + " edit 1\n" + allow + " set srcaddr \"all\"\n set dstaddr \"all\"\n set schedule \"always\"\n set frobnicate on\n next\n"
                + " edit 2\n" + allow + " set srcaddr \"all\"\n set schedule \"always\"\n next\n"
                + " edit 3\n" + allow + " set srcaddr \"all\"\n set dstaddr \"all\"\n set schedule \"nights\"\n next\n"
                + " edit 4\n" + allow + " set srcaddr \"f\"\n set dstaddr \"all\"\n set schedule \"always\"\n next\n"
                + " edit 5\n" + allow + " set srcaddr \"all\"\n set dstaddr \"all\"\n set schedule \"always\"\n set groups \"ops\"\n next\n"
                + " edit 6\n" + allow + " set srcaddr \"all\"\n set dstaddr \"vip-web\"\n set schedule \"always\"\n next\n"
                + " edit 7\n" + allow + " set srcaddr \"all\"\n set dstaddr \"all\"\n set schedule \"always\"\n garbage \"x\n next\n"
                + " move 9 after 1\n"
                + "end\n");
        assertEquals(8, p.count(Code.ZC0803), p.messages());
        Probe vdoms = read("""
                config vdom
                edit a
                config firewall policy
                    edit 1
                        set srcintf "port1"
                        set dstintf "port2"
                    next
                end
                next
                edit b
                config firewall policy
                    edit 1
                        set srcintf "port3"
                        set dstintf "port4"
                    next
                end
                next
                end
                """);
        assertTrue(vdoms.lines(Code.ZC0803).contains(11), vdoms.messages());
        Probe acl = read("config firewall acl\n edit 1\n set interface \"port1\"\n next\nend\n");
        assertEquals(List.of(1), acl.lines(Code.ZC0803), acl.messages());
    }
}
