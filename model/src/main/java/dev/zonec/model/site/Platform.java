package dev.zonec.model.site;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The enforcement platforms zonec knows, by the id written in {@code inventory.yaml}. */
public enum Platform {
    CISCO_IOS("cisco-ios", Capabilities.statelessIngressAcl()),
    NFTABLES("nftables", Capabilities.statefulZonePair()),
    PALOALTO_PANOS("paloalto-panos", Capabilities.statefulZonePair()),
    FORTINET_FORTIOS("fortinet-fortios", Capabilities.statefulZonePair()),
    CISCO_ASA("cisco-asa", Capabilities.statefulIngressAcl()),
    JUNIPER_SRX("juniper-srx", Capabilities.statefulZonePair()),
    CISCO_NXOS("cisco-nxos", Capabilities.statelessIngressAcl()),
    ARISTA_EOS("arista-eos", Capabilities.statelessIngressAcl()),
    JUNIPER_JUNOS("juniper-junos", Capabilities.statelessIngressAcl()),
    IPTABLES("iptables", Capabilities.statefulZonePair());

    private final String id;
    private final Capabilities capabilities;

    Platform(String id, Capabilities capabilities) {
        this.id = id;
        this.capabilities = capabilities;
    }

    public String id() {
        return id;
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    public static Optional<Platform> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Platform::id).toList();
    }
}
