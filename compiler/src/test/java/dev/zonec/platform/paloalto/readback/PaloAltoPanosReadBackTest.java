package dev.zonec.platform.paloalto.readback;

import static dev.zonec.readback.Probe.icmp;
import static dev.zonec.readback.Probe.tcp;
import static dev.zonec.readback.Probe.tcpFrom;
import static dev.zonec.readback.Probe.udpFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import dev.zonec.readback.Probe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PAN-OS read-back on hand-written set-format configs: common forms, exact semantics, tolerance. */
class PaloAltoPanosReadBackTest {
    private static final String ZONES = """
            set zone inside network layer3 [ ethernet1/1 ethernet1/3 ]
            set zone outside network layer3 ethernet1/2
            """;

    private static Probe read(String text) {
        return new Probe(new PaloAltoPanosReadBack(), text);
    }

    @Test
    void defaultRulesAllowIntrazoneAndDenyInterzone() {
        Probe p = read(ZONES);
        assertTrue(p.filter.stateful());
        assertTrue(p.forwards("ethernet1/1", "ethernet1/3", tcp("10.0.0.1", "10.0.0.2", 22)));
        assertFalse(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "10.0.0.2", 22)));
        assertFalse(p.forwards("ethernet1/9", "ethernet1/2", tcp("10.0.0.1", "10.0.0.2", 22)), "no zone, no traffic");
        Probe overridden = read(ZONES + """
                set rulebase default-security-rules rules intrazone-default action deny
                set rulebase default-security-rules rules interzone-default action allow log-end yes
                """);
        assertFalse(overridden.forwards("ethernet1/1", "ethernet1/3", tcp("10.0.0.1", "10.0.0.2", 22)));
        assertTrue(overridden.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "10.0.0.2", 22)));
        assertEquals(0, overridden.count(Code.ZC0802));
    }

    @Test
    void commonObjectFormsMatchExactly() {
        Probe p = read(ZONES + """
                set vsys vsys1 address web ip-netmask 192.0.2.10
                set address lan ip-netmask 10.1.1.77/24 description "host bits set: the whole /24"
                set address span ip-range 10.2.0.5-10.2.0.9
                set address wild ip-wildcard 10.3.0.0/0.0.0.255
                set shared address far ip-netmask 198.51.100.0/24
                set address-group inner static [ span wild ]
                set address-group outer static lan
                set address-group outer static inner
                set service web-ports protocol tcp port 80,443,8000-8010
                set service ntp-from-high protocol udp source-port 1024-65535 port 123
                set service-group both members [ web-ports ntp-from-high ]
                set rulebase security rules r1 from inside to outside source outer destination [ web far 203.0.113.7 ]
                set rulebase security rules r1 source-user any category any application any service both
                set rulebase security rules r1 action allow log-start yes log-end yes tag t profile-setting group default
                set rulebase security rules r1 description "first rule"
                """);
        assertEquals(0, p.count(Code.ZC0802), p.messages());
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        String out = "ethernet1/2";
        assertTrue(p.forwards("ethernet1/1", out, tcp("10.1.1.200", "192.0.2.10", 443)));
        assertTrue(p.forwards("ethernet1/3", out, tcp("10.2.0.9", "203.0.113.7", 8010)));
        assertTrue(p.forwards("ethernet1/1", out, tcp("10.3.0.99", "198.51.100.1", 80)));
        assertFalse(p.forwards("ethernet1/1", out, tcp("10.2.0.10", "192.0.2.10", 443)), "outside the range");
        assertFalse(p.forwards("ethernet1/1", out, tcp("10.1.1.200", "192.0.2.10", 8011)), "port list");
        assertFalse(p.forwards(out, "ethernet1/1", tcp("10.1.1.200", "192.0.2.10", 443)), "direction");
        assertFalse(p.forwards("ethernet1/1", out, Probe.proto("10.1.1.1", "192.0.2.10", 47)), "services are TCP and UDP");
        assertTrue(p.forwards("ethernet1/1", out, udpFrom("10.1.1.1", "192.0.2.10", 1024, 123)));
        assertFalse(p.forwards("ethernet1/1", out, udpFrom("10.1.1.1", "192.0.2.10", 1023, 123)), "source port");
        assertFalse(p.forwards("ethernet1/1", out, tcpFrom("10.1.1.1", "192.0.2.10", 1024, 123)), "protocol");
    }

    @Test
    void orderNegationRuleTypesAndDisabledRules() {
        Probe p = read(ZONES + """
                set rulebase security rules allow-all from any to any source any destination any application any service any action allow
                set rulebase security rules block from inside to outside source 10.9.0.0/16 negate-source yes destination any application any service any action drop
                set rulebase security rules off from any to any source any destination any application any service any action deny disabled yes
                set rulebase security rules intra rule-type intrazone from inside source any destination any application any service any action deny
                move rulebase security rules block top
                move rulebase security rules intra before allow-all
                """);
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.9.1.1", "192.0.2.1", 1)), "negated source");
        assertFalse(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.8.1.1", "192.0.2.1", 1)));
        assertFalse(p.forwards("ethernet1/1", "ethernet1/3", tcp("10.9.1.1", "10.9.1.2", 1)), "intrazone rule first");
        assertTrue(p.forwards("ethernet1/2", "ethernet1/1", tcp("192.0.2.1", "10.9.1.1", 1)), "disabled rule skipped");
    }

    @Test
    void deleteAndSetOnAListAddsMembers() {
        Probe p = read(ZONES + """
                set address a ip-netmask 10.0.0.1
                set address b ip-netmask 10.0.0.2
                set address-group g static a
                delete address-group g
                set address-group g static b
                set rulebase security rules old from inside to outside source any destination any application any service any action allow
                delete rulebase security rules
                set rulebase security rules r from inside to outside source g destination any application any service any action allow
                """);
        assertFalse(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "192.0.2.1", 1)));
        assertTrue(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.2", "192.0.2.1", 1)));
    }

    @Test
    void icmpApplicationsFollowTheFirewallsIdentification() {
        Probe p = read(ZONES + """
                set application zc-icmp-3-4 category networking subcategory ip-protocol technology network-protocol risk 4
                set application zc-icmp-3-4 default ident-by-icmp-type type 3 code 4
                set rulebase security rules echo from inside to outside source 10.0.0.0/8 destination any application ping service application-default action allow
                set rulebase security rules rest from inside to outside source 10.0.0.0/8 destination any application icmp service any action allow
                """);
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.forwards("ethernet1/1", "ethernet1/2", icmp("10.0.0.1", "192.0.2.1", 8, 0)));
        assertTrue(p.forwards("ethernet1/1", "ethernet1/2", icmp("10.0.0.1", "192.0.2.1", 3, 3)));
        assertFalse(p.forwards("ethernet1/1", "ethernet1/2", icmp("10.0.0.1", "192.0.2.1", 3, 4)), "the custom app claims 3/4");
        assertFalse(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "192.0.2.1", 80)));
    }

    @Test
    void ambiguousIcmpv6EchoCannotBeProven() {
        Probe p = read(ZONES + """
                set rulebase security rules echo6 from inside to outside source 2001:db8::/32 destination any application ping service any action allow
                """);
        assertEquals(1, p.count(Code.ZC0803), p.messages());
        Probe both = read(ZONES + """
                set rulebase security rules echo6 from inside to outside source 2001:db8::/32 destination any application [ ping ipv6-icmp ] service any action allow
                """);
        assertEquals(0, both.count(Code.ZC0803), both.messages());
    }

    @Test
    void functionAppIdsAreTheServicePortsAndWholeClassesOnly() {
        String read = "[ modbus-read-coils modbus-read-discrete-inputs modbus-read-holding-registers "
                + "modbus-read-input-registers modbus-read-file-record modbus-read-fifo-queue ]";
        Probe p = read(ZONES + "set service m protocol tcp port 502\n"
                + "set rulebase security rules r from inside to outside source any destination any application " + read
                + " service m action allow\n");
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "192.0.2.1", 502)));
        assertFalse(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "192.0.2.1", 503)));
        Probe partial = read(ZONES + "set service m protocol tcp port 502\n"
                + "set rulebase security rules r from inside to outside source any destination any application "
                + "modbus-read-coils service m action allow\n");
        assertEquals(1, partial.count(Code.ZC0803), partial.messages());
        Probe unknown = read(ZONES + "set rulebase security rules r from inside to outside source any destination any "
                + "application web-browsing service application-default action allow\n");
        assertEquals(1, unknown.count(Code.ZC0803), unknown.messages());
    }

    @Test
    void unknownLinesAreWarningsUnlessTheyCanChangeForwarding() {
        Probe p = read(ZONES + """
                set deviceconfig system hostname fw-edge
                set network interface ethernet ethernet1/1 layer3 ip [ 10.0.0.1/24 ]
                set something-new entirely
                set address unused fqdn plc.example
                set address odd ip-netmask 10.0.0.5 frobnicate yes
                garbage ] [
                set rulebase security rules r from inside to outside source any destination any application any service any action allow
                """);
        assertEquals(List.of(5, 7, 8), p.lines(Code.ZC0802), p.messages());
        assertEquals(0, p.count(Code.ZC0803), p.messages());
        assertTrue(p.forwards("ethernet1/1", "ethernet1/2", tcp("10.0.0.1", "192.0.2.1", 80)));
    }

    @Test
    void unknownLinesInTheRuleBaseOrObjectsInUseAreUnprovable() {
        Probe rule = read(ZONES + """
                set rulebase security rules r from inside to outside source any destination any application any service any action allow
                set rulebase security rules r frobnicate yes
                set rulebase nat rules n from inside to outside source any destination any service any
                set rulebase nat rules n destination-translation translated-address 10.0.0.9
                set rulebase nat rules snat source-translation dynamic-ip-and-port interface-address interface ethernet1/2
                """);
        // a destination NAT changes what the security rules see; a source NAT acts after them (PAN-OS Administrator's
        // Guide, "NAT Policy Overview"), as does a NAT rule that translates nothing
        assertEquals(List.of(4, 6), rule.lines(Code.ZC0803), rule.messages());
        Probe object = read(ZONES + """
                set address odd ip-netmask 10.0.0.5 frobnicate yes
                set address dns fqdn plc.example
                set address wild ip-wildcard 10.0.1.0/0.0.1.0
                set rulebase security rules r from inside to outside source [ odd dns wild ] destination any application any service any action allow
                """);
        assertEquals(1, object.count(Code.ZC0803), object.messages());
        Probe schedule = read(ZONES + """
                set rulebase security rules r from inside to outside source any destination any application any service any action allow schedule nights
                set rulebase security rules u from inside to outside source any destination any source-user corp\\\\ops application any service any action allow
                set rulebase security rules z from inside to nowhere source any destination any application any service any action allow
                set rulebase security rules v from inside to outside source any destination any application any action allow
                """);
        assertEquals(4, schedule.count(Code.ZC0803), schedule.messages());
    }

    @Test
    void oneVsysOnly() {
        Probe p = read("""
                set vsys vsys1 zone a network layer3 ethernet1/1
                set vsys vsys2 zone b network layer3 ethernet1/2
                """);
        assertEquals(1, p.count(Code.ZC0803), p.messages());
    }
}
