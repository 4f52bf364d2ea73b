package dev.zonec.resolve;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.ast.ConduitItem;
import dev.zonec.model.ast.EndpointRef;
import dev.zonec.model.ast.EndpointRef.Selector;
import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.Statement.ConduitDecl;
import dev.zonec.model.ast.Text;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Asset;
import dev.zonec.model.site.AssetFamily;
import dev.zonec.model.site.Conduit;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds conduits and splits each allow rule into flows, one per (source zone, destination zone) pair. */
final class ConduitResolver {
    private final Diagnostics diagnostics;
    private final Map<String, Device> devices;
    private final Set<String> knownDevices;
    private final Namespace namespace;
    private final ZoneLookup zones;
    private final ServiceResolver services;
    private final Map<String, Conduit> conduitsByName = new LinkedHashMap<>();

    final List<Conduit> conduits = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    /** Service names allow rules refer to (for the unused-definition check). */
    final java.util.Set<String> servicesReferenced = new java.util.HashSet<>();

    ConduitResolver(Diagnostics diagnostics, Namespace namespace, ZoneLookup zones, ServiceResolver services,
                    Map<String, Device> devices, Set<String> knownDevices) {
        this.devices = devices;
        this.knownDevices = knownDevices;
        this.diagnostics = diagnostics;
        this.namespace = namespace;
        this.zones = zones;
        this.services = services;
    }

    void resolve(List<ConduitDecl> decls) {
        for (ConduitDecl decl : decls) {
            conduit(decl);
        }
    }

