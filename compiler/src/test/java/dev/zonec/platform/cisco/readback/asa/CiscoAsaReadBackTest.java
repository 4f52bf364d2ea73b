package dev.zonec.platform.cisco.readback.asa;

import static dev.zonec.readback.Verdicts.forwards;
import static dev.zonec.readback.Verdicts.icmp;
import static dev.zonec.readback.Verdicts.lines;
import static dev.zonec.readback.Verdicts.proto;
import static dev.zonec.readback.Verdicts.tcp;
import static dev.zonec.readback.Verdicts.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ASA read-back on zonec's own output and on hand-written running configs. */
class CiscoAsaReadBackTest {
    private static final String GI1 = "GigabitEthernet0/1";
    private static final String GI2 = "GigabitEthernet0/2";
    private static final String GI3 = "GigabitEthernet0/3";

    private final Diagnostics diagnostics = new Diagnostics();

    private PacketFilter read(String text) {
        return new CiscoAsaReadBack().read("fw1", List.of(new SourceFile("out/fw1.asa", text)), diagnostics);
    }

    private static String interfaces(int control, int field) {
        return """
                interface GigabitEthernet0/1
                 nameif control
                 security-level %d
                !
                interface GigabitEthernet0/2
                 nameif field
                 security-level %d
                !
                """.formatted(control, field);
    }

    @Test
    void readsWhatZonecWrites() {
        PacketFilter f = read("""
                : zonec: fw1 (cisco-asa), site demo
                !
                clear configure access-list zc-in-control
                clear configure access-list zc-in-field
                no object-group network zc-plc
                no object-group service zcs-dns
                !
                object network zc-ews
                 host 10.20.0.40
                !
                object-group network zc-plc
                 network-object host 10.1.1.11
                 network-object host 10.1.1.12
                !
                object network zc6-plc6
                 range 2001:db8:1::11 2001:db8:1::13
                !
                object-group service zcs-dns
                 service-object udp destination eq 53
                 service-object tcp destination eq 53
                !
                access-list zc-in-control remark ews -> plc[*] modbus (site.zc:24)
                access-list zc-in-control extended permit tcp object zc-ews object-group zc-plc eq 502 log
                access-list zc-in-control extended permit object-group zcs-dns object zc-ews object-group zc-plc
                access-list zc-in-control extended permit tcp any object zc6-plc6 range 20000 20010
                access-list zc-in-control extended deny ip any any log
                !
                access-list zc-in-field extended deny ip any any log
                !
                """ + interfaces(60, 80) + """
                access-group zc-in-control in interface control
                access-group zc-in-field in interface field
                """);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(f.stateful());
        assertTrue(forwards(f, GI1, GI2, tcp("10.20.0.40", "10.1.1.12", 502)));
        assertFalse(forwards(f, GI1, GI2, tcp("10.20.0.40", "10.1.1.13", 502)));
        assertFalse(forwards(f, GI2, GI1, tcp("10.20.0.40", "10.1.1.12", 502)));
        assertTrue(forwards(f, GI1, GI2, udp("10.20.0.40", "10.1.1.11", 53)));
        assertTrue(forwards(f, GI1, GI2, tcp("10.20.0.40", "10.1.1.11", 53)));
        assertFalse(forwards(f, GI1, GI2, udp("10.20.0.40", "10.1.1.11", 54)));
        assertTrue(forwards(f, GI1, GI2, tcp("2001:db8::9", "2001:db8:1::13", 20010)));
        assertFalse(forwards(f, GI1, GI2, tcp("2001:db8::9", "2001:db8:1::14", 20010)));
        assertFalse(forwards(f, GI1, GI2, tcp("10.0.0.9", "10.1.1.11", 20010)), "the destination is IPv6 only");
        assertFalse(forwards(f, GI1, "GigabitEthernet0/9", tcp("10.20.0.40", "10.1.1.12", 502)),
                "an interface the file does not name passes nothing");
    }

