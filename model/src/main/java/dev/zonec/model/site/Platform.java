package dev.zonec.model.site;

import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The enforcement platforms zonec knows, by the id written in {@code inventory.yaml}, with the capability table:
 * one row per platform, the single source the lowering, the checks and the renderers read.
 */
public enum Platform {
    CISCO_IOS("cisco-ios", false, FilterScope.INGRESS, 100, rule("[A-Za-z][A-Za-z0-9_-]*", 64)),
    NFTABLES("nftables", true, FilterScope.ZONE_PAIR, 128, rule("[A-Za-z][A-Za-z0-9_]*", 63)),
    PALOALTO_PANOS("paloalto-panos", true, FilterScope.ZONE_PAIR, 1023,
            rule("[A-Za-z0-9][A-Za-z0-9._-]*", 63, "any", "application-default", "default")),
    FORTINET_FORTIOS("fortinet-fortios", true, FilterScope.ZONE_PAIR, 1023,
            rule("[A-Za-z0-9][A-Za-z0-9._-]*", 35, "all", "none", "any")),
    CISCO_ASA("cisco-asa", true, FilterScope.INGRESS, 100,
            rule("[A-Za-z][A-Za-z0-9_.-]*", 64, "any", "any4", "any6", "host", "interface", "object", "object-group")),
    JUNIPER_SRX("juniper-srx", true, FilterScope.ZONE_PAIR, 900,
            rule("[A-Za-z][A-Za-z0-9_-]*", 63, "any", "any-ipv4", "any-ipv6", "junos-host")),
    CISCO_NXOS("cisco-nxos", false, FilterScope.INGRESS, 100, rule("[A-Za-z][A-Za-z0-9_-]*", 64)),
    ARISTA_EOS("arista-eos", false, FilterScope.INGRESS, 100, rule("[A-Za-z][A-Za-z0-9_-]*", 100)),
    JUNIPER_JUNOS("juniper-junos", false, FilterScope.INGRESS, 0, rule("[A-Za-z][A-Za-z0-9_-]*", 64)),
    IPTABLES("iptables", true, FilterScope.ZONE_PAIR, 255, rule("[A-Za-z][A-Za-z0-9_-]*", 28));

    private final String id;
    private final Capabilities capabilities;

    Platform(String id, boolean stateful, FilterScope scope, int remarkLength, NameRule names) {
        this.id = id;
        this.capabilities = new Capabilities(stateful, scope, true, true, true, remarkLength, names,
                Inspection.of(id));
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

    private static NameRule rule(String pattern, int length, String... reserved) {
        return new NameRule(Pattern.compile(pattern), length, Set.of(reserved));
    }
}
