package dev.zonec.model.site;

import java.util.Set;

/**
 * What a platform can express, as facts the lowering and the capability check rely on.
 *
 * @param stateful      the platform tracks connections, so replies need no rules of their own
 * @param scope         whether a rule can name the egress zone ({@link FilterScope#ZONE_PAIR}) or only the
 *                      ingress interface ({@link FilterScope#INGRESS}, routing picks the egress)
 * @param functionClasses OT function classes (e.g. {@code modbus.read}) the platform enforces by inspection
 */
public record Capabilities(boolean stateful, FilterScope scope, Set<String> functionClasses) {
    public Capabilities {
        functionClasses = Set.copyOf(functionClasses);
    }

    public enum FilterScope {
        ZONE_PAIR,
        INGRESS
    }

    static Capabilities statefulZonePair() {
        return new Capabilities(true, FilterScope.ZONE_PAIR, Set.of());
    }

    static Capabilities statefulIngressAcl() {
        return new Capabilities(true, FilterScope.INGRESS, Set.of());
    }

    static Capabilities statelessIngressAcl() {
        return new Capabilities(false, FilterScope.INGRESS, Set.of());
    }
}
