package dev.zonec.gen;

import dev.zonec.model.site.Platform;

/** Interface names as each platform spells them, for the n-th interface of a generated device. */
final class Interfaces {

    private Interfaces() {}

    static String name(Platform platform, int n) {
        return switch (platform) {
            case CISCO_IOS, CISCO_NXOS, ARISTA_EOS -> "Vlan" + (100 + n);
            case PALOALTO_PANOS -> "ethernet1/" + (n + 1);
            case FORTINET_FORTIOS -> "port" + (n + 1);
            case CISCO_ASA -> "GigabitEthernet0/" + n;
            case JUNIPER_SRX, JUNIPER_JUNOS -> "ge-0/0/" + n + ".0";
            case NFTABLES, IPTABLES -> "eth" + n;
        };
    }
}
