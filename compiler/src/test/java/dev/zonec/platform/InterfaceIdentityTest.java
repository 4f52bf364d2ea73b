package dev.zonec.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zonec.model.site.Platform;
import dev.zonec.platform.cisco.AristaEos;
import dev.zonec.platform.cisco.CiscoAsa;
import dev.zonec.platform.cisco.CiscoIos;
import dev.zonec.platform.cisco.CiscoNxos;
import dev.zonec.platform.fortinet.FortinetFortios;
import dev.zonec.platform.linux.Iptables;
import dev.zonec.platform.linux.Nftables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which inventory spellings are one interface on each platform, and which are two. */
class InterfaceIdentityTest {

    private static InterfaceIdentity identity(Platform platform) {
        return Targets.standard().of(platform).interfaces().identity();
    }

    private static void same(Platform platform, String... names) {
        InterfaceIdentity identity = identity(platform);
        for (String name : names) {
            assertEquals(identity.key(names[0]), identity.key(name), platform.id() + ": " + names[0] + " and " + name);
        }
    }

    private static void distinct(Platform platform, String... names) {
        InterfaceIdentity identity = identity(platform);
        List<String> keys = java.util.Arrays.stream(names).map(identity::key).toList();
        assertEquals(names.length, keys.stream().distinct().count(), platform.id() + ": " + keys);
    }

    @Test
    void iosTakesCaseAbbreviationsAndNumberValuesAsOne() {
        same(CiscoIos.PLATFORM, "Vlan5", "vlan5", "VLAN5", "Vl5", "vl05", "Vla5");
        same(CiscoIos.PLATFORM, "GigabitEthernet0/1", "Gi0/1", "gi0/1", "g0/1", "GIGABITETHERNET0/01", "Gig0/1");
        same(CiscoIos.PLATFORM, "TenGigabitEthernet1/0/1", "Te1/0/1", "te1/0/1");
        same(CiscoIos.PLATFORM, "Port-channel1", "Po1", "port-channel1", "po01");
        same(CiscoIos.PLATFORM, "GigabitEthernet0/1.100", "Gi0/1.100", "gi0/1.0100");
        same(CiscoIos.PLATFORM, "TwoGigabitEthernet1/0/1", "Tw1/0/1");
        same(CiscoIos.PLATFORM, "TwentyFiveGigE1/0/1", "Twe1/0/1");
        same(CiscoIos.PLATFORM, "FastEthernet0/1", "Fa0/1", "f0/1");
    }

    @Test
    void iosKeepsDifferentInterfacesApart() {
        distinct(CiscoIos.PLATFORM, "Gi0/1", "Gi0/10", "Gi1/0", "Gi0/1.100", "Gi0/1.10", "Vlan5", "Vlan50",
                "Te0/1", "Tw0/1", "Twe0/1", "Fa0/1", "Fo0/1", "Fi0/1", "Loopback0", "Tunnel0", "T0", "Ethernet0/1");
    }

    @Test
    void nxosAndAsaAndEosTheSame() {
        same(CiscoNxos.PLATFORM, "Ethernet1/1", "ethernet1/1", "eth1/1", "e1/1", "Eth1/01");
        same(CiscoNxos.PLATFORM, "Vlan5", "VLAN5", "vlan5");
        same(CiscoNxos.PLATFORM, "port-channel10", "Port-Channel10", "po10");
        distinct(CiscoNxos.PLATFORM, "Ethernet1/1", "Ethernet1/1.5", "Ethernet1/10", "port-channel1", "Vlan1");
        same(CiscoAsa.PLATFORM, "GigabitEthernet0/0", "gigabitethernet0/0", "gi0/0", "g0/0", "GigabitEthernet0/00");
        same(CiscoAsa.PLATFORM, "Management0/0", "management0/0", "m0/0", "mgmt0/0".replace("gmt", "anagement"));
        distinct(CiscoAsa.PLATFORM, "GigabitEthernet0/0", "GigabitEthernet0/0.5", "TenGigabitEthernet0/0",
                "Ethernet0/0", "Management0/0", "Redundant1", "Port-channel1", "Vlan1", "BVI1");
        same(AristaEos.PLATFORM, "Ethernet1", "ethernet1", "Et1", "et01");
        distinct(AristaEos.PLATFORM, "Ethernet1", "Ethernet1/1", "Ethernet11", "Port-Channel1", "Vlan1");
    }

    @Test
    void fortiosIgnoresCaseAndLinuxComparesExactly() {
        same(FortinetFortios.PLATFORM, "port1", "PORT1", "Port1");
        assertNotEquals(identity(FortinetFortios.PLATFORM).key("port1"),
                identity(FortinetFortios.PLATFORM).key("port01"));
        distinct(Nftables.PLATFORM, "eth0", "ETH0", "Eth0");
        distinct(Iptables.PLATFORM, "eth0", "ETH0");
    }

    @Test
    void everyPlatformHasARule() {
        for (Platform p : Targets.standard().all().stream().map(Target::platform).toList()) {
            assertNotEquals("", identity(p).rule(), p.id());
        }
    }
}
