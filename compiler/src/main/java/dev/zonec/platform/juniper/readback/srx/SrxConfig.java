package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosCandidate;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An SRX configuration as the read-back sees it, filled leaf by leaf from the candidate configuration: zones and
 * their interfaces, address books, applications, policies in creation order per context, the default policy and
 * the IPv6 forwarding mode.
 */
final class SrxConfig {
    /**
     * Hierarchies where a statement the read-back does not understand could change what the SRX forwards. Of NAT,
     * static and destination NAT translate a packet before the policy lookup (Junos flow order: static NAT,
     * destination NAT, route, zones, policy, reverse static NAT, source NAT) and matter; source NAT and proxy ARP/NDP
     * act after the policy has decided, or not on the policy at all, and are not read.
     */
    private static final List<List<String>> AFTER_THE_POLICY = List.of(List.of("security", "nat", "source"),
            List.of("security", "nat", "proxy-arp"), List.of("security", "nat", "proxy-ndp"));
    private static final List<List<String>> SENSITIVE = List.of(List.of("security", "policies"),
            List.of("security", "zones", "security-zone"), List.of("security", "address-book"), List.of("applications"),
            List.of("security", "nat"), List.of("security", "forwarding-options"),
            // the grammar reads every interface statement but a filter: SRX firewall filters are not read back
            List.of("interfaces"));

    final Map<String, Set<String>> zoneInterfaces = new LinkedHashMap<>();
    final Map<String, String> interfaceZone = new LinkedHashMap<>();
    final SrxAddresses addresses;
    final SrxApplications applications;
    /** Policies by context and name, in the order Junos evaluates them (creation order). */
    final Map<SrxLeaf.PolicyKey, SrxPolicy> policies = new LinkedHashMap<>();
    FilterRule.Action defaultAction = FilterRule.Action.DENY;
    Optional<LineParsing.Line> defaultLine = Optional.empty();
    Optional<String> inet6Mode = Optional.empty();
    Optional<LineParsing.Line> inet6Line = Optional.empty();
    private final Unprovable unprovable;

    SrxConfig(Unprovable unprovable) {
        this.unprovable = unprovable;
        this.addresses = new SrxAddresses(unprovable);
        this.applications = new SrxApplications(unprovable);
    }

    void read(JunosCandidate.Leaf<SrxLeaf> leaf) {
        LineParsing.Line line = leaf.line();
        if (leaf.path().contains("apply-groups")) {
            unprovable.at(line, "configuration groups (`apply-groups`) are not read back");
            return;
        }
        if (leaf.meaning() instanceof SrxLeaf.Unknown) {
            if (leaf.path().isEmpty() || SENSITIVE.stream().anyMatch(p -> JunosCandidate.startsWith(leaf.path(), p))
                    && AFTER_THE_POLICY.stream().noneMatch(p -> JunosCandidate.startsWith(leaf.path(), p))) {
                unprovable.at(line, "a statement that could change what the SRX forwards was not understood");
            }
            return;
        }
        ((SrxLeaf.Known) leaf.meaning()).effect().on(this, line);
    }

    /**
     * The zones the operator put the device's interfaces in by hand, for each interface the configuration itself puts
     * in no zone (a zone the configuration names keeps its own interfaces).
     */
    void setUp(Map<String, String> zones) {
        zones.forEach((ifl, zone) -> {
            if (!interfaceZone.containsKey(ifl)) {
                interfaceZone.put(ifl, zone);
                zoneInterfaces.computeIfAbsent(zone, k -> new LinkedHashSet<>()).add(ifl);
            }
        });
    }

    void zone(String zone, Optional<String> ifl, LineParsing.Line line) {
        zoneInterfaces.computeIfAbsent(zone, k -> new LinkedHashSet<>());
        if (ifl.isPresent()) {
            String other = interfaceZone.putIfAbsent(ifl.get(), zone);
            if (other != null && !other.equals(zone)) {
                unprovable.at(line, "interface " + ifl.get() + " is in zones `" + other + "` and `" + zone
                        + "`, so the commit fails");
            }
            zoneInterfaces.get(zone).add(ifl.get());
        }
    }

    void defaultPolicy(FilterRule.Action action, LineParsing.Line line) {
        defaultAction = action;
        defaultLine = Optional.of(line);
    }

    void inet6Mode(String mode, LineParsing.Line line) {
        inet6Mode = Optional.of(mode);
        inet6Line = Optional.of(line);
    }

    void policy(SrxLeaf.PolicyKey key, SrxLeaf.PolicyPart part, String text, LineParsing.Line line) {
        SrxPolicy policy = policies.computeIfAbsent(key, k -> new SrxPolicy(k.name(), k.from(), k.to(), line));
        SrxPolicy.Value value = new SrxPolicy.Value(text, line);
        switch (part) {
            case SOURCE -> policy.sources.add(value);
            case DESTINATION -> policy.destinations.add(value);
            case APPLICATION -> policy.applications.add(value);
            case FROM_ZONE -> policy.fromZones.add(value);
            case TO_ZONE -> policy.toZones.add(value);
            case DYNAMIC_APPLICATION -> policy.dynamicApplications.add(value);
            case SOURCE_EXCLUDED -> policy.sourceExcluded = true;
            case DESTINATION_EXCLUDED -> policy.destinationExcluded = true;
            case PERMIT, DENY -> {
                policy.action = Optional.of(part == SrxLeaf.PolicyPart.PERMIT ? FilterRule.Action.PERMIT
                        : FilterRule.Action.DENY);
                policy.actionLine = Optional.of(line);
            }
            case SCHEDULER -> policy.scheduler = Optional.of(line);
            case OTHER -> { }
        }
    }
}
