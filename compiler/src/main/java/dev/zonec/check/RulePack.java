package dev.zonec.check;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.site.Asset;
import dev.zonec.model.site.AssetAttribute;
import dev.zonec.model.site.Conduit;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Level;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceTag;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IEC 62443 rule pack: checks of the zone-and-conduit design itself, one stable code each (docs/checks.md says
 * which requirement each serves). Each check looks at the policy's flows and conduits; none depends on a platform.
 */
final class RulePack {
    private static final Level DMZ = new Level(35);
    private static final Level ENTERPRISE = new Level(40);
    private static final Level INTERNET = new Level(50);
    private static final Level OPERATIONS = new Level(30);

    private final Site site;
    private final Map<String, Zone> zones;
    private final Map<String, Asset> assets = new java.util.HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    /** Per-flow findings of one allow rule and code, gathered so a rule with ten zone pairs is one finding. */
    private final Map<List<Object>, Gathered> perRule = new java.util.LinkedHashMap<>();

    private record Gathered(Diagnostic.Builder first, List<String> details, Set<Integer> flows, Set<String> conduits,
                            Set<String> zones) {}

    private RulePack(Site site) {
        this.site = site;
        this.zones = site.zonesByName();
        site.assets().forEach(a -> assets.put(a.name(), a));
    }

    static List<Finding> run(Site site) {
        RulePack pack = new RulePack(site);
        for (Flow flow : site.flows()) {
            pack.enterpriseToControl(flow);
            pack.safety(flow);
            pack.remoteAccess(flow);
            pack.anyAcrossSecurityLevels(flow);
            pack.cleartext(flow);
            pack.controlToInternet(flow);
        }
        site.conduits().forEach(pack::conduitSecurityLevel);
        pack.unusedServices();
        pack.dmzFromBothSides();
        pack.unusedAssets();
        pack.perRule.forEach((key, g) -> pack.findings.add(new Finding(g.details().size() == 1 ? g.first().build()
                : g.first().help("the same holds for: " + String.join("; ", g.details().subList(1, g.details().size())))
                        .build(), g.flows(), g.conduits(), Set.of(), g.zones())));
        return pack.findings;
    }

    /** ZC0601: level 4/external and level 3 or below meet only in a level-3.5 zone. */
    private void enterpriseToControl(Flow flow) {
        Zone src = zones.get(flow.sourceZone());
        Zone dst = zones.get(flow.destinationZone());
        if (outside(src) && dst.level().compareTo(OPERATIONS) <= 0 || outside(dst) && src.level().compareTo(OPERATIONS) <= 0) {
            report(flow, Diagnostic.error(Code.ZC0601, "flow from `" + src.name() + "` (level " + describe(src) + ") to `"
                            + dst.name() + "` (level " + describe(dst) + ") skips the DMZ")
                    .at(flow.origin())
                    .help("let both sides meet on a host in a level 3.5 zone (e.g. a historian mirror or a jump host)"));
        }
    }

    /** ZC0602: a safety zone is reached only from level 3 or below, and only with logging. */
    private void safety(Flow flow) {
        Zone src = zones.get(flow.sourceZone());
        Zone dst = zones.get(flow.destinationZone());
        if (!dst.safety()) {
            return;
        }
        if (src.external() || src.level().compareTo(OPERATIONS) > 0) {
            report(flow, Diagnostic.error(Code.ZC0602, "safety zone `" + dst.name() + "` is reached from `" + src.name()
                            + "` (level " + describe(src) + ")")
                    .at(flow.origin())
                    .help("only zones at level 3 or below may open connections into a safety zone"));
        }
        if (!flow.log()) {
            report(flow, Diagnostic.error(Code.ZC0602, "flow into safety zone `" + dst.name() + "` is not logged")
                    .at(flow.origin()).help("add `log` to the allow rule"));
        }
    }

    /** ZC0603: remote access from level 4/5 ends at an MFA remote-access gateway in a DMZ. */
    private void remoteAccess(Flow flow) {
        Zone src = zones.get(flow.sourceZone());
        Zone dst = zones.get(flow.destinationZone());
        if (!outside(src) || dst.level().compareTo(DMZ) > 0 || outside(dst)) {
            return;
        }
        boolean remoteControl = flow.services().stream().anyMatch(s -> s.tags().contains(ServiceTag.REMOTE_CONTROL));
        boolean toGateway = flow.destinations().stream().anyMatch(this::gateway);
        if (!remoteControl && !toGateway) {
            return;
        }
        for (Endpoint e : flow.destinations()) {
            if (!gateway(e) || !hasMfa(e) || !dst.level().equals(DMZ)) {
                report(flow, Diagnostic.error(Code.ZC0603, "remote access from `" + src.name() + "` ends at `" + e.name()
                                + "` in `" + dst.name() + "`, not at an MFA remote-access gateway in a level 3.5 zone")
                        .at(flow.origin())
                        .help("end remote access at a jump host in the DMZ: `asset jump 10.x.x.x { remote-access-gateway mfa }`"));
                return;
            }
        }
    }

