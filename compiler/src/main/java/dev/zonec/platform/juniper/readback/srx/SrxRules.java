package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosPrefixes;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an SRX configuration into one zone-based stage, in the order the SRX looks policies up: the policies of the
 * packet's zone pair (from-zone, to-zone) in order, then the global policies in order, then the default policy
 * (deny-all unless {@code default-policy permit-all}). A packet on an interface in no zone is dropped, so every
 * rule names the interfaces of its zones and the stage denies the rest. Each policy becomes one rule per IP version
 * and application term. Packets addressed to the SRX itself ({@link PacketFilter.Host}): the zone pair from the
 * ingress zone to the zone of the address's interface (none for the ingress interface's own address), then the
 * policies from that zone to {@code junos-host} (global ones only where they name {@code junos-host}); what none of
 * them decides is permitted.
 */
final class SrxRules {
    /** The predefined zone of the SRX itself. */
    static final String HOST = "junos-host";
    private final SrxConfig config;
    private final Unprovable unprovable;

    SrxRules(SrxConfig config, Unprovable unprovable) {
        this.config = config;
        this.unprovable = unprovable;
    }

    PacketFilter filter(String device) {
        List<FilterRule> rules = new ArrayList<>();
        inet6Mode().ifPresent(rules::add);
        List<FilterRule> host = new ArrayList<>();
        for (SrxPolicy p : config.policies.values()) {
            if (p.global()) {
                continue;
            }
            if (p.to.get().equals(HOST)) {
                // the second lookup of a packet addressed to the SRX: from the zone of the address's interface,
                // whichever interface it arrived on
                host.addAll(rules(p, config.interfaceZone.keySet(), interfaces(List.of(p.from.get()))));
            } else {
                rules.addAll(rules(p, interfaces(List.of(p.from.get())), interfaces(List.of(p.to.get()))));
            }
        }
        for (SrxPolicy p : config.policies.values()) {
            if (p.global() && p.toZones.stream().anyMatch(z -> z.name().equals(HOST))) {
                host.addAll(rules(p, config.interfaceZone.keySet(), interfaces(zones(p.fromZones))));
            }
        }
        for (SrxPolicy p : config.policies.values()) {
            if (p.global()) {
                rules.addAll(rules(p, interfaces(zones(p.fromZones)), interfaces(zones(p.toZones))));
            }
        }
        Set<String> zoned = config.interfaceZone.keySet();
        if (config.defaultAction == FilterRule.Action.PERMIT && !zoned.isEmpty()) {
            LineParsing.Line line = config.defaultLine.orElseThrow();
            rules.add(new FilterRule(zoned, zoned, FilterMatch.any(), FilterRule.Action.PERMIT,
                    line.file().displayPath(), line.number()));
        }
        FilterStage stage = new FilterStage("security policies", Set.of(), Set.of(), rules, FilterRule.Action.DENY);
        // what no policy to junos-host decides is the SRX's own (its hidden self-traffic policy permits, then the
        // operator's host-inbound-traffic decides): read as permitted, the wider of the readings
        FilterStage toHost = new FilterStage("policies to junos-host", Set.of(), Set.of(), host,
                FilterRule.Action.PERMIT);
        return new PacketFilter(device, true, List.of(stage), List.of(), new PacketFilter.Host(true, List.of(toHost)));
    }

    /**
     * IPv6 forwarding mode: {@code drop} drops IPv6, {@code packet-based} forwards it without policies. The
     * statement is not in zonec's files, which leave it to the operator (flow-based, as the file header says).
     */
    private Optional<FilterRule> inet6Mode() {
        if (config.inet6Mode.isEmpty() || config.inet6Mode.get().equals("flow-based")) {
            return Optional.empty();
        }
        LineParsing.Line line = config.inet6Line.orElseThrow();
        if (!config.inet6Mode.get().equals("drop") && !config.inet6Mode.get().equals("packet-based")) {
            unprovable.at(line, "IPv6 forwarding mode `" + config.inet6Mode.get() + "` is unknown");
            return Optional.empty();
        }
        FilterRule.Action action = config.inet6Mode.get().equals("drop") ? FilterRule.Action.DENY
                : FilterRule.Action.PERMIT;
        return Optional.of(new FilterRule(Set.of(), Set.of(), FilterMatch.any().withFamily(IpFamily.V6), action,
                line.file().displayPath(), line.number()));
    }

