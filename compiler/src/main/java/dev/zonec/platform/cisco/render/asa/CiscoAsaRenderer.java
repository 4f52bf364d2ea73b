package dev.zonec.platform.cisco.render.asa;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.platform.cisco.CiscoAsa;
import dev.zonec.platform.cisco.Nameifs;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.Span;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.platform.cisco.render.AclAddresses;
import dev.zonec.render.ingress.AclLine;
import dev.zonec.platform.cisco.render.AclNameChecks;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.render.ingress.DualStackAcl;
import dev.zonec.render.ingress.IngressAcls;
import dev.zonec.platform.cisco.render.AclAddress;
import dev.zonec.platform.cisco.render.AclEntry;
import dev.zonec.platform.cisco.render.AclPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cisco ASA 9.x (routed mode, single context): one unified extended ACL per zone, IPv4 and IPv6 entries together
 * (ASA 9.0 and later), applied inbound with {@code access-group NAME in interface NAMEIF}. The ASA is stateful, so
 * there are no reply rules: return traffic of a permitted connection passes by the connection table. Every address
 * is a named object ({@link AsaAddressStyle}); a service of several TCP/UDP ports becomes an
 * {@code object-group service}.
 *
 * <p>The file is a load onto a running ASA (docs/platforms/cisco-asa.md). It never writes an interface setting: the
 * {@code nameif} it binds to comes from the inventory ({@link Nameifs}). One {@code access-group} replaces the ACL
 * an interface applies, so every ACL is swapped without a moment unfiltered: (1) the new ACL under a temporary name
 * ({@code zc-in-ZONE-new}) with every address and service written out, bound in place of the current one; (2) zonec's
 * objects and ACLs rebuilt under their own names, which nothing uses now, and bound again; (3) the temporary ACLs
 * cleared, and what the previous output created and this one does not (manifest kinds {@link #ACL},
 * {@link #BINDING}, {@link #OBJECT}, {@link #NETWORK_GROUP}, {@link #SERVICE_GROUP}).
 */
public final class CiscoAsaRenderer implements Renderer {
    /** '?' asks the ASA CLI for help while a line is typed or pasted: never let it reach a remark or description. */
    static final String FREE_TEXT_FORBIDDEN = "?";
    /** Object, object-group and ACL names: the platform row (letters, digits, '.', '-', '_'; 64 characters). */
    private static final Pattern NAME = CiscoAsa.PLATFORM.capabilities().names().pattern();
    /** {@code nameif}: up to 48 characters; zonec keeps to the characters of its other ASA names. */
    private static final NameRule NAMEIF = new NameRule(NAME, 48, CiscoAsa.PLATFORM.capabilities().names().reserved());
    /** What a temporary ACL's name adds to the ACL's own. */
    public static final String STAGED = "-new";

    /** The manifest's kinds: ACL names, {@code NAMEIF ACL} bindings, and objects by the kind that deletes them. */
    public static final String ACL = "acl";
    public static final String BINDING = "binding";
    public static final String OBJECT = "object-network";
    public static final String NETWORK_GROUP = "object-group-network";
    public static final String SERVICE_GROUP = "object-group-service";

    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        Acls acls = acls(device, false);
        for (DualStackAcl acl : IngressAcls.dualStack(forwarded(device))) {
            AclNameChecks.zoneAcl(device.device(), site, acl.zone(), aclName(acl), diagnostics);
            AclNameChecks.zoneAcl(device.device(), site, acl.zone(), aclName(acl) + STAGED, diagnostics);
        }
        AclNameChecks.groups(device.device(), acls.addresses.groups(), diagnostics);
        acls.services.values().forEach(s -> NameCheck.check(device.device(), s.name(), "service object group",
                s.span(), diagnostics));
        Map<String, Nameifs.Named> seen = new HashMap<>();
        for (Nameifs.Named named : Nameifs.of(device.device())) {
            NameCheck.check(device.device(), NAMEIF, named.nameif(), "interface (nameif)", named.fromZone()
                    ? site.zonesByName().get(named.hardware().zone()).span() : named.hardware().span(), diagnostics);
            Nameifs.Named first = seen.putIfAbsent(named.nameif().toLowerCase(Locale.ROOT), named);
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.ZC0504, "`" + named.hardware().name() + "` and `"
                                + first.hardware().name() + "` would both be the interface named (nameif) `"
                                + named.nameif() + "` on `" + device.device().name() + "` (cisco-asa)")
                        .at(named.hardware().span())
                        .label(first.hardware().span(), "named `" + first.nameif() + "` here")
                        .help("an ASA interface listed by its hardware name is expected to be named after its zone, "
                                + "numbered when several face one zone (`field-1`, `field-2`), and names that differ "
                                + "only in case count as one: list the interfaces by their nameif instead "
                                + "(`inside: { zone: control }`), or rename one of the zones"));
            }
        }
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        return plan(device, site, Ownership.NONE);
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        Acls acls = acls(device, false);
        Acls written = acls(device, true);
        Map<Interface, String> nameifs = new HashMap<>();
        Nameifs.of(device.device()).forEach(n -> nameifs.put(n.hardware(), ConfigText.name(n.nameif(), NAME)));
        List<AsaManagement.Line> management = AsaManagement.of(device, nameifs);
        List<AddressGroup> addresses = acls.addresses.groups();
        addresses.forEach(g -> ConfigText.name(g.name(), NAME));
        List<AsaView.ServiceGroup> services = acls.services.values().stream()
                .map(s -> new AsaView.ServiceGroup(ConfigText.name(s.name(), NAME), s.objects(), List.copyOf(s.users())))
                .toList();
        List<AsaView.AccessGroup> accessGroups = new ArrayList<>();
        List<AsaView.Acl> staged = new ArrayList<>();
        List<AsaView.AccessGroup> stagedGroups = new ArrayList<>();
        for (int i = 0; i < acls.acls.size(); i++) {
            AsaView.Acl acl = acls.acls.get(i);
            AsaView.Acl temporary = written.acls.get(i).renamed(ConfigText.name(acl.name() + STAGED, NAME));
            staged.add(temporary);
            for (Interface face : acls.zones.get(i).interfaces()) {
                accessGroups.add(new AsaView.AccessGroup(acl, nameifs.get(face)));
                stagedGroups.add(new AsaView.AccessGroup(temporary, nameifs.get(face)));
            }
        }

        Ownership.Builder owned = Ownership.builder();
        acls.acls.forEach(a -> owned.add(ACL, a.name()));
        accessGroups.forEach(g -> owned.add(BINDING, g.nameif() + " " + g.acl().name()));
        addresses.forEach(g -> owned.add(g.object() ? OBJECT : NETWORK_GROUP, g.name()));
        services.forEach(s -> owned.add(SERVICE_GROUP, s.name()));
        management.forEach(l -> owned.add(l.command(), l.text()));
        Ownership owns = owned.build();
        Ownership stale = previous.minus(owns);
        Set<String> objectNames = new HashSet<>();
        for (String kind : List.of(OBJECT, NETWORK_GROUP, SERVICE_GROUP)) {
            objectNames.addAll(owns.of(kind));
        }
        // objects and object groups share one namespace: one the previous output wrote as another kind goes first
        List<AsaView.Named> rebuilt = new ArrayList<>();
        List<AsaView.Named> staleObjects = new ArrayList<>();
        Ownership.Builder removes = Ownership.builder();
        for (String kind : List.of(SERVICE_GROUP, NETWORK_GROUP, OBJECT)) {
            for (String name : stale.of(kind)) {
                if (objectNames.contains(name)) {
                    rebuilt.add(new AsaView.Named(AsaView.Named.Kind.of(kind), name));
                } else {
                    staleObjects.add(new AsaView.Named(AsaView.Named.Kind.of(kind), name));
                    removes.add(kind, name);
                }
            }
        }
        services.forEach(s -> rebuilt.add(new AsaView.Named(AsaView.Named.Kind.GROUP_SERVICE, s.name())));
        addresses.forEach(g -> rebuilt.add(new AsaView.Named(g.object() ? AsaView.Named.Kind.OBJECT_NETWORK
                : AsaView.Named.Kind.GROUP_NETWORK, g.name())));
        Set<String> bound = new HashSet<>();
        accessGroups.forEach(g -> bound.add(g.nameif()));
        // an interface zonec no longer binds: its binding goes before its ACL (clearing an ACL also unbinds it); kept
        // in the manifest like every removal, so that compiling the same policy into the folder again gives this file
        List<AsaView.StaleBinding> staleBindings = new ArrayList<>();
        for (String binding : stale.of(BINDING)) {
            String[] w = binding.split(" ");
            if (w.length == 2 && !bound.contains(w[0])) {
                staleBindings.add(new AsaView.StaleBinding(w[0], w[1]));
                removes.add(BINDING, binding);
            }
        }
        List<String> staleAcls = new ArrayList<>(stale.of(ACL));
        staleAcls.forEach(a -> removes.add(ACL, a));
        // management lines the previous output wrote and this one does not: only those, by their exact text (the
        // operator's own ssh/http/icmp lines are never in a manifest)
        List<AsaView.StaleLine> staleLines = new ArrayList<>();
        for (String command : AsaManagement.COMMANDS) {
            for (String text : stale.of(command)) {
                staleLines.add(new AsaView.StaleLine(command, text));
                removes.add(command, text);
            }
        }

        List<String> header = List.of(
                "zonec: " + device.device().name() + " (cisco-asa), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Target: ASA 9.x, routed mode. Unified extended ACLs (IPv4 and IPv6) applied inbound by interface",
                "name (nameif, set by hand, never by this file); each ends in an explicit logged deny.",
                "Load: copy this file to the ASA's flash, then `copy disk0:" + device.device().name()
                        + ".asa running-config` (docs/platforms/cisco-asa.md).");
        // without ICMP inspection the ASA keeps no state for ICMP: a permitted echo request passes, its reply meets
        // the other interface's ACL and is dropped. The factory-default global policy does not inspect ICMP.
        AsaView view = new AsaView(header, addresses, services, acls.acls, acls.queries, accessGroups, staged,
                stagedGroups, rebuilt, management, staleBindings, staleAcls, staleObjects, staleLines);
        return List.of(new FilePlan(device.device().name() + ".asa", "device.ftl", view, owns, removes.build()));
    }

    @Override
    public ConfigEscape escape() {
        return new ConfigEscape("cisco-asa", FREE_TEXT_FORBIDDEN, '_');
    }

    /** An {@code object-group service} made for one policy service, where the policy names it, and who uses it. */
    private record ServiceGroup(String name, Span span, List<AsaView.ServiceObject> objects, Set<IrRule> users) {}

    /** The ACLs of a device with the objects they refer to, collected in order of first use. */
    private static final class Acls {
        final AclAddresses addresses;
        final Map<String, ServiceGroup> services = new java.util.TreeMap<>(); // by name: stable under rule moves
        final List<AsaView.Acl> acls = new ArrayList<>();
        final List<DualStackAcl> zones = new ArrayList<>();
        /** Some permit lets ICMP queries through (ICMP inspection is needed for their replies). */
        boolean queries;

        /** Every address and service in place, as the temporary ACLs have them (no object is in use meanwhile). */
        final boolean writtenOut;

        Acls(int remarkLength, boolean writtenOut) {
            AsaAddressStyle style = new AsaAddressStyle(remarkLength);
            addresses = new AclAddresses(writtenOut ? style.writtenOut() : style);
            this.writtenOut = writtenOut;
        }
    }

    private static Acls acls(DeviceIr device, boolean writtenOut) {
        int remarkLength = device.device().platform().capabilities().remarkLength();
        Acls result = new Acls(remarkLength, writtenOut);
        for (DualStackAcl acl : IngressAcls.dualStack(forwarded(device))) {
            List<AclEntry> entries = new ArrayList<>();
            Map<List<Object>, Integer> aces = new HashMap<>();
            Set<IrRule> rules = new LinkedHashSet<>();
            for (AclLine line : acl.lines()) {
                rules.addAll(line.rules());
                if (line instanceof AclLine.Remark remark) {
                    entries.add(AclEntry.remark(ConfigText.freeText(RuleText.describe(remark.rule()),
                            FREE_TEXT_FORBIDDEN, '_', remarkLength), remark.rules(), ""));
                } else {
                    // an entry already in the ACL matches nothing new, and ASA warns about duplicates: write it once,
                    // for every rule it enforces
                    result.queries |= icmpQuery(((AclLine.Permit) line).match());
                    for (AclEntry ace : aces((AclLine.Permit) line, result)) {
                        Integer known = aces.putIfAbsent(ace.match(), entries.size());
                        if (known == null) {
                            entries.add(ace);
                        } else {
                            entries.set(known, entries.get(known).alsoFor(ace.rules()));
                        }
                    }
                }
            }
            entries.add(AclEntry.finalDeny(AclEntry.Protocol.IP));
            result.acls.add(new AsaView.Acl(ConfigText.name(aclName(acl), NAME), entries, List.copyOf(rules)));
            result.zones.add(acl);
        }
        return result;
    }

    /**
     * The rules the ACLs enforce: those of traffic through the ASA. An interface access rule does not apply to traffic
     * to the ASA itself, whose rules are management lines ({@link AsaManagement}).
     */
    private static DeviceIr forwarded(DeviceIr device) {
        return new DeviceIr(device.device(), device.rules().stream().filter(r -> !r.toDevice()).toList());
    }

    /** Does a permit of this match let an ICMP echo or timestamp request (or an ICMPv6 echo request) through? */
    private static boolean icmpQuery(Match match) {
        if (match instanceof Match.AnyIp) {
            return true;
        }
        if (match instanceof Match.Icmp icmp) {
            Set<Integer> queries = icmp.protocol() == Protocol.ICMP6 ? Set.of(128) : Set.of(8, 13);
            return icmp.type().isEmpty() || queries.contains(icmp.type().getAsInt());
        }
        return false;
    }

    private static String aclName(DualStackAcl acl) {
        return aclName(acl.zone());
    }

    /** The access list applied in on the interfaces facing {@code zone}. */
    public static String aclName(String zone) {
        return "zc-in-" + zone;
    }

    /**
     * One permit as extended ACEs: one ACE with the endpoints' objects and, for a multi-port service, its service
     * group; written out, one ACE per source prefix, destination prefix and match.
     */
    private static List<AclEntry> aces(AclLine.Permit permit, Acls acls) {
        IrRule rule = permit.rule();
        IpFamily family = rule.family();
        if (permit.match() instanceof Match.L4 l4 && l4.established()) {
            // the lowering writes replies only for stateless platforms; on a stateful ASA one would be a bug
            throw new IllegalStateException("a reply rule reached the stateful cisco-asa renderer");
        }
        List<AclAddress> sources = acls.addresses.operands(permit.source(), family, permit.rules());
        List<AclAddress> destinations = acls.addresses.operands(permit.destination(), family, permit.rules());
        if (acls.writtenOut) {
            List<AclEntry> entries = new ArrayList<>();
            for (AclAddress src : sources) {
                for (AclAddress dst : destinations) {
                    entries.add(AclPlanner.entry(permit.match(), src, dst, family, permit.log(), permit.rules()));
                }
            }
            return entries;
        }
        AclEntry entry = AclPlanner.entry(permit.match(), single(sources), single(destinations), family, permit.log(),
                permit.rules());
        Optional<ServiceGroup> service = serviceGroup(rule, permit.rules(), acls);
        return List.of(service.isPresent() ? entry.through(service.get().name()) : entry);
    }

    private static AclAddress single(List<AclAddress> operands) {
        if (operands.size() != 1) {
            throw new IllegalStateException("ASA endpoints are always one object: " + operands);
        }
        return operands.get(0);
    }

    /**
     * The service group for a rule whose service has several TCP/UDP matches (codesys, dns, a named group of ports),
     * so that one ACE carries the whole service; empty for a single match, ICMP or {@code any}.
     */
    private static Optional<ServiceGroup> serviceGroup(IrRule rule, List<IrRule> users, Acls acls) {
        String name = "zcs-" + rule.service().name();
        if (rule.matches().size() < 2 || !rule.matches().stream().allMatch(m -> m instanceof Match.L4)
                || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        List<AsaView.ServiceObject> objects = rule.matches().stream().map(m -> (Match.L4) m)
                .map(l4 -> new AsaView.ServiceObject(l4.protocol() == Protocol.TCP ? AclEntry.Protocol.TCP
                        : AclEntry.Protocol.UDP, l4.sourcePorts(), l4.destinationPorts())).toList();
        ServiceGroup group = new ServiceGroup(name, rule.service().span(), objects, new LinkedHashSet<>());
        ServiceGroup known = acls.services.putIfAbsent(name, group);
        if (known != null && !known.objects().equals(objects)) {
            throw new IllegalStateException("service " + rule.service().name() + " has two sets of ports");
        }
        ServiceGroup used = known == null ? group : known;
        used.users().addAll(users);
        return Optional.of(used);
    }
}
