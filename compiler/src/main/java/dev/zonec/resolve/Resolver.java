package dev.zonec.resolve;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.PolicyFile;
import dev.zonec.model.ast.ServiceTerm;
import dev.zonec.model.ast.Statement;
import dev.zonec.model.ast.Text;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.inventory.Inventory;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.FunctionClass;
import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.PortLevelAcceptance;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Topology;
import dev.zonec.model.site.Waiver;
import dev.zonec.model.site.Zone;
import dev.zonec.support.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolve stage entry point: the parsed policy files and the inventory in, the {@link Site} model out. Every
 * name is checked here, with a did-you-mean where one is close; later stages never see an unresolved name.
 */
public final class Resolver {

    private Resolver() {}

    /** The site, or empty when a problem (already reported) leaves nothing sound to build on. */
    public static Optional<Site> resolve(List<PolicyFile> files, Inventory inventory, Diagnostics diagnostics) {
        List<Statement> statements = files.stream().flatMap(f -> f.statements().stream()).toList();
        Optional<Statement.SiteDecl> site = site(files, statements, diagnostics);


        Namespace namespace = new Namespace(diagnostics);
        List<Statement.Unparsed> unparsed = only(statements, Statement.Unparsed.class);
        // names declared by statements with syntax errors are known but broken: their uses are not "unknown"
        unparsed.stream().filter(u -> u.keyword().equals("zone"))
                .forEach(u -> u.declares().forEach(n -> namespace.declareBroken(n.text(), n.span())));
        Set<String> brokenServices = declared(unparsed, "service");
        ZoneResolver zones = new ZoneResolver(diagnostics, namespace);
        zones.resolve(only(statements, Statement.ZoneDecl.class));
        ZoneLookup lookup = new ZoneLookup(zones.zones, namespace, diagnostics);

        ServiceResolver services = new ServiceResolver(only(statements, Statement.ServiceDecl.class),
                ServiceCatalogue.builtIn(), brokenServices, diagnostics);
        List<Device> devices = DeviceResolver.resolve(inventory, lookup, diagnostics);
        // devices the inventory names, loaded or not: one that failed has its own error already
        Set<String> knownDevices = new TreeSet<>(inventory.broken());
        inventory.devices().forEach(d -> knownDevices.add(d.name().text()));
        Map<String, Device> devicesByName = new java.util.LinkedHashMap<>();
        devices.forEach(d -> devicesByName.put(d.name(), d));
        ConduitResolver conduits = new ConduitResolver(diagnostics, namespace, lookup, services, devicesByName,
                knownDevices);
        conduits.resolve(only(statements, Statement.ConduitDecl.class));

        List<Invariant> invariants = new RequirementResolver(lookup, diagnostics).resolve(statements);
        List<PortLevelAcceptance> acceptances = acceptances(only(statements, Statement.PortLevelAcceptance.class),
                services, devices, knownDevices, diagnostics);
        Set<String> knownConduits = declared(unparsed, "conduit");
        only(statements, Statement.ConduitDecl.class).forEach(c -> c.name().ifPresent(n -> knownConduits.add(n.text())));
        List<Waiver> waivers = WaiverResolver.resolve(only(statements, Statement.Waiver.class), conduits.conduits,
                devices, knownConduits, knownDevices, lookup, namespace, diagnostics);

        if (site.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Statement.SiteDecl decl = site.get();
        return Optional.of(new Site(decl.name().text(), decl.description().map(Text::value), decl.span(), zones.zones,
                services.definitions(conduits.servicesReferenced),
                zones.assets, zones.families, conduits.conduits, conduits.flows, invariants, acceptances, waivers, devices,
                Topology.of(zones.zones, devices)));
    }

    private static Optional<Statement.SiteDecl> site(List<PolicyFile> files, List<Statement> statements,
                                                     Diagnostics diagnostics) {
        List<Statement.SiteDecl> sites = only(statements, Statement.SiteDecl.class);
        if (sites.isEmpty() && statements.stream().anyMatch(s -> s instanceof Statement.Unparsed u
                && (u.keyword().equals("site") || u.keyword().isEmpty()))) {
            // the site statement has a syntax error, or a statement the parser could not even start (a misspelt
            // `site`): that error is reported, and a missing site would only repeat it
            return Optional.empty();
        }
        if (sites.isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0219, "no `site` declaration in any policy file")
                    .help("start one policy file with `site NAME \"description\"`"));
            return Optional.empty();
        }
        for (Statement.SiteDecl extra : sites.subList(1, sites.size())) {
            diagnostics.report(Diagnostic.error(Code.ZC0219, "a second `site` declaration")
                    .at(extra.span()).label(sites.get(0).span(), "the site is declared here")
                    .help("a site folder describes one site; declare it once"));
        }
        return Optional.of(sites.get(0));
    }

    private static List<PortLevelAcceptance> acceptances(List<Statement.PortLevelAcceptance> statements,
                                                         ServiceResolver services, List<Device> devices,
                                                         Set<String> knownDevices, Diagnostics diagnostics) {
        Set<String> deviceNames = new TreeSet<>();
        devices.forEach(d -> deviceNames.add(d.name()));
        List<PortLevelAcceptance> result = new ArrayList<>();
        for (Statement.PortLevelAcceptance s : statements) {
            Set<String> named = new TreeSet<>();
            for (Ident device : s.devices()) {
                if (deviceNames.contains(device.text())) {
                    named.add(device.text());
                } else if (!knownDevices.contains(device.text())) {
                    diagnostics.report(Diagnostic.error(Code.ZC0222, "unknown device `" + device.text() + "`")
                            .at(device.span())
                            .helpIf(DidYouMean.help(device.text(), deviceNames))
                            .help("devices are defined in inventory.yaml"));
                }
            }
            for (ServiceTerm.Ref ref : s.functions()) {
                Optional<FunctionClass> fc = services.functionClass(ref);
                fc.ifPresent(f -> result.add(new PortLevelAcceptance(f, named, s.justification().value(), s.span())));
            }
        }
        return result;
    }

    /** The names statements with syntax errors of one kind would have declared. */
    private static Set<String> declared(List<Statement.Unparsed> unparsed, String keyword) {
        Set<String> names = new TreeSet<>();
        unparsed.stream().filter(u -> u.keyword().equals(keyword)).forEach(u -> u.declares().forEach(n -> names.add(n.text())));
        return names;
    }

    private static <T extends Statement> List<T> only(List<Statement> statements, Class<T> kind) {
        return statements.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