    /** ZC0604: no `any` source, destination or service between zones of different SL-T. */
    private void anyAcrossSecurityLevels(Flow flow) {
        Zone src = zones.get(flow.sourceZone());
        Zone dst = zones.get(flow.destinationZone());
        if (src.securityLevel().equals(dst.securityLevel())) {
            return;
        }
        List<String> wide = new ArrayList<>();
        flow.sources().stream().filter(e -> e.kind() == Endpoint.Kind.ZONE).forEach(e -> wide.add("source `any` of " + e.zone()));
        flow.destinations().stream().filter(e -> e.kind() == Endpoint.Kind.ZONE).forEach(e -> wide.add("destination `any` of " + e.zone()));
        flow.services().stream().filter(s -> s.matches().stream().anyMatch(m -> m instanceof Match.AnyIp))
                .forEach(s -> wide.add("service `any`"));
        if (!wide.isEmpty()) {
            report(flow, Diagnostic.error(Code.ZC0604, String.join(", ", wide) + " between `" + src.name() + "` (SL-T "
                            + src.securityLevel() + ") and `" + dst.name() + "` (SL-T " + dst.securityLevel() + ")")
                    .at(flow.origin())
                    .help("name the hosts and services across zones of different security levels"));
        }
    }

    /** ZC0605: a conduit's SL-T covers the highest SL-T of the zones it joins. */
    private void conduitSecurityLevel(Conduit conduit) {
        int highest = 0;
        String zone = "";
        for (String name : concat(conduit.from(), conduit.to())) {
            int sl = zones.get(name).securityLevel().max();
            if (sl > highest) {
                highest = sl;
                zone = name;
            }
        }
        if (conduit.securityLevel().isEmpty() || conduit.securityLevel().get() < highest) {
            String has = conduit.securityLevel().map(sl -> "SL-T " + sl).orElse("no SL-T");
            Set<Integer> flows = new HashSet<>();
            site.flows().stream().filter(f -> f.conduit().equals(conduit.name())).forEach(f -> flows.add(f.id()));
            findings.add(new Finding(Diagnostic.error(Code.ZC0605, "conduit `" + conduit.name() + "` has " + has
                            + " but joins `" + zone + "` at SL-T " + highest)
                    .at(conduit.securityLevelOrHeader())
                    .help("give the conduit `sl " + highest + "` (or higher) and the protections that level requires")
                    .build(), flows, Set.of(conduit.name()), Set.of(), Set.copyOf(concat(conduit.from(), conduit.to()))));
        }
    }

    /** ZC0606: no cleartext protocol across a boundary of a zone whose SL-T for integrity or confidentiality is 3+. */
    private void cleartext(Flow flow) {
        Zone src = zones.get(flow.sourceZone());
        Zone dst = zones.get(flow.destinationZone());
        if (!protectsTraffic(src) && !protectsTraffic(dst)) {
            return;
        }
        for (ServiceUse s : flow.services()) {
            if (s.tags().contains(ServiceTag.CLEARTEXT)) {
                report(flow, Diagnostic.error(Code.ZC0606, "`" + s.name() + "` carries cleartext from `" + src.name()
                                + "` to `" + dst.name() + "`, and " + (protectsTraffic(src) ? src.name() : dst.name())
                                + " has SL-T 3 or more for integrity or confidentiality")
                        .at(s.span())
                        .help("use the protocol's TLS form (e.g. syslog-tls, https, mqtts) or an encrypted tunnel"));
            }
        }
    }

    /** ZC0607: the same service must not be allowed into a DMZ from both the enterprise side and the control side. */
    private void dmzFromBothSides() {
        for (Zone dmz : site.zones()) {
            if (!dmz.level().equals(DMZ)) {
                continue;
            }
            List<Flow> above = new ArrayList<>();
            List<Flow> below = new ArrayList<>();
            for (Flow f : site.flows()) {
                if (f.destinationZone().equals(dmz.name())) {
                    Zone src = zones.get(f.sourceZone());
                    (outside(src) || src.level().compareTo(DMZ) > 0 ? above : below).add(f);
                }
            }
            for (Flow up : above) {
                for (Flow down : below) {
                    String shared = sharedPorts(up, down);
                    if (!shared.isEmpty()) {
                        Set<Integer> flows = Set.of(up.id(), down.id());
                        findings.add(new Finding(Diagnostic.error(Code.ZC0607, shared + " is allowed into DMZ `" + dmz.name()
                                        + "` from `" + up.sourceZone() + "` and from `" + down.sourceZone() + "`")
                                .at(up.origin())
                                .label(down.origin(), "the same service from the control side")
                                .help("a DMZ service reachable from both sides is a path through the DMZ; use different "
                                        + "services or hosts on each side")
                                .build(), flows, Set.of(up.conduit(), down.conduit()), Set.of(),
                                Set.of(dmz.name(), up.sourceZone(), down.sourceZone())));
                    }
                }
            }
        }
    }