    private List<FilterRule> rules(SrxPolicy p, Set<String> in, Set<String> out) {
        if (!complete(p) || in.isEmpty() || out.isEmpty()) {
            // a zone with no interface forwards nothing; an empty set would mean "every interface"
            return List.of();
        }
        Optional<Side> sources = side(p.sources, p.from, p.sourceExcluded);
        Optional<Side> destinations = side(p.destinations, p.to, p.destinationExcluded);
        List<AppTerm> terms = new ArrayList<>();
        for (SrxPolicy.Value a : p.applications) {
            Optional<List<AppTerm>> resolved = config.applications.resolve(a.name(), a.line());
            if (resolved.isEmpty()) {
                return List.of();
            }
            terms.addAll(resolved.get());
        }
        if (sources.isEmpty() || destinations.isEmpty()) {
            return List.of();
        }
        LineParsing.Line line = p.actionLine.orElseThrow();
        List<FilterRule> rules = new ArrayList<>();
        for (IpFamily family : IpFamily.values()) {
            Optional<List<AddressBlock>> src = sources.get().of(family);
            Optional<List<AddressBlock>> dst = destinations.get().of(family);
            if (src.isPresent() && src.get().isEmpty() || dst.isPresent() && dst.get().isEmpty()) {
                continue; // no address of this version on one side: the policy matches none of its packets
            }
            FilterMatch match = FilterMatch.any().withFamily(family);
            match = src.isPresent() ? match.withSources(src.get()) : match;
            match = dst.isPresent() ? match.withDestinations(dst.get()) : match;
            for (AppTerm term : terms) {
                rules.add(new FilterRule(in, out, term.narrow(match), p.action.get(), line.file().displayPath(),
                        line.number()));
            }
        }
        return rules;
    }

    /** A policy the commit would refuse, or one active only at times, cannot be proven. */
    private boolean complete(SrxPolicy p) {
        String missing = p.sources.isEmpty() ? "match source-address" : p.destinations.isEmpty()
                ? "match destination-address" : p.applications.isEmpty() ? "match application"
                : p.action.isEmpty() ? "then permit, deny or reject" : "";
        if (!missing.isEmpty()) {
            unprovable.at(p.first, "policy `" + p.name + "` has no `" + missing + "`, so the commit fails");
            return false;
        }
        if (p.scheduler.isPresent()) {
            unprovable.at(p.scheduler.get(), "policy `" + p.name + "` is active only when its scheduler says");
            return false;
        }
        for (SrxPolicy.Value d : p.dynamicApplications) {
            if (!d.name().equals("any") && !d.name().equals("none")) {
                unprovable.at(d.line(), "policy `" + p.name + "` matches dynamic application `" + d.name()
                        + "`, identified by the SRX's application signatures");
                return false;
            }
        }
        return true;
    }

    /**
     * One side of a policy: {@code any}, {@code any-ipv4}, {@code any-ipv6} or named addresses, each looked up from
     * the side's zone; {@code excluded} negates the whole side.
     */
    private record Side(boolean anyV4, boolean anyV6, List<AddressBlock> blocks, boolean excluded) {
        /** The addresses of one version the side matches: empty = every address, an empty list = none. */
        Optional<List<AddressBlock>> of(IpFamily family) {
            boolean any = family == IpFamily.V4 ? anyV4 : anyV6;
            if (any) {
                return excluded ? Optional.of(List.of()) : Optional.empty();
            }
            List<AddressBlock> mine = blocks.stream().filter(b -> b.family() == family).toList();
            return Optional.of(excluded ? JunosPrefixes.complement(mine, family) : mine);
        }
    }

    private Optional<Side> side(List<SrxPolicy.Value> names, Optional<String> zone, boolean excluded) {
        boolean v4 = false;
        boolean v6 = false;
        List<AddressBlock> blocks = new ArrayList<>();
        for (SrxPolicy.Value n : names) {
            switch (n.name()) {
                case "any" -> {
                    v4 = true;
                    v6 = true;
                }
                case "any-ipv4" -> v4 = true;
                case "any-ipv6" -> v6 = true;
                default -> {
                    Optional<List<AddressBlock>> resolved = config.addresses.resolve(n.name(), zone, n.line());
                    if (resolved.isEmpty()) {
                        return Optional.empty();
                    }
                    blocks.addAll(resolved.get());
                }
            }
        }
        return Optional.of(new Side(v4, v6, blocks, excluded));
    }

    /** The zones a global policy names, or every zone when it names none (or {@code any}). */
    private List<String> zones(List<SrxPolicy.Value> names) {
        if (names.isEmpty() || names.stream().anyMatch(n -> n.name().equals("any"))) {
            return List.copyOf(config.zoneInterfaces.keySet());
        }
        return names.stream().map(SrxPolicy.Value::name).toList();
    }

    private Set<String> interfaces(List<String> zones) {
        Set<String> all = new LinkedHashSet<>();
        zones.forEach(z -> all.addAll(config.zoneInterfaces.getOrDefault(z, Set.of())));
        return all;
    }
}
