package dev.zonec.platform;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * When two interface names written in the inventory name the same interface on a device: {@link #key} maps a name to
 * the platform's identity of it, and two names with one key are one interface (Cisco IOS takes `Vlan5`, `vlan5`,
 * `Vl5` and `VLAN05` as the same SVI). A single fact per platform, part of its target's {@link InterfaceNaming}.
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

    /** An identity that maps a name to its key with {@code key}, explained by {@code rule}. */
    static InterfaceIdentity simple(UnaryOperator<String> key, String rule) {
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
}
