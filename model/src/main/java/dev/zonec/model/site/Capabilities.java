package dev.zonec.model.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a platform can express, declared by its target and read by the stages: the lowering (stateful: reply rules),
 * the capability check before rendering (ipv6, logging, inspection: ZC0505, ZC0502), the proofs and checks (scope),
 * the name checks (names) and the renderers (remarkLength). Anything a policy asks for beyond them is a coded
 * diagnostic, never a weaker rule. docs/platforms.md's table is checked against every target's row.
 *
 * @param stateful     the platform tracks connections, so replies need no rules of their own
 * @param scope        whether a rule can name the egress zone ({@link FilterScope#ZONE_PAIR}) or only the ingress
 *                     interface ({@link FilterScope#INGRESS}; routing picks the egress)
 * @param ipv6         the platform filters IPv6 with the same rule language
 * @param logging      a permit can be logged
 * @param remarkLength the longest remark, comment or description the platform keeps on a rule; 0 when it has none
 * @param names        what an identifier the renderer derives (object, rule, filter names) may look like
 * @param inspection   OT function classes the platform enforces by protocol inspection, each with the vendor's
 *                     application or signature names (declared by the platform's target)
 * @param ownTraffic   where the device's own traffic (rules to the device, its control plane) is filtered in what
 *                     zonec writes, if anywhere
 */
public record Capabilities(boolean stateful, FilterScope scope, boolean ipv6, boolean logging, int remarkLength,
                           NameRule names, Map<String, List<String>> inspection, OwnTraffic ownTraffic) {

    public Capabilities {
        inspection = Map.copyOf(inspection);
    }

    /**
     * As above, with the own-traffic side a stateless inbound-ACL platform has by its nature ({@link
     * OwnTraffic#INBOUND_ACL}: the ACL filters what is addressed to the device too), none for the others.
     */
    public Capabilities(boolean stateful, FilterScope scope, boolean ipv6, boolean logging, int remarkLength,
                        NameRule names, Map<String, List<String>> inspection) {
        this(stateful, scope, ipv6, logging, remarkLength, names, inspection,
                !stateful && scope == FilterScope.INGRESS ? OwnTraffic.INBOUND_ACL : OwnTraffic.NONE);
    }

    /** Where the device's own traffic is filtered in the files zonec writes. */
    public enum OwnTraffic {
        /** Not in zonec's files: the platform keeps it in settings of its own. */
        NONE,
        /** In the inbound ACLs (filters) of the zones, with what the device forwards. */
        INBOUND_ACL,
        /** In an input chain of zonec's own, apart from the forward chain, by ingress interface. */
        INPUT_CHAIN,
        /**
         * In the security rule base, from the zone a packet arrives from to the zone of the interface that owns the
         * address it is sent to (PAN-OS): every device-bound rule, from whichever zone.
         */
        SECURITY_RULES,
        /**
         * In policies to the device's own zone (SRX: the zone pair, then from the zone of the address to
         * {@code junos-host}), for the services the device-bound rules name. That lookup is from the zone of the
         * address whichever zone the packet came from, so only rules that reach the device in that zone are written:
         * a permit for one from another zone would accept the same packets arriving in that zone too.
         */
        HOST_ZONE,
        /**
         * In management-access lines per service and interface (ASA: {@code ssh}, {@code http}, {@code icmp}), by
         * source address only, accepted at the address of the interface a packet arrives on and nowhere else: only
         * rules that reach the device in the zone of the address are written, and only the services such a line
         * names (SSH, the HTTPS server, ICMPv4 by type).
         */
        MANAGEMENT_LINES,
        /**
         * In local-in policies by ingress interface, for the services the device-bound rules name (FortiOS: permits for
         * the rules' sources, then a deny of those services to the device's addresses); a packet to the address of
         * another interface than the one it arrives on must also pass the forwarding policies to that interface.
         */
        LOCAL_IN
    }

    public enum FilterScope {
        ZONE_PAIR,
        INGRESS
    }

    /** Function classes the platform inspects. */
    public Set<String> functionClasses() {
        return inspection.keySet();
    }

    /**
     * The identifiers a platform accepts: a pattern, a maximum length and words it reserves.
     *
     * @param pattern  the characters allowed (checked on the whole name)
     * @param length   the longest name
     * @param reserved names the platform gives a meaning of its own (compared case-insensitively)
     */
    public record NameRule(Pattern pattern, int length, Set<String> reserved) {
        public NameRule {
            reserved = Set.copyOf(reserved);
        }

        /** A rule from its pattern text, its longest name and the words it reserves. */
        public static NameRule of(String pattern, int length, String... reserved) {
            return new NameRule(Pattern.compile(pattern), length, Set.of(reserved));
        }

        /** Why {@code name} is not acceptable, or empty when it is. */
        public java.util.Optional<String> problem(String name) {
            if (name.length() > length) {
                return java.util.Optional.of("is " + name.length() + " characters long; the limit is " + length);
            }
            if (!pattern.matcher(name).matches()) {
                return java.util.Optional.of("has characters outside " + pattern.pattern());
            }
            if (reserved.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return java.util.Optional.of("is a reserved word");
            }
            return java.util.Optional.empty();
        }
    }
}
