package dev.zonec.ifname;

import dev.zonec.model.site.Platform;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * When two interface names written in the inventory name the same interface on a device: {@link #key} maps a name to
 * the platform's identity of it, and two names with one key are one interface (Cisco IOS takes `Vlan5`, `vlan5`,
 * `Vl5` and `VLAN05` as the same SVI). A single fact per platform, looked up by {@link #of(Platform)}.
 */
public interface InterfaceIdentity {

    /** The identity of {@code name}: equal keys, one interface. */
    String key(String name);

    /** How the platform reads interface names, for a diagnostic's help ("without regard to case"). */
    String rule();

    /** Names are compared exactly (Linux, where `eth0` and `ETH0` are two links). */
    InterfaceIdentity EXACT = simple(name -> name, "exactly as written");

    /** Names that differ only in case are one interface. */
    InterfaceIdentity IGNORE_CASE = simple(name -> name.toLowerCase(Locale.ROOT), "without regard to case");

    /**
     * FortiOS: Fortinet's references state no case rule for interface names (physical ports have fixed lower-case
     * names; VLAN and aggregate names are the user's). Refusing names that differ only in case is safe whichever
     * rule the device applies.
     */
    InterfaceIdentity FORTIOS = simple(name -> name.toLowerCase(Locale.ROOT),
            "perhaps without regard to case (Fortinet documents no rule; zonec takes names that differ only in case as "
                    + "one)");

    private static InterfaceIdentity simple(UnaryOperator<String> key, String rule) {
        return new InterfaceIdentity() {
            @Override
            public String key(String name) {
                return key.apply(name);
            }

            @Override
            public String rule() {
                return rule;
            }
        };
    }

    /** The identity rule of a platform's interface names. */
    static InterfaceIdentity of(Platform platform) {
        return switch (platform) {
            case CISCO_IOS -> CiscoInterfaceNames.IOS;
            case CISCO_NXOS -> CiscoInterfaceNames.NXOS;
            case CISCO_ASA -> CiscoInterfaceNames.ASA;
            case ARISTA_EOS -> CiscoInterfaceNames.EOS;
            case FORTINET_FORTIOS -> FORTIOS;
            // PAN-OS and Junos names are lower case by their own syntax (checked by the renderers); Linux compares
            // names exactly
            case PALOALTO_PANOS, JUNIPER_SRX, JUNIPER_JUNOS, NFTABLES, IPTABLES -> EXACT;
        };
    }
}
