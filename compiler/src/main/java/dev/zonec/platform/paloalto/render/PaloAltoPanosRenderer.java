package dev.zonec.platform.paloalto.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
import dev.zonec.render.RuleNameClashes;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ObjectUsers;
import dev.zonec.render.firewall.ServiceBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Palo Alto Networks PAN-OS 10.1 and later (10.2, 11.x): configuration-mode {@code set} commands for a firewall in
 * single virtual system mode, whose zones, objects and rules live in vsys1. The file defines the address, service and
 * ICMP application objects the rules use and zonec's security rules (tagged {@code zonec}): its rules in policy order
 * on top of the rule base, then a logged deny of everything else between the device's zones. The zones and their
 * interfaces are the operator's (named as the policy's zones, set up once by hand), and so is every other rule.
 *
 * <p>PAN-OS is stateful and matches zone pairs, so each zone policy ({@link dev.zonec.render.firewall.ZonePolicies})
 * is one rule, or one per kind of service (see {@link PanosConfig}). Function classes with App-IDs in
 * {@code inspection.yaml} are enforced by App-ID and port together.
 */
public final class PaloAltoPanosRenderer implements Renderer {
    /** PAN-OS zone names are at most 31 characters (object names 63). */
    static final int ZONE_NAME_MAX = 31;
    /**
     * Inside a double-quoted PAN-OS CLI string: '"' would end it, '\'' also quotes, '\\' escapes, '?' asks the CLI
     * for help and '|' pipes. Each becomes '_'.
     */
    static final String QUOTED_FORBIDDEN = "\"'\\?|";
    static final String TAG = "zonec";
    static final String DENY_RULE = PanosNames.PREFIX + "default-deny";


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        Device d = device.device();
        Map<String, Zone> zones = site.zonesByName();
        for (String zone : d.zones()) {
            NameCheck.check(d, zone, "zone", zones.get(zone).span(), diagnostics);
            if (zone.length() > ZONE_NAME_MAX) {
                diagnostics.report(Diagnostic.error(Code.ZC0504, "`" + zone + "`, the zone name for `" + d.name()
                                + "` (" + d.platform().id() + "), is " + zone.length() + " characters long; PAN-OS zone "
                                + "names have at most " + ZONE_NAME_MAX)
                        .at(zones.get(zone).span())
                        .help("rename the zone in the policy so that the paloalto-panos name fits"));
            }
        }
        PanosConfig config = PanosConfig.of(device, site);
        config.addresses.derivedNames().forEach(n -> NameCheck.check(d, n.name(), n.what(), n.origin(), diagnostics));
        config.services.derivedNames().forEach(n -> NameCheck.check(d, n.name(), n.what(), n.origin(), diagnostics));
        config.rules.forEach(r -> NameCheck.check(d, r.name(), "security rule", PanosConfig.origin(r), diagnostics));
        RuleNameClashes.check(d, "security rule", config.rules.stream().map(r -> new RuleNameClashes.Named(r.name(),
                List.of(r.policy().flow(), r.policy().parts(), r.applications(), r.services()),
                r.policy().flow().ruleId(), PanosConfig.origin(r))).toList(), diagnostics);
        for (PanosNames.Clash clash : config.names.clashes()) {
            PanosNames.Claim first = clash.first();
            PanosNames.Claim second = clash.second();
            Diagnostic.Builder error = Diagnostic.error(Code.ZC0504, "`" + second.name() + "` would name both the "
                    + first.what() + " for " + first.subject() + " and the " + second.what() + " for "
                    + second.subject() + " on `" + d.name() + "` (" + d.platform().id() + ")");
            error.at(second.origin().or(first::origin).orElseThrow());
            if (second.origin().isPresent()) {
                first.origin().ifPresent(span -> error.label(span, "the other one"));
            }
            diagnostics.report(error.help("rename one of them in the policy so that the paloalto-panos names differ"));
        }
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        return plan(device, site, Ownership.NONE);
    }

    /** The manifest's kinds: the names of rules, address objects and groups, services and groups, applications. */
    static final String RULE = "rule";
    static final String ADDRESS = "address";
    static final String ADDRESS_GROUP = "address-group";
    static final String SERVICE = "service";
    static final String SERVICE_GROUP = "service-group";
    static final String APPLICATION = "application";

    /**
     * The file, loaded into the candidate configuration and committed at once: the rules of the previous output this
     * one does not write are deleted; every rule it writes has its list attributes cleared and set again (the rule
     * itself stays, with its UUID and hit counts) and its groups are written again; the rules are moved to the top of
     * the rule base in policy order, the deny last; objects and groups the previous output had and this one does not
     * are deleted. Nothing else is named: zones, interfaces, and the operator's own rules and objects stay.
     */
    @Override
    public List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        Device d = device.device();
        int max = d.platform().capabilities().remarkLength();
        PanosConfig config = PanosConfig.of(device, site);
        ObjectUsers users = new ObjectUsers();
        for (PanosConfig.Rule r : config.rules) {
            List<IrRule> rules = r.policy().rules();
            users.add(r.sources(), rules);
            users.add(r.destinations(), rules);
            users.add(r.applications(), rules);
            users.add(r.services(), rules);
        }
        config.addresses.groups().forEach(g -> users.throughGroup(g.name(), g.members()));
        config.services.groups().forEach(g -> users.throughGroup(g.name(), g.members()));

        List<PanosView.Address> addresses = new ArrayList<>();
        for (AddressBook.AddressObject o : config.addresses.objects()) {
            addresses.add(new PanosView.Address(name(o.name(), d), o.block().form() == AddressBlock.Form.RANGE,
                    value(o.block()), description(o.description(), max), users.rules(o.name())));
        }
        List<PanosView.Group> addressGroups = new ArrayList<>();
        for (AddressBook.AddressGroup g : config.addresses.groups()) {
            addressGroups.add(new PanosView.Group(name(g.name(), d), g.members(), description(g.description(), max),
                    users.rules(g.name())));
        }
        List<PanosView.Service> services = new ArrayList<>();
        for (ServiceBook.ServiceObject s : config.services.objects()) {
            Match.L4 l4 = (Match.L4) s.match();
            services.add(new PanosView.Service(name(s.name(), d), l4.protocol() == Protocol.TCP
                    ? PanosView.Service.Protocol.TCP : PanosView.Service.Protocol.UDP, l4.destinationPorts(),
                    l4.sourcePorts(), users.rules(s.name())));
        }
        List<PanosView.Group> serviceGroups = new ArrayList<>();
        for (ServiceBook.ServiceGroup g : config.services.groups()) {
            serviceGroups.add(new PanosView.Group(name(g.name(), d), g.members(), "", users.rules(g.name())));
        }
        List<PanosView.Application> applications = new ArrayList<>();
        for (IcmpApplications.Custom c : config.icmp.customs()) {
            applications.add(new PanosView.Application(name(c.name(), d), c.risk(), quoted(c.description(), max),
                    c.v6(), c.type(), c.code().stream().boxed().toList(), users.rules(c.name())));
        }
        List<PanosView.Rule> rules = new ArrayList<>();
        for (PanosConfig.Rule r : config.rules) {
            // every session is logged when it ends (Palo Alto's best practice for allow rules); a logged rule also
            // when it starts
            rules.add(new PanosView.Rule(name(r.name(), d), List.of(name(r.policy().fromZone(), d)),
                    List.of(name(r.policy().toZone(), d)), r.sources(), r.destinations(), r.applications(),
                    r.services(), true, r.policy().log() ? PanosView.Rule.Logging.BOTH : PanosView.Rule.Logging.END,
                    TAG, quoted(r.description(), max), r.policy().rules(), ""));
        }
        // the deny closes the zone pairs between the device's zones only: other zones keep the operator's rules
        List<String> zones = d.zones().stream().map(z -> name(z, d)).toList();
        List<String> any = List.of("any");
        rules.add(new PanosView.Rule(DENY_RULE, zones, zones, any, any, any, any, false, PanosView.Rule.Logging.END,
                TAG, "zonec: deny and log everything the policy does not allow between these zones", List.of(),
                "default deny"));
        PanosView.Tag tag = new PanosView.Tag(TAG, quoted("zonec: security rules for " + d.name() + " from site "
                + site.name() + "; edit the policy and recompile, not the firewall", max));

        Ownership.Builder owned = Ownership.builder();
        rules.forEach(r -> owned.add(RULE, r.name()));
        addresses.forEach(a -> owned.add(ADDRESS, a.name()));
        addressGroups.forEach(g -> owned.add(ADDRESS_GROUP, g.name()));
        services.forEach(sv -> owned.add(SERVICE, sv.name()));
        serviceGroups.forEach(g -> owned.add(SERVICE_GROUP, g.name()));
        applications.forEach(a -> owned.add(APPLICATION, a.name()));
        Ownership owns = owned.build();
        Ownership stale = previous.minus(owns).only(List.of(RULE, ADDRESS, ADDRESS_GROUP, SERVICE, SERVICE_GROUP,
                APPLICATION));
        List<PanosView.Move> moves = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            moves.add(new PanosView.Move(rules.get(i).name(), i == 0 ? "" : rules.get(i - 1).name()));
        }
        List<PanosView.Stale> removals = new ArrayList<>();
        stale.of(ADDRESS_GROUP).forEach(n -> removals.add(new PanosView.Stale(PanosView.Stale.Kind.ADDRESS_GROUP, n)));
        stale.of(SERVICE_GROUP).forEach(n -> removals.add(new PanosView.Stale(PanosView.Stale.Kind.SERVICE_GROUP, n)));
        stale.of(ADDRESS).forEach(n -> removals.add(new PanosView.Stale(PanosView.Stale.Kind.ADDRESS, n)));
        stale.of(SERVICE).forEach(n -> removals.add(new PanosView.Stale(PanosView.Stale.Kind.SERVICE, n)));
        stale.of(APPLICATION).forEach(n -> removals.add(new PanosView.Stale(PanosView.Stale.Kind.APPLICATION, n)));
        PanosView view = new PanosView(List.copyOf(stale.of(RULE)), tag, addresses, addressGroups, services,
                serviceGroups, applications, rules, moves, removals);
        return List.of(new FilePlan(d.name() + ".panos", "device.ftl", view, owns, stale));
    }

    @Override
    public ConfigEscape escape() {
        return new ConfigEscape("paloalto-panos", QUOTED_FORBIDDEN, '_');
    }

    private static String name(String name, Device device) {
        return ConfigText.name(name, device.platform().capabilities().names().pattern());
    }

    /** {@code ip-netmask} takes a host as {@code A/32} or {@code A/128}, a prefix as written; a range is low-high. */
    private static String value(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> block.text() + (block.lower().isIPv6() ? "/128" : "/32");
            case PREFIX, RANGE -> block.text();
        };
    }

    /** Free text as the inside of a double-quoted PAN-OS string. */
    private static String quoted(String text, int max) {
        return ConfigText.freeText(text, QUOTED_FORBIDDEN, '_', max);
    }

    /** An object's description as the inside of a double-quoted PAN-OS string, empty for none. */
    private static String description(Optional<String> text, int max) {
        return text.map(t -> quoted(t, max)).orElse("");
    }
}