    private void conduit(ConduitDecl decl) {
        repeated(decl.from());
        repeated(decl.to());
        Optional<List<Zone>> from = zones.all(decl.from());
        Optional<List<Zone>> to = zones.all(decl.to());
        String name = decl.name().map(Ident::text)
                .orElse(String.join(",", decl.from().stream().map(Ident::text).toList()) + "->"
                        + String.join(",", decl.to().stream().map(Ident::text).toList()));
        List<ConduitItem.SecurityLevel> sls = decl.items().stream()
                .filter(ConduitItem.SecurityLevel.class::isInstance).map(ConduitItem.SecurityLevel.class::cast).toList();
        if (sls.size() > 1) {
            diagnostics.report(Diagnostic.error(Code.ZC0218, "conduit `" + name + "` gives `sl` twice")
                    .at(sls.get(1).span()).label(sls.get(0).span(), "first given here"));
        }
        sls.stream().filter(s -> s.value() < 0 || s.value() > 4).forEach(s -> diagnostics.report(
                Diagnostic.error(Code.ZC0212, "security level " + s.value() + " is outside 0-4").at(s.span())));
        List<ConduitItem.Allow> allows = decl.items().stream()
                .filter(ConduitItem.Allow.class::isInstance).map(ConduitItem.Allow.class::cast).toList();
        if (allows.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0208, "conduit `" + name + "` allows nothing")
                    .at(decl.span()).help("add `allow SOURCE -> DESTINATION : SERVICE`, or remove the conduit"));
        }
        if (from.isEmpty() || to.isEmpty()) {
            // a zone of the conduit is in error (reported); its rules' services are still checked
            allows.forEach(a -> {
                a.services().stream().filter(dev.zonec.model.ast.ServiceTerm.Ref.class::isInstance)
                        .forEach(t -> servicesReferenced.add(((dev.zonec.model.ast.ServiceTerm.Ref) t).name().text()));
                services.uses(a.services());
            });
            return;
        }
        for (Zone z : from.get()) {
            decl.to().stream().filter(t -> t.text().equals(z.name())).findFirst().ifPresent(t -> diagnostics.report(
                    Diagnostic.error(Code.ZC0220, "zone `" + z.name() + "` is on both sides of conduit `" + name + "`")
                            .at(t.span()).help("traffic inside one zone crosses no boundary; a conduit joins different zones")));
        }
        Conduit conduit = new Conduit(name, from.get().stream().map(Zone::name).toList(), to.get().stream().map(Zone::name).toList(),
                decl.description().map(Text::value), sls.stream().findFirst().map(ConduitItem.SecurityLevel::value), decl.span(),
                sls.stream().findFirst().map(ConduitItem.SecurityLevel::span));
        Conduit first = conduitsByName.putIfAbsent(name, conduit);
        if (first != null) {
            diagnostics.report(Diagnostic.error(Code.ZC0204, "conduit `" + name + "` is defined twice")
                    .at(decl.span()).label(first.span(), "first defined here")
                    .help("merge the two, or name them: `conduit NAME: A -> B { ... }`"));
            return;
        }
        conduits.add(conduit);
        Map<String, ConduitItem.Allow> named = new LinkedHashMap<>();
        for (ConduitItem.Allow allow : allows) {
            String rule = RuleNames.of(allow);
            ConduitItem.Allow earlier = named.putIfAbsent(rule, allow);
            if (earlier != null) {
                duplicate(conduit, rule, earlier, allow);
                continue;
            }
            allow(conduit, rule, from.get(), to.get(), allow);
        }
    }

    /** ZC0239: `conduit a, a -> b` names `a` twice on one side, most likely meaning another zone. */
    private void repeated(List<Ident> side) {
        java.util.Map<String, Ident> seen = new java.util.HashMap<>();
        for (Ident zone : side) {
            Ident first = seen.putIfAbsent(zone.text(), zone);
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.ZC0239, "zone `" + zone.text() + "` is named twice on one side of "
                                + "the conduit")
                        .at(zone.span()).label(first.span(), "first named here")
                        .help("name each zone once; if another zone was meant, name that one"));
            }
        }
    }

    /** ZC0234: the names in device configs lead back to one rule each, so a conduit's rules have distinct names. */
    private void duplicate(Conduit conduit, String rule, ConduitItem.Allow earlier, ConduitItem.Allow allow) {
        Diagnostic.Builder d;
        if (allow.name().isPresent()) {
            d = Diagnostic.error(Code.ZC0234, "conduit `" + conduit.name() + "` already has a rule named `" + rule + "`")
                    .at(allow.name().get().span())
                    .label(earlier.name().map(n -> n.span()).orElse(earlier.span()), "named here")
                    .help("rule names are what the device configs call the rule; give this one another name");
        } else if (earlier.name().isEmpty() && RuleNames.content(earlier).equals(RuleNames.content(allow))) {
            d = Diagnostic.error(Code.ZC0234, "this rule repeats an earlier rule of conduit `" + conduit.name() + "`")
                    .at(allow.span())
                    .label(earlier.span(), "the same rule")
                    .help(earlier.log() == allow.log() ? "delete one of the two"
                            : "delete one of the two; `log` logs a rule, it does not make another one");
        } else {
            d = Diagnostic.error(Code.ZC0234, "this rule's derived name `" + rule + "` is taken in conduit `"
                            + conduit.name() + "`")
                    .at(allow.span())
                    .label(earlier.name().map(n -> n.span()).orElse(earlier.span()), "taken here")
                    .help("name the rule: `... as NAME`");
        }
        diagnostics.report(d);
    }

    private void allow(Conduit conduit, String rule, List<Zone> from, List<Zone> to, ConduitItem.Allow allow) {
        allow.sources().stream().filter(EndpointRef.Device.class::isInstance).forEach(r -> diagnostics.report(
                Diagnostic.error(Code.ZC0238, "a device cannot be the source of a rule yet")
                        .at(r.span())
                        .help("zonec writes the traffic a device receives (`allow SOURCE -> device NAME : ...`), not "
                                + "the traffic it opens itself")));
        List<EndpointRef> hosts = allow.destinations().stream().filter(r -> !(r instanceof EndpointRef.Device)).toList();
        List<EndpointRef.Device> targets = allow.destinations().stream().filter(EndpointRef.Device.class::isInstance)
                .map(EndpointRef.Device.class::cast).toList();
        Optional<Map<String, List<Endpoint>>> sources = side(conduit, from,
                allow.sources().stream().filter(r -> !(r instanceof EndpointRef.Device)).toList(), "source");
        Optional<Map<String, List<Endpoint>>> destinations = side(conduit, to, hosts, "destination");
        List<Map.Entry<String, Endpoint>> devicesReached = new ArrayList<>();
        boolean targetsOk = true;
        for (EndpointRef.Device target : targets) {
            Optional<List<Map.Entry<String, Endpoint>>> reached = device(conduit, to, target);
            reached.ifPresent(devicesReached::addAll);
            targetsOk &= reached.isPresent();
        }
        if (!targetsOk || allow.sources().stream().anyMatch(EndpointRef.Device.class::isInstance)) {
            return;
        }
        allow.services().stream().filter(dev.zonec.model.ast.ServiceTerm.Ref.class::isInstance)
                .forEach(t -> servicesReferenced.add(((dev.zonec.model.ast.ServiceTerm.Ref) t).name().text()));
        Optional<List<ServiceUse>> uses = services.uses(allow.services());
        if (sources.isEmpty() || destinations.isEmpty() || uses.isEmpty()) {
            return;
        }
        for (var src : sources.get().entrySet()) {
            for (Map.Entry<String, Endpoint> reached : devicesReached) {
                Endpoint device = reached.getValue();
                if (src.getKey().equals(device.zone())) {
                    continue; // reported as ZC0220 on the conduit
                }
                if (familiesMatch(src.getValue(), List.of(device), uses.get(), allow)) {
                    flows.add(new Flow(flows.size() + 1, conduit.name(), rule, src.getKey(), device.zone(),
                            src.getValue(), List.of(device), uses.get(), allow.log(), allow.span(),
                            Optional.of(reached.getKey())));
                }
            }
            for (var dst : destinations.get().entrySet()) {
                if (src.getKey().equals(dst.getKey())) {
                    continue; // reported as ZC0220 on the conduit
                }
                if (familiesMatch(src.getValue(), dst.getValue(), uses.get(), allow)) {
                    flows.add(new Flow(flows.size() + 1, conduit.name(), rule, src.getKey(), dst.getKey(), src.getValue(),
                            dst.getValue(), uses.get(), allow.log(), allow.span()));
                }
            }
        }
    }

    /**
     * A device named as a destination ({@code device sw-core}): for each destination zone of the conduit the device
     * faces, its addresses there (ZC0236 when it faces none, or is not in the inventory; ZC0237 when it has no
     * address on any of them).
     */
    private Optional<List<Map.Entry<String, Endpoint>>> device(Conduit conduit, List<Zone> to, EndpointRef.Device ref) {
        String name = ref.name().text();
        Device device = devices.get(name);
        if (device == null) {
            if (!knownDevices.contains(name)) { // a device the inventory has but could not load has its own error
                diagnostics.report(Diagnostic.error(Code.ZC0236, "unknown device `" + name + "`")
                        .at(ref.name().span())
                        .helpIf(dev.zonec.support.DidYouMean.help(name, devices.keySet()))
                        .help("devices are defined in inventory.yaml"));
            }
            return Optional.empty();
        }
        List<Map.Entry<String, Endpoint>> reached = new ArrayList<>();
        List<String> faced = new ArrayList<>();
        for (Zone zone : to) {
            List<AddressBlock> addresses = device.interfacesFacing(zone.name()).stream()
                    .flatMap(i -> i.addresses().stream()).sorted().distinct().toList();
            if (!device.interfacesFacing(zone.name()).isEmpty()) {
                faced.add(zone.name());
            }
            if (!addresses.isEmpty()) {
                reached.add(Map.entry(name, new Endpoint(Endpoint.Kind.DEVICE, name, zone.name(), addresses,
                        Optional.empty(), device.span())));
            }
        }
        if (faced.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0236, "device `" + name + "` faces none of the destination "
                            + "zones of conduit `" + conduit.name() + "`")
                    .at(ref.span()).label(device.span(), "defined here")
                    .help("a rule for a device's own traffic reaches it at its addresses on the conduit's destination "
                            + "zones (" + String.join(", ", conduit.to()) + "); name the conduit that leads to a zone it "
                            + "faces (" + String.join(", ", device.zones()) + ")"));
            return Optional.empty();
        }
        if (reached.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0237, "device `" + name + "` has no address on its interfaces "
                            + "facing " + String.join(", ", faced))
                    .at(ref.span()).label(device.span(), "defined here")
                    .help("give the interface its address in inventory.yaml: `{ zone: " + faced.get(0)
                            + ", address: ADDRESS/LENGTH }`"));
            return Optional.empty();
        }
        return Optional.of(reached);
    }

    /** IPv4 sources can only reach IPv4 destinations; an ICMP term must fit an IP version the flow has. */
    private boolean familiesMatch(List<Endpoint> src, List<Endpoint> dst, List<ServiceUse> uses, ConduitItem.Allow allow) {
        Set<IpFamily> common = new LinkedHashSet<>();
        for (IpFamily f : IpFamily.values()) {
            if (src.stream().anyMatch(e -> e.hasFamily(f)) && dst.stream().anyMatch(e -> e.hasFamily(f))) {
                common.add(f);
            }
        }
        if (common.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0216, "the sources and destinations of this rule share no IP version")
                    .at(allow.span()).help("an IPv4 host cannot open a connection to an IPv6-only host, or the other way"));
            return false;
        }
        boolean ok = true;
        for (ServiceUse use : uses) {
            boolean fits = use.matches().stream().anyMatch(m -> !(m instanceof Match.Icmp icmp) || common.contains(icmp.family()));
            if (!fits) {
                Match.Icmp icmp = (Match.Icmp) use.matches().get(0);
                diagnostics.report(Diagnostic.error(Code.ZC0225, "`" + use.name() + "` is "
                                + (icmp.family() == IpFamily.V4 ? "ICMP for IPv4" : "ICMPv6") + " but the endpoints are "
                                + (common.contains(IpFamily.V4) ? "IPv4" : "IPv6") + " only")
                        .at(use.span()).help(icmp.family() == IpFamily.V4 ? "use icmp6 for IPv6 endpoints" : "use icmp for IPv4 endpoints"));
                ok = false;
            }
        }
        return ok;
    }

    /** The endpoints of one side of a rule, grouped by zone in the order first named. */
    private Optional<Map<String, List<Endpoint>>> side(Conduit conduit, List<Zone> sideZones, List<EndpointRef> refs,
                                                      String role) {
        Map<String, List<Endpoint>> byZone = new LinkedHashMap<>();
        boolean ok = true;
        for (EndpointRef ref : refs) {
            Optional<List<Endpoint>> endpoints = endpoint(conduit, sideZones, ref, role);
            if (endpoints.isEmpty()) {
                ok = false;
                continue;
            }
            for (Endpoint e : endpoints.get()) {
                List<Endpoint> list = byZone.computeIfAbsent(e.zone(), z -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        return ok ? Optional.of(byZone) : Optional.empty();
    }

    private Optional<List<Endpoint>> endpoint(Conduit conduit, List<Zone> sideZones, EndpointRef ref, String role) {
        if (ref instanceof EndpointRef.Any) {
            return Optional.of(sideZones.stream().map(ConduitResolver::zoneEndpoint).toList());
        }
        EndpointRef.Named named = (EndpointRef.Named) ref;
        String name = named.name().text();
        Optional<Namespace.Definition> def = namespace.find(name);
        if (def.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0202, "unknown asset `" + name + "`")
                    .at(named.name().span())
                    .helpIf(dev.zonec.support.DidYouMean.help(name, namespace.names())));
            return Optional.empty();
        }
        Optional<List<Endpoint>> endpoints;
        if (def.get() instanceof Namespace.BrokenDef) {
            return Optional.empty();
        } else if (def.get() instanceof Namespace.ZoneDef z) {
            endpoints = noSelector(named, "zone").map(x -> List.of(zoneEndpoint(z.zone())));
        } else if (def.get() instanceof Namespace.AssetDef a) {
            endpoints = noSelector(named, "asset").map(x -> List.of(assetEndpoint(a.asset())));
        } else {
            endpoints = members(named, ((Namespace.FamilyDef) def.get()).family());
        }
        if (endpoints.isEmpty()) {
            return endpoints;
        }
        String zone = endpoints.get().get(0).zone();
        if (sideZones.stream().noneMatch(z -> z.name().equals(zone))) {
            diagnostics.report(Diagnostic.error(Code.ZC0207, "`" + name + "` is in zone `" + zone + "`, not a " + role
                            + " zone of conduit `" + conduit.name() + "`")
                    .at(named.span())
                    .label(def.get().span(), "defined here")
                    .help("the " + role + " zones of this conduit are "
                            + String.join(", ", (role.equals("source") ? conduit.from() : conduit.to()))));
            return Optional.empty();
        }
        return endpoints;
    }

    private Optional<Boolean> noSelector(EndpointRef.Named named, String kind) {
        if (named.selector() instanceof Selector.None) {
            return Optional.of(true);
        }
        diagnostics.report(Diagnostic.error(Code.ZC0215, "`" + named.name().text() + "` is " + (kind.equals("asset") ? "an " : "a ")
                        + kind + ", not an asset family")
                .at(named.span()).help("member selectors like [*] or [2] apply to families such as `hmi[1..4]`"));
        return Optional.empty();
    }

    private Optional<List<Endpoint>> members(EndpointRef.Named named, AssetFamily family) {
        String name = family.name();
        String range = "[" + family.firstIndex() + ".." + family.lastIndex() + "]";
        Selector selector = named.selector();
        if (selector instanceof Selector.All) {
            return Optional.of(List.of(new Endpoint(Endpoint.Kind.FAMILY, name, family.zone(),
                    family.members().stream().flatMap(m -> m.addresses().stream()).toList(), family.members().get(0).description(),
                    family.span())));
        }
        if (selector instanceof Selector.One one) {
            return inRange(named, family, one.index(), one.index(), range);
        }
        if (selector instanceof Selector.Range r) {
            return inRange(named, family, r.first(), r.last(), range);
        }
        diagnostics.report(Diagnostic.error(Code.ZC0215, "`" + name + "` is a family of " + family.members().size() + " assets")
                .at(named.span())
                .help("write `" + name + "[*]` for all of them or `" + name + "[" + family.firstIndex() + "]` for one"));
        return Optional.empty();
    }

    private Optional<List<Endpoint>> inRange(EndpointRef.Named named, AssetFamily family, int first, int last, String range) {
        if (first > last || first < family.firstIndex() || last > family.lastIndex()) {
            String asked = first == last ? "[" + first + "]" : "[" + first + ".." + last + "]";
            diagnostics.report(Diagnostic.error(Code.ZC0214, "`" + named.name().text() + asked + "` is not in the family: `"
                            + named.name().text() + "` has members " + range)
                    .at(named.span()).label(family.span(), "family defined here"));
            return Optional.empty();
        }
        return Optional.of(family.members().subList(first - family.firstIndex(), last - family.firstIndex() + 1).stream()
                .map(ConduitResolver::assetEndpoint).toList());
    }

    static Endpoint zoneEndpoint(Zone zone) {
        return new Endpoint(Endpoint.Kind.ZONE, zone.name(), zone.name(), zone.subnets(), zone.description(), zone.span());
    }

    static Endpoint assetEndpoint(Asset asset) {
        return new Endpoint(Endpoint.Kind.ASSET, asset.name(), asset.zone(), asset.addresses(), asset.description(),
                asset.span());
    }
}