    /** ZC0608: nothing at level 3 or below opens connections to level 5. */
    private void controlToInternet(Flow flow) {
        Zone src = zones.get(flow.sourceZone());
        Zone dst = zones.get(flow.destinationZone());
        if (src.level().compareTo(OPERATIONS) <= 0 && !src.external() && dst.level().compareTo(INTERNET) >= 0) {
            report(flow, Diagnostic.error(Code.ZC0608, "flow from `" + src.name() + "` (level " + describe(src)
                            + ") to `" + dst.name() + "` (level 5)")
                    .at(flow.origin())
                    .help("control systems reach the internet only through a relay in the DMZ or enterprise"));
        }
    }

    /** ZC0609: a service the policy defines that no allow rule uses. */
    private void unusedServices() {
        for (var s : site.services()) {
            if (!s.used()) {
                findings.add(new Finding(Diagnostic.warning(Code.ZC0609, "service `" + s.name() + "` is never used")
                        .at(s.span()).help("remove it, or use it in an allow rule").build(), Set.of(), Set.of(), Set.of(), Set.of()));
            }
        }
    }

    /** ZC0610: an asset no flow mentions (directly, as a family member, or through its whole zone). */
    private void unusedAssets() {
        Set<String> covered = new HashSet<>();
        Set<String> wholeZones = new HashSet<>();
        for (Flow f : site.flows()) {
            for (Endpoint e : concat(f.sources(), f.destinations())) {
                covered.add(e.name());
                if (e.kind() == Endpoint.Kind.ZONE) {
                    wholeZones.add(e.zone());
                }
            }
        }
        // a family counts as used when the family or any one of its members is
        Set<String> usedFamilies = new HashSet<>();
        for (Asset a : site.assets()) {
            if (a.family().isPresent() && (covered.contains(a.name()) || covered.contains(a.family().get()))) {
                usedFamilies.add(a.family().get());
            }
        }
        Set<String> reported = new HashSet<>();
        for (Asset a : site.assets()) {
            String name = a.family().orElse(a.name());
            boolean used = a.family().isPresent() ? usedFamilies.contains(name) : covered.contains(name);
            if (!used && !wholeZones.contains(a.zone()) && reported.add(name)) {
                findings.add(new Finding(Diagnostic.note(Code.ZC0610, "no flow reaches or leaves `" + name + "`")
                        .at(a.span()).help("fine for documentation; remove it if the asset no longer exists").build(),
                        Set.of(), Set.of(), Set.of(), Set.of(a.zone())));
            }
        }
    }

    private void report(Flow flow, Diagnostic.Builder diagnostic) {
        Diagnostic built = diagnostic.build();
        List<Object> key = List.of(built.code(), built.primary().orElseThrow());
        Gathered g = perRule.computeIfAbsent(key, k -> new Gathered(diagnostic, new ArrayList<>(), new java.util.TreeSet<>(),
                new java.util.TreeSet<>(), new java.util.TreeSet<>()));
        g.details().add(flow.sourceZone() + " -> " + flow.destinationZone());
        g.flows().add(flow.id());
        g.conduits().add(flow.conduit());
        g.zones().add(flow.sourceZone());
        g.zones().add(flow.destinationZone());
    }

    private boolean gateway(Endpoint e) {
        return hasAttribute(e, AssetAttribute.REMOTE_ACCESS_GATEWAY);
    }

    private boolean hasMfa(Endpoint e) {
        return hasAttribute(e, AssetAttribute.MFA);
    }

    private boolean hasAttribute(Endpoint e, AssetAttribute attribute) {
        Asset a = e.kind() == Endpoint.Kind.ASSET ? assets.get(e.name()) : null;
        return a != null && a.attributes().contains(attribute);
    }

    private static boolean outside(Zone zone) {
        return zone.external() || zone.level().compareTo(ENTERPRISE) >= 0;
    }

    private static boolean protectsTraffic(Zone zone) {
        return zone.securityLevel().si() >= 3 || zone.securityLevel().dc() >= 3;
    }

    private static String describe(Zone zone) {
        return zone.level() + (zone.external() ? ", external" : "");
    }

    /** The TCP/UDP destination ports two flows both allow, e.g. "tcp/22"; empty when none. */
    private static String sharedPorts(Flow a, Flow b) {
        for (ServiceUse x : a.services()) {
            for (Match mx : x.matches()) {
                for (ServiceUse y : b.services()) {
                    for (Match my : y.matches()) {
                        if (mx instanceof Match.L4 lx && my instanceof Match.L4 ly && lx.protocol() == ly.protocol()
                                && lx.destinationPorts().first() <= ly.destinationPorts().last()
                                && ly.destinationPorts().first() <= lx.destinationPorts().last()) {
                            int first = Math.max(lx.destinationPorts().first(), ly.destinationPorts().first());
                            return lx.protocol().name().toLowerCase(java.util.Locale.ROOT) + "/" + first;
                        }
                        if (mx instanceof Match.AnyIp || my instanceof Match.AnyIp) {
                            return "every protocol";
                        }
                    }
                }
            }
        }
        return "";
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
