package dev.zonec.platform.juniper.render.srx;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
import dev.zonec.render.RuleNameClashes;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ObjectUsers;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Juniper SRX Series, Junos OS 20.1 and later: addresses in the global address book, applications and
 * application-sets, and one security policy per flow, zone pair and IP version, all named {@code zc-*}. The security
 * zones are the operator's: named as the policy's zones, with the inventory's logical interfaces in them (set up once
 * by hand; zonec never writes a zone or an interface). The SRX is stateful, so only the direction that opens a connection is permitted. What no permit matches between the
 * device's zones, same-zone traffic included, meets one global deny policy that logs at session init (the SRX looks
 * global policies up after the policies of the packet's context); zones zonec does not manage keep the operator's
 * policies and default policy. One global policy instead of a final deny per context keeps the file growing with the rules:
 * a core firewall facing 500 zones has 250,000 contexts.
 *
 * <p>The file is a list of {@code set} commands for {@code load set}: one command per line, so no text a policy
 * author writes can share a line with a command, and the few free-text values are double-quoted descriptions with
 * every character that could end the string or the statement removed. See {@link #plan(DeviceIr, Site, Ownership)}
 * for what it deletes.
 */
public final class JunosSrxRenderer implements Renderer {
    /**
     * Characters removed from descriptions: the quote and backslash that would end or escape the quoted string, the
     * statement and block delimiters and comment character of the Junos configuration language, and the question mark
     * that asks the interactive CLI for help when the file is pasted with {@code load set terminal}.
     */
    static final String FORBIDDEN = "\"\\;{}#?";
    private static final char REPLACEMENT = '_';
    /** Junos names its predefined applications, application-sets and the device's own zone with this prefix. */
    private static final String RESERVED_PREFIX = "junos-";


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        Device d = device.device();
        Map<String, Zone> zones = site.zonesByName();
        for (String zone : d.zones()) {
            check(d, zone, "security zone", zones.get(zone).span(), diagnostics);
        }
        SrxPlan plan = SrxPlan.of(device, site);
        List<AddressBook.DerivedName> derived = new ArrayList<>(plan.addresses().derivedNames());
        derived.addAll(plan.services().derivedNames());
        for (AddressBook.DerivedName n : derived) {
            check(d, n.name(), junosKind(n.what()), n.origin(), diagnostics);
        }
        for (SrxPlan.Permit permit : plan.policies()) {
            check(d, permit.name(), "security policy", permit.policy().first().origin(), diagnostics);
        }
        for (SrxPlan.HostDeny deny : plan.hostDenies()) {
            check(d, deny.name(), "security policy", site.zonesByName().get(deny.zone()).span(), diagnostics);
        }
        RuleNameClashes.check(d, "security policy", plan.policies().stream().map(p -> new RuleNameClashes.Named(p.name(),
                List.of(p.policy().flow(), p.policy().parts()), p.policy().flow().ruleId(),
                p.policy().first().origin())).toList(), diagnostics);
        for (SrxNames.Clash clash : plan.names().clashes()) {
            diagnostics.report(Diagnostic.error(Code.ZC0504, "`" + clash.name() + "` would be the " + clash.what()
                            + " name of two objects on `" + d.name() + "` (juniper-srx): " + clash.first() + ", and "
                            + clash.second())
                    .at(clash.origin())
                    .help("Junos keeps one definition per name; rename one of them in the policy"));
        }
    }

    /** The Junos word for what the shared books call an object or group. */
    private static String junosKind(String what) {
        return switch (what) {
            case "address object" -> "address";
            case "address group" -> "address-set";
            case "service object" -> "application";
            case "service group" -> "application-set";
            default -> what;
        };
    }

    private static void check(Device device, String name, String what, Span origin, Diagnostics diagnostics) {
        NameCheck.check(device, name, what, origin, diagnostics);
        if (name.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
            diagnostics.report(Diagnostic.error(Code.ZC0504, "`" + name + "`, the " + what + " name for `" + device.name()
                            + "` (juniper-srx), starts with `junos-`, which Junos keeps for its predefined objects")
                    .at(origin)
                    .help("rename it in the policy so that the juniper-srx name fits"));
        }
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        return plan(device, site, Ownership.NONE);
    }

    /**
     * The file: every object and policy zonec writes is deleted and set again, so the commit leaves each exactly as
     * the policy says (set commands only add: a member or match of an earlier version would otherwise stay, and a
     * context's policies keep the order they were created in, so re-created permits stay in the file's order); then
     * what the previous output created and this one does not is deleted. Nothing else is named: zones and their
     * interfaces, the default policy, and every object or policy of another name are the operator's.
     */
    @Override
    public List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        Device d = device.device();
        int remark = d.platform().capabilities().remarkLength();
        SrxPlan plan = SrxPlan.of(device, site);
        ObjectUsers users = new ObjectUsers();
        List<SrxView.Policy> policies = new ArrayList<>();
        for (SrxPlan.Permit permit : plan.policies()) {
            policies.add(permit(permit, remark));
            List<IrRule> rules = permit.policy().rules();
            users.add(permit.sources(), rules);
            users.add(permit.destinations(), rules);
            users.add(permit.applications(), rules);
        }
        // each context to junos-host ends with its deny, after every permit of it
        for (SrxPlan.HostDeny deny : plan.hostDenies()) {
            policies.add(hostDeny(deny, remark));
        }
        plan.addresses().groups().forEach(g -> users.throughGroup(g.name(), g.members()));
        plan.services().groups().forEach(g -> users.throughGroup(g.name(), g.members()));
        List<SrxView.Address> addresses = plan.addresses().objects().stream().map(o -> address(o, remark, users))
                .toList();
        List<SrxView.AddressSet> addressSets = plan.addresses().groups().stream().map(g -> new SrxView.AddressSet(
                g.name(), g.members(), description(g.description(), remark), users.rules(g.name()))).toList();
        List<SrxView.Application> applications = plan.services().objects().stream()
                .map(o -> application(o.name(), o.match(), users)).toList();
        List<SrxView.ApplicationSet> applicationSets = plan.services().groups().stream()
                .map(g -> new SrxView.ApplicationSet(g.name(), g.members(), users.rules(g.name()))).toList();
        List<SrxView.Policy> globalPolicies = List.of(deny(d, remark));
        Ownership.Builder owned = Ownership.builder();
        addresses.forEach(a -> owned.add(ADDRESS, a.name()));
        addressSets.forEach(a -> owned.add(ADDRESS_SET, a.name()));
        applications.forEach(a -> owned.add(APPLICATION, a.name()));
        applicationSets.forEach(a -> owned.add(APPLICATION_SET, a.name()));
        policies.forEach(p -> owned.add(POLICY, p.from() + " " + p.to() + " " + p.name()));
        globalPolicies.forEach(p -> owned.add(POLICY, GLOBAL + " " + p.name()));
        Ownership owns = owned.build();
        Ownership stale = previous.minus(owns).only(List.of(POLICY, ADDRESS_SET, ADDRESS, APPLICATION_SET, APPLICATION));
        SrxView view = new SrxView(header(device, site), statements(owns), addresses, addressSets, applications,
                applicationSets, policies, globalPolicies, statements(stale));
        return List.of(new FilePlan(d.name() + ".srx", "device.ftl", view, owns, stale));
    }

    /** The manifest's kinds; a policy is {@code FROM TO NAME}, or {@code global NAME}. */
    static final String POLICY = "policy";
    static final String ADDRESS = "address";
    static final String ADDRESS_SET = "address-set";
    static final String APPLICATION = "application";
    static final String APPLICATION_SET = "application-set";
    private static final String GLOBAL = "global";

    /**
     * The statements that delete these names, policies first and sets before their members (the order does not
     * matter to one commit, and reads as what depends on what).
     */
    private static List<String> statements(Ownership names) {
        List<String> statements = new ArrayList<>();
        for (String policy : names.of(POLICY)) {
            String[] w = policy.split(" ");
            statements.add(w.length == 2 ? "security policies global policy " + w[1]
                    : "security policies from-zone " + w[0] + " to-zone " + w[1] + " policy " + w[2]);
        }
        names.of(ADDRESS_SET).forEach(n -> statements.add("security address-book global address-set " + n));
        names.of(ADDRESS).forEach(n -> statements.add("security address-book global address " + n));
        names.of(APPLICATION_SET).forEach(n -> statements.add("applications application-set " + n));
        names.of(APPLICATION).forEach(n -> statements.add("applications application " + n));
        return statements.stream().map(ConfigText::line).toList();
    }

    @Override
    public ConfigEscape escape() {
        return new ConfigEscape("juniper-srx", FORBIDDEN, REPLACEMENT);
    }

    private static List<String> header(DeviceIr device, Site site) {
        String name = device.device().name();
        List<String> header = new ArrayList<>(List.of(
                "zonec: " + name + " (juniper-srx), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Junos OS 20.1 or later on SRX Series. configure exclusive, load set /var/tmp/" + name + ".srx, show | compare,",
                "commit check, commit confirmed 5, then commit (docs/platforms/juniper-srx.md). zonec owns only the",
                "addresses, applications and policies named zc-*, and the zones and their interfaces are set up by hand."));
        if (device.rules().stream().anyMatch(r -> r.family() == IpFamily.V6)) {
            header.add("IPv6 policies need flow-based IPv6 (default drop): set security forwarding-options family inet6 "
                    + "mode flow-based, then reboot.");
        }
        return header;
    }

    /** A host as its address with the full length, a prefix as written, a range from its first to its last address. */
    private static SrxView.Address address(AddressBook.AddressObject o, int remark, ObjectUsers users) {
        AddressBlock block = o.block();
        String description = description(o.description(), remark);
        return switch (block.form()) {
            case HOST -> new SrxView.Address(o.name(), false,
                    block.lower().toCanonicalString() + (block.family() == IpFamily.V4 ? "/32" : "/128"), "", "",
                    description, users.rules(o.name()));
            case PREFIX -> new SrxView.Address(o.name(), false, block.text(), "", "", description,
                    users.rules(o.name()));
            case RANGE -> new SrxView.Address(o.name(), true, "", block.lower().toCanonicalString(),
                    block.upper().toCanonicalString(), description, users.rules(o.name()));
        };
    }

    /**
     * One application definition. TCP and UDP are top-level statements with the destination port always written
     * (0-65535 for every port) and the source port only when the service constrains it; ICMP and ICMPv6 use a term,
     * where Junos has accepted icmp-type and icmp-code (icmp6-type, icmp6-code) since its first SRX releases.
     */
    private static SrxView.Application application(String name, Match match, ObjectUsers users) {
        if (match instanceof Match.L4 l4) {
            if (l4.established()) {
                throw new IllegalStateException("an `established` match on the stateful SRX: " + l4);
            }
            return new SrxView.Application(name, l4.protocol() == Protocol.TCP ? SrxView.Application.Protocol.TCP
                    : SrxView.Application.Protocol.UDP, l4.sourcePorts(), l4.destinationPorts(), List.of(), List.of(),
                    users.rules(name));
        }
        Match.Icmp icmp = (Match.Icmp) match;
        return new SrxView.Application(name, icmp.protocol() == Protocol.ICMP ? SrxView.Application.Protocol.ICMP
                : SrxView.Application.Protocol.ICMP6, PortRange.ALL, PortRange.ALL,
                icmp.type().stream().boxed().toList(), icmp.code().stream().boxed().toList(), users.rules(name));
    }

    private static SrxView.Policy permit(SrxPlan.Permit permit, int remark) {
        ZonePolicy p = permit.policy();
        // every permitted session is logged when it closes, with its duration and byte counts, and counted;
        // session-init too when the policy says log (OT sessions can stay up for weeks)
        return new SrxView.Policy(permit.from(), permit.to(), permit.name(),
                description(Optional.of(RuleText.describe(described(p))), remark), permit.sources(),
                permit.destinations(), permit.applications(), List.of(), List.of(), true, p.log(), true, p.rules(),
                "");
    }

    /** The policy's first rule, carrying the names of all the policy's services so the description lists them. */
    private static IrRule described(ZonePolicy p) {
        IrRule first = p.first();
        String names = String.join(", ", p.services().stream().map(ServiceUse::name).distinct().toList());
        ServiceUse service = new ServiceUse(names, first.service().matches(), first.service().functionClass(),
                first.service().tags(), first.service().span());
        return new IrRule(first.flow(), first.inZone(), first.outZone(),
                first.family(), first.sources(), first.destinations(), service, first.matches(), first.kind(),
                first.log(), first.origin());
    }

    /**
     * The final deny: one global policy from every zone of the device to every zone of it, same zone included, logging
     * at session init (a denied packet opens no session, so there is no close to log). Its zones are listed rather than
     * {@code any}: zones zonec does not manage and the device's own {@code junos-host} zone keep to their own policies
     * and the default.
     */
    private static SrxView.Policy deny(Device device, int remark) {
        return new SrxView.Policy("", "", SrxNames.PREFIX + "deny-all",
                description(Optional.of("zonec: deny and log everything else between the zones of this device"), remark),
                List.of(SrxPlan.ANY), List.of(SrxPlan.ANY), List.of(SrxPlan.ANY), List.copyOf(device.zones()),
                List.copyOf(device.zones()), false, true, false, List.of(), "default deny");
    }

    /**
     * The last policy of a context to {@code junos-host}: the services the device-bound rules name, addressed to the
     * device's addresses in that zone, are denied and logged for every other source. Other services (the routing
     * protocols of its control plane, services the policy does not name) and other addresses (multicast, broadcast,
     * addresses zonec does not know) do not match it and stay with the operator's {@code host-inbound-traffic}.
     */
    private static SrxView.Policy hostDeny(SrxPlan.HostDeny deny, int remark) {
        return new SrxView.Policy(deny.zone(), SrxPlan.HOST, deny.name(),
                description(Optional.of("zonec: deny and log the services of the policy's device-bound rules "
                        + "addressed to " + deny.device().name() + " from " + deny.zone() + " that no rule allows"), remark),
                List.of(SrxPlan.ANY), deny.destinations(), deny.applications(), List.of(), List.of(), false, true,
                false, List.of(), "default deny");
    }

    /** A description's text with nothing left that could end the string or the statement; empty for none. */
    private static String description(Optional<String> text, int remark) {
        return text.map(t -> ConfigText.freeText(t, FORBIDDEN, REPLACEMENT, remark)).orElse("");
    }
}