    @Test
    void readsCommonRunningConfigForms() {
        PacketFilter f = read("""
                : Saved
                :
                : Serial Number: JAD000000AB
                ASA Version 9.12(4)
                !
                hostname fw1
                enable password ***** pbkdf2
                names
                !
                interface GigabitEthernet0/1
                 description to the control room
                 nameif inside
                 ip address 10.20.0.1 255.255.255.0
                !
                interface GigabitEthernet0/2
                 nameif field
                 security-level 80
                 ip address 10.1.1.1 255.255.255.0
                 ipv6 address 2001:db8:1::1/64
                !
                interface Management0/0
                 management-only
                 nameif management
                 security-level 100
                !
                object network plc-net
                 subnet 10.1.1.0 255.255.255.0
                 nat (field,inside) static plc-net
                object-group network hmis
                 description HMIs
                 network-object 10.20.0.20 255.255.255.252
                 network-object 2001:db8:20::/64
                object-group network all-ot
                 group-object hmis
                 network-object object plc-net
                object-group service web tcp
                 port-object eq www
                 port-object eq https
                object-group protocol routing
                 protocol-object ospf
                 protocol-object 47
                object-group icmp-type pings
                 icmp-object echo
                 icmp-object echo-reply
                access-list IN extended permit tcp object-group hmis host 10.1.1.5 object-group web
                access-list IN extended permit tcp object-group hmis 10.1.1.0 255.255.255.0 gt 1023 log 6 interval 300
                access-list IN extended permit udp any4 host 10.1.1.6 neq 69
                access-list IN extended permit icmp any 10.1.1.0 255.255.255.0 object-group pings
                access-list IN extended permit icmp6 any6 2001:db8:1::/64 echo
                access-list IN extended permit object-group routing any object-group all-ot
                access-list IN line 1 extended deny tcp host 10.20.0.21 any
                access-list IN extended permit tcp any any eq 8080 inactive
                access-list IN remark the rest is denied
                access-group IN in interface inside
                !
                policy-map global_policy
                 class inspection_default
                  inspect dns preset_dns_map
                  inspect icmp
                !
                service-policy global_policy global
                : end
                """);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(forwards(f, GI1, GI2, tcp("10.20.0.22", "10.1.1.5", 443)));
        assertFalse(forwards(f, GI1, GI2, tcp("10.20.0.24", "10.1.1.5", 443)), "outside the /30");
        assertFalse(forwards(f, GI1, GI2, tcp("10.20.0.21", "10.1.1.5", 443)), "denied by the entry inserted first");
        assertTrue(forwards(f, GI1, GI2, tcp("10.20.0.22", "10.1.1.9", 1024)));
        assertFalse(forwards(f, GI1, GI2, tcp("10.20.0.22", "10.1.1.9", 1023)));
        assertTrue(forwards(f, GI1, GI2, udp("10.99.0.1", "10.1.1.6", 70)));
        assertFalse(forwards(f, GI1, GI2, udp("10.99.0.1", "10.1.1.6", 69)));
        assertTrue(forwards(f, GI1, GI2, icmp("10.99.0.1", "10.1.1.6", 0, 0)));
        assertFalse(forwards(f, GI1, GI2, icmp("10.99.0.1", "10.1.1.6", 3, 0)));
        assertTrue(forwards(f, GI1, GI2, icmp("2001:db8:20::5", "2001:db8:1::9", 128, 0)));
        assertTrue(forwards(f, GI1, GI2, proto(47, "10.99.0.1", "10.1.1.7")));
        assertTrue(forwards(f, GI1, GI2, proto(89, "2001:db8::1", "2001:db8:20::7")));
        assertFalse(forwards(f, GI1, GI2, tcp("10.99.0.1", "10.1.1.7", 8080)), "an inactive entry matches nothing");
        // field (80) has no access-group: it may open connections to lower levels only; inside defaults to 100
        assertFalse(forwards(f, GI2, GI1, tcp("10.1.1.5", "10.20.0.22", 443)));
        assertFalse(forwards(f, GI1, "Management0/0", tcp("10.20.0.22", "10.0.0.1", 22)), "management-only");
    }

    @Test
    void windowsLineEndingsAreRead() {
        PacketFilter f = read((interfaces(60, 80) + """
                access-list A extended permit tcp any host 10.1.1.11 eq 502
                access-group A in interface control
                """).replace("\n", "\r\n"));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        assertTrue(forwards(f, GI1, GI2, tcp("10.0.0.1", "10.1.1.11", 502)));
    }

    @Test
    void interfacesWithoutAccessGroupFollowSecurityLevels() {
        String config = """
                interface GigabitEthernet0/1
                 nameif high
                 security-level 90
                interface GigabitEthernet0/2
                 nameif low
                 security-level 10
                interface GigabitEthernet0/3
                 nameif peer
                 security-level 90
                """;
        PacketFilter f = read(config);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(forwards(f, GI1, GI2, tcp("10.0.0.1", "10.0.1.1", 22)));
        assertFalse(forwards(f, GI2, GI1, tcp("10.0.1.1", "10.0.0.1", 22)));
        assertFalse(forwards(f, GI1, GI3, tcp("10.0.0.1", "10.0.3.1", 22)), "same level, no same-security-traffic");
        PacketFilter g = read(config + "same-security-traffic permit inter-interface\n");
        assertTrue(forwards(g, GI1, GI3, tcp("10.0.0.1", "10.0.3.1", 22)));
        assertTrue(forwards(g, GI3, GI1, tcp("10.0.3.1", "10.0.0.1", 22)));
        assertFalse(forwards(g, GI2, GI3, tcp("10.0.1.1", "10.0.3.1", 22)));
    }

