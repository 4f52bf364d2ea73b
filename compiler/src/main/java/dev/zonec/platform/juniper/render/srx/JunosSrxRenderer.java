package dev.zonec.platform.juniper.render.srx;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Juniper SRX Series, Junos OS 20.1 and later: security zones bound to the inventory's logical interfaces, the global
 * address book, applications and application-sets, and one security policy per flow, zone pair and IP version. The
 * SRX is stateful, so only the direction that opens a connection is permitted. What no permit matches between the
 * device's zones, same-zone traffic included, meets one global deny policy that logs at session init (the SRX looks
 * global policies up after the policies of the packet's context), and the default policy is set to deny-all for zones
 * zonec does not manage. One global policy instead of a final deny per context keeps the file growing with the rules:
 * a core firewall facing 500 zones has 250,000 contexts.
 *
 * <p>The file is a list of {@code set} commands for {@code load set}: one command per line, so no text a policy
 * author writes can share a line with a command, and the few free-text values are double-quoted descriptions with
 * every character that could end the string or the statement removed. It begins by deleting the security policies,
 * the global address book and the applications, which zonec owns entirely: set commands append, and Junos evaluates a
 * context's policies in the order they were created, so only a rebuilt policy keeps each final deny last and leaves
 * no permit or set member from an earlier version behind.
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
        SrxPlan plan = SrxPlan.of(device);
        List<AddressBook.DerivedName> derived = new ArrayList<>(plan.addresses().derivedNames());
        derived.addAll(plan.services().derivedNames());
        for (AddressBook.DerivedName n : derived) {
            check(d, n.name(), junosKind(n.what()), n.origin(), diagnostics);
        }
        for (SrxPlan.Permit permit : plan.policies()) {
            check(d, permit.name(), "security policy", permit.policy().first().origin(), diagnostics);
        }
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
        Device d = device.device();
        int remark = d.platform().capabilities().remarkLength();
        SrxPlan plan = SrxPlan.of(device);
        List<SrxView.Policy> policies = new ArrayList<>();
        for (SrxPlan.Permit permit : plan.policies()) {
            policies.add(permit(permit, remark));
        }
        SrxView view = new SrxView(header(device, site), zones(d, site, remark), addresses(plan.addresses(), remark),
                addressSets(plan.addresses(), remark), applications(plan.services()), applicationSets(plan.services()),
                policies, List.of(deny(d, remark)));
        return List.of(new FilePlan(d.name() + ".srx", "device.ftl", view));
    }

    private static List<String> header(DeviceIr device, Site site) {
        String name = device.device().name();
        List<String> header = new ArrayList<>(List.of(
                "zonec: " + name + " (juniper-srx), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Junos OS 20.1 or later on SRX Series. In configuration mode: load set /var/tmp/" + name + ".srx,",
                "then show | compare, commit check, commit. zonec owns [security policies], the global address book",
                "and [applications]: they are rebuilt here. Zones keep their other settings (host-inbound-traffic)."));
        if (device.rules().stream().anyMatch(r -> r.family() == IpFamily.V6)) {
            header.add("IPv6 policies need flow-based IPv6 (default drop): set security forwarding-options family inet6 "
                    + "mode flow-based, then reboot.");
        }
        return header;
    }

    /** Each zone the device faces, sorted, with its description and its interfaces in inventory order. */
    private static List<SrxView.Item> zones(Device device, Site site, int remark) {
        Map<String, Zone> zones = site.zonesByName();
        List<SrxView.Item> items = new ArrayList<>();
        for (String zone : device.zones()) {
            List<String> statements = new ArrayList<>();
            description(zones.get(zone).description(), remark).ifPresent(statements::add);
            for (Interface i : device.interfacesFacing(zone)) {
                statements.add("interfaces " + i.name());
            }
            items.add(new SrxView.Item(zone, statements));
        }
        return items;
    }

    private static List<SrxView.Item> addresses(AddressBook book, int remark) {
        List<SrxView.Item> items = new ArrayList<>();
        for (AddressBook.AddressObject o : book.objects()) {
            List<String> statements = new ArrayList<>();
            statements.add(address(o.block()));
            description(o.description(), remark).ifPresent(statements::add);
            items.add(new SrxView.Item(o.name(), statements));
        }
        return items;
    }

    /** {@code 10.20.0.40/32}, {@code 10.1.1.0/24} or {@code range-address 10.1.1.11 to 10.1.1.13}. */
    private static String address(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> block.lower().toCanonicalString() + (block.family() == IpFamily.V4 ? "/32" : "/128");
            case PREFIX -> block.text();
            case RANGE -> "range-address " + block.lower().toCanonicalString() + " to " + block.upper().toCanonicalString();
        };
    }

    private static List<SrxView.Item> addressSets(AddressBook book, int remark) {
        List<SrxView.Item> items = new ArrayList<>();
        for (AddressBook.AddressGroup g : book.groups()) {
            List<String> statements = new ArrayList<>();
            g.members().forEach(m -> statements.add("address " + m));
            description(g.description(), remark).ifPresent(statements::add);
            items.add(new SrxView.Item(g.name(), statements));
        }
        return items;
    }

    private static List<SrxView.Item> applications(ServiceBook book) {
        return book.objects().stream()
                .map(o -> new SrxView.Item(o.name(), List.of(application(o.match())))).toList();
    }

    /**
     * One application definition. TCP and UDP are top-level statements with the destination port always written
     * (0-65535 for every port) and the source port only when the service constrains it; ICMP and ICMPv6 use a term,
     * where Junos has accepted icmp-type and icmp-code (icmp6-type, icmp6-code) since its first SRX releases.
     */
    private static String application(Match match) {
        if (match instanceof Match.L4 l4) {
            if (l4.established()) {
                throw new IllegalStateException("an `established` match on the stateful SRX: " + l4);
            }
            String statement = "protocol " + (l4.protocol() == Protocol.TCP ? "tcp" : "udp")
                    + " destination-port " + l4.destinationPorts();
            return l4.sourcePorts().isAll() ? statement : statement + " source-port " + l4.sourcePorts();
        }
        Match.Icmp icmp = (Match.Icmp) match;
        String kind = icmp.protocol() == Protocol.ICMP ? "icmp" : "icmp6";
        StringBuilder b = new StringBuilder("term t1 protocol " + kind);
        icmp.type().ifPresent(t -> b.append(' ').append(kind).append("-type ").append(t));
        icmp.code().ifPresent(c -> b.append(' ').append(kind).append("-code ").append(c));
        return b.toString();
    }

    private static List<SrxView.Item> applicationSets(ServiceBook book) {
        return book.groups().stream()
                .map(g -> new SrxView.Item(g.name(), g.members().stream().map(m -> "application " + m).toList()))
                .toList();
    }

    private static SrxView.Policy permit(SrxPlan.Permit permit, int remark) {
        ZonePolicy p = permit.policy();
        List<String> statements = new ArrayList<>();
        description(Optional.of(RuleText.describe(described(p))), remark).ifPresent(statements::add);
        permit.sources().forEach(s -> statements.add("match source-address " + s));
        permit.destinations().forEach(s -> statements.add("match destination-address " + s));
        permit.applications().forEach(a -> statements.add("match application " + a));
        statements.add("then permit");
        if (p.log()) {
            // session-init records the connection when it opens (OT sessions can stay up for weeks);
            // session-close adds its duration and byte counts
            statements.add("then log session-init");
            statements.add("then log session-close");
        }
        return new SrxView.Policy(p.fromZone(), p.toZone(), permit.name(), statements);
    }

    /** The policy's first rule, carrying the names of all the policy's services so the description lists them. */
    private static IrRule described(ZonePolicy p) {
        IrRule first = p.first();
        String names = String.join(", ", p.services().stream().map(ServiceUse::name).distinct().toList());
        ServiceUse service = new ServiceUse(names, first.service().matches(), first.service().functionClass(),
                first.service().tags(), first.service().span());
        return new IrRule(first.flowId(), first.conduit(), first.inZone(), first.outZone(),
                first.family(), first.sources(), first.destinations(), service, first.matches(), first.kind(),
                first.log(), first.origin());
    }

    /**
     * The final deny: one global policy from every zone of the device to every zone of it, same zone included, logging
     * at session init (a denied packet opens no session, so there is no close to log). Its zones are listed rather than
     * {@code any}: zones zonec does not manage and the device's own {@code junos-host} zone keep to their own policies
     * and the default.
     */
    private static SrxView.Item deny(Device device, int remark) {
        List<String> statements = new ArrayList<>();
        description(Optional.of("zonec: deny and log everything else between the zones of this device"), remark)
                .ifPresent(statements::add);
        statements.add("match source-address any");
        statements.add("match destination-address any");
        statements.add("match application any");
        device.zones().forEach(z -> statements.add("match from-zone " + z));
        device.zones().forEach(z -> statements.add("match to-zone " + z));
        statements.add("then deny");
        statements.add("then log session-init");
        return new SrxView.Item("deny-all", statements);
    }

    /** {@code description "TEXT"} from free text, with nothing left that could end the string or the statement. */
    private static Optional<String> description(Optional<String> text, int remark) {
        return text.map(t -> ConfigText.freeText(t, FORBIDDEN, REPLACEMENT, remark))
                .filter(t -> !t.isEmpty())
                .map(t -> "description \"" + t + "\"");
    }
}
