package dev.zonec.ifname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zonec.model.site.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which inventory spellings are one interface on each platform, and which are two. */
class InterfaceIdentityTest {

    private static void same(Platform platform, String... names) {
        InterfaceIdentity identity = InterfaceIdentity.of(platform);
        for (String name : names) {
            assertEquals(identity.key(names[0]), identity.key(name), platform.id() + ": " + names[0] + " and " + name);
        }
    }

    private static void distinct(Platform platform, String... names) {
        InterfaceIdentity identity = InterfaceIdentity.of(platform);
        List<String> keys = java.util.Arrays.stream(names).map(identity::key).toList();
        assertEquals(names.length, keys.stream().distinct().count(), platform.id() + ": " + keys);
    }

    @Test
    void iosTakesCaseAbbreviationsAndNumberValuesAsOne() {
        same(Platform.CISCO_IOS, "Vlan5", "vlan5", "VLAN5", "Vl5", "vl05", "Vla5");
        same(Platform.CISCO_IOS, "GigabitEthernet0/1", "Gi0/1", "gi0/1", "g0/1", "GIGABITETHERNET0/01", "Gig0/1");
        same(Platform.CISCO_IOS, "TenGigabitEthernet1/0/1", "Te1/0/1", "te1/0/1");
        same(Platform.CISCO_IOS, "Port-channel1", "Po1", "port-channel1", "po01");
        same(Platform.CISCO_IOS, "GigabitEthernet0/1.100", "Gi0/1.100", "gi0/1.0100");
        same(Platform.CISCO_IOS, "TwoGigabitEthernet1/0/1", "Tw1/0/1");
        same(Platform.CISCO_IOS, "TwentyFiveGigE1/0/1", "Twe1/0/1");
        same(Platform.CISCO_IOS, "FastEthernet0/1", "Fa0/1", "f0/1");
    }

    @Test
    void iosKeepsDifferentInterfacesApart() {
        distinct(Platform.CISCO_IOS, "Gi0/1", "Gi0/10", "Gi1/0", "Gi0/1.100", "Gi0/1.10", "Vlan5", "Vlan50",
                "Te0/1", "Tw0/1", "Twe0/1", "Fa0/1", "Fo0/1", "Fi0/1", "Loopback0", "Tunnel0", "T0", "Ethernet0/1");
    }

    @Test
    void nxosAndAsaAndEosTheSame() {
        same(Platform.CISCO_NXOS, "Ethernet1/1", "ethernet1/1", "eth1/1", "e1/1", "Eth1/01");
        same(Platform.CISCO_NXOS, "Vlan5", "VLAN5", "vlan5");
        same(Platform.CISCO_NXOS, "port-channel10", "Port-Channel10", "po10");
        distinct(Platform.CISCO_NXOS, "Ethernet1/1", "Ethernet1/1.5", "Ethernet1/10", "port-channel1", "Vlan1");
        same(Platform.CISCO_ASA, "GigabitEthernet0/0", "gigabitethernet0/0", "gi0/0", "g0/0", "GigabitEthernet0/00");
        same(Platform.CISCO_ASA, "Management0/0", "management0/0", "m0/0", "mgmt0/0".replace("gmt", "anagement"));
        distinct(Platform.CISCO_ASA, "GigabitEthernet0/0", "GigabitEthernet0/0.5", "TenGigabitEthernet0/0",
                "Ethernet0/0", "Management0/0", "Redundant1", "Port-channel1", "Vlan1", "BVI1");
        same(Platform.ARISTA_EOS, "Ethernet1", "ethernet1", "Et1", "et01");
        distinct(Platform.ARISTA_EOS, "Ethernet1", "Ethernet1/1", "Ethernet11", "Port-Channel1", "Vlan1");
    }

    @Test
    void fortiosIgnoresCaseAndLinuxComparesExactly() {
        same(Platform.FORTINET_FORTIOS, "port1", "PORT1", "Port1");
        assertNotEquals(InterfaceIdentity.of(Platform.FORTINET_FORTIOS).key("port1"),
                InterfaceIdentity.of(Platform.FORTINET_FORTIOS).key("port01"));
        distinct(Platform.NFTABLES, "eth0", "ETH0", "Eth0");
        distinct(Platform.IPTABLES, "eth0", "ETH0");
    }

    @Test
    void everyPlatformHasARule() {
        for (Platform p : Platform.values()) {
            assertNotEquals("", InterfaceIdentity.of(p).rule(), p.id());
        }
    }
}