    @Test
    void managementLinesDecideWhatTheAsaAcceptsAtTheArrivalInterface() {
        PacketFilter f = read(interfaces(50, 40) + """
                ssh version 2
                ssh timeout 30
                ssh 10.30.0.20 255.255.255.255 control
                ssh 10.30.0.0 255.255.255.0 control
                no ssh 10.30.0.0 255.255.255.0 control
                http server enable 8443
                http 10.30.0.20 255.255.255.255 control
                icmp unreachable rate-limit 1 burst-size 1
                icmp deny host 10.30.0.9 echo control
                icmp permit 10.30.0.0 255.255.255.0 8 control
                """);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(f.host().arrivalAddressOnly(), "the ASA answers only at the arrival interface's address");
        PacketFilter host = new PacketFilter("fw1", true, f.host().stages());
        assertTrue(forwards(host, GI1, GI1, tcp("10.30.0.20", "10.20.0.1", 22)));
        assertFalse(forwards(host, GI1, GI1, tcp("10.30.0.21", "10.20.0.1", 22)), "removed by its `no` line");
        assertFalse(forwards(host, GI2, GI2, tcp("10.30.0.20", "10.1.1.1", 22)), "a line for another interface");
        assertTrue(forwards(host, GI1, GI1, tcp("10.30.0.20", "10.20.0.1", 8443)), "the HTTPS server's port");
        assertFalse(forwards(host, GI1, GI1, tcp("10.30.0.20", "10.20.0.1", 443)));
        assertFalse(forwards(host, GI1, GI1, icmp("10.30.0.9", "10.20.0.1", 8, 0)), "first match: the deny");
        assertTrue(forwards(host, GI1, GI1, icmp("10.30.0.5", "10.20.0.1", 8, 0)));
        assertFalse(forwards(host, GI1, GI1, icmp("10.30.0.5", "10.20.0.1", 13, 0)), "then the implicit deny");
        assertTrue(forwards(host, GI2, GI2, icmp("10.30.0.5", "10.1.1.1", 13, 0)), "no icmp line: every message");
        assertTrue(forwards(host, GI1, GI1, udp("10.30.0.5", "10.20.0.1", 161)), "SNMP is not decided here");
    }

    @Test
    void aManagementLineForAnUnknownInterfaceIsRefused() {
        read(interfaces(50, 40) + "ssh 10.30.0.20 255.255.255.255 outside\n");
        assertEquals(List.of(1 + interfaces(50, 40).split("\n").length), lines(diagnostics, Code.ZC0803));
    }

    @Test
    void sameLevelNeedsSameSecurityTrafficEvenWithAnAcl() {
        PacketFilter f = read(interfaces(60, 60) + """
                access-list A extended permit tcp any any
                access-group A in interface control
                """);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertFalse(forwards(f, GI1, GI2, tcp("10.0.0.1", "10.0.1.1", 22)));
    }

    @Test
    void outboundAndGlobalAclsApplyToo() {
        PacketFilter f = read(interfaces(60, 80) + """
                access-list G extended permit tcp any any eq 22
                access-list O extended deny tcp any host 10.1.1.9
                access-list O extended permit ip any any
                access-group G global
                access-group O out interface field
                policy-map global_policy
                 class inspection_default
                  inspect icmp
                """);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertTrue(forwards(f, GI1, GI2, tcp("10.0.0.1", "10.1.1.8", 22)));
        assertFalse(forwards(f, GI1, GI2, tcp("10.0.0.1", "10.1.1.9", 22)), "the outbound ACL");
        assertFalse(forwards(f, GI1, GI2, tcp("10.0.0.1", "10.1.1.8", 23)), "the global ACL ends in a deny");
        assertTrue(forwards(f, GI2, GI1, tcp("10.1.1.8", "10.0.0.1", 22)), "the global ACL overrides levels");
    }

    @Test
    void icmpEchoWithoutInspectionCannotBeProven() {
        read(interfaces(60, 80) + """
                access-list A extended permit icmp any any echo
                access-group A in interface control
                """);
        assertEquals(List.of(9), lines(diagnostics, Code.ZC0803));
    }

    @Test
    void unknownLinesAreWarningsUnlessTheyDecideForwarding() {
        read(interfaces(60, 80) + """
                logging enable
                crypto ikev2 policy 1
                 encryption aes-256
                webvpn
                 enable outside
                access-list A extended permit tcp any any eq 22 time-range office-hours
                access-list A extended permit tcp any interface field eq 22
                access-list A extended permit tcp any 10.0.0.0 255.0.255.0
                access-list A extended permit tcp any any eq nonsense
                access-list A ethertype permit bpdu
                access-list B webtype permit url http://x/*
                object network broken
                 fqdn plc.example.com
                access-list A extended permit ip any object broken
                access-group A in interface control
                access-group A in interface nowhere
                access-group MISSING in interface field
                """);
        assertEquals(List.of(12, 13, 18, 19, 21), lines(diagnostics, Code.ZC0802));
        assertEquals(List.of(14, 15, 16, 17, 18, 22, 24, 25), lines(diagnostics, Code.ZC0803));
    }
}
