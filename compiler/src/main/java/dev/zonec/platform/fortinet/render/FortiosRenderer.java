package dev.zonec.platform.fortinet.render;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.platform.fortinet.FortinetFortios;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.render.ConfigEscape;
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleNameClashes;
import dev.zonec.render.RuleText;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ObjectUsers;
import dev.zonec.render.firewall.ServiceBook;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fortinet FortiGate, FortiOS 7.x (7.0, 7.2, 7.4): a CLI script of address objects and groups, custom services and
 * groups, and firewall policies between the interfaces facing each pair of zones, ending in a logged deny.
 * FortiOS is stateful, so only the connection-opening direction is written. The script uses the consolidated
 * IPv4/IPv6 policy table ({@code srcaddr6}/{@code dstaddr6} in {@code config firewall policy}), which exists since
 * FortiOS 6.4; FortiOS 6.2 and earlier kept IPv6 in {@code config firewall policy6} and are not a target.
 *
 * <p>Re-applying the script replaces zonec's previous state in place: every object has a {@code zc-}/{@code zc6-}
 * name, every policy an ID derived from its name in zonec's range ({@link FortiosIds}, the deny at its top), each
 * edit sets every field zonec owns, the deny is edited first and {@code move} commands put each allow just above it
 * in rule order (so the deny ends last), and a last block clears each policy's addresses of the other
 * IP version, which a re-applied policy that changed version would otherwise keep. The clearing stands in a block of
 * its own, after the policies, because Batfish's FortiOS grammar has no {@code unset} in a policy and skips everything
 * after one up to the block's {@code end}: there it skips only the clearing, never a policy.
 */
public final class FortiosRenderer implements Renderer {
    /**
     * Characters free text may not keep inside a double-quoted CLI string: {@code "} and {@code '} quote,
     * {@code \} escapes (and continues the line when last), {@code ?} opens the CLI help, {@code $} starts a CLI
     * variable such as {@code $SerialNum}.
     */
    static final String FORBIDDEN = "\"'\\?$";
    /** Address, group, service and application list comments hold 255 characters; policy comments 1023. */
    private static final int OBJECT_COMMENT_MAX = 255;

    private final Map<String, List<String>> inspection;

    public FortiosRenderer() {
        this(FortinetFortios.PLATFORM.capabilities().inspection());
    }

    /** With another inspection table (function class to {@code "<application id> <name>"}), for tests. */
    FortiosRenderer(Map<String, List<String>> inspection) {
        this.inspection = Map.copyOf(inspection);
    }


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        FortiosPlan plan = FortiosPlan.of(device, site, inspection);
        for (AddressBook.DerivedName name : plan.derivedNames()) {
            NameCheck.check(device.device(), name.name(), name.what(), name.origin(), diagnostics);
        }
        RuleNameClashes.check(device.device(), "firewall policy", plan.policyNames(), diagnostics);
    }

    /**
     * The manifest's kinds: each the FortiOS table its entries live in (policy IDs, object names), listed in the order
     * a stale entry is deleted: a policy before the groups and objects it uses, a group before its members.
     */
    static final List<String> TABLES = List.of("firewall policy", "firewall local-in-policy",
            "firewall local-in-policy6", "firewall addrgrp", "firewall addrgrp6", "firewall service group",
            "firewall address", "firewall address6", "firewall service custom", "application list");
    /** The tables whose keys are IDs (unquoted), the others' are names. */
    private static final java.util.Set<String> NUMBERED = java.util.Set.of("firewall policy", "firewall local-in-policy",
            "firewall local-in-policy6");

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        return plan(device, site, Ownership.NONE);
    }

    /**
     * The script as a load onto what the previous output left: every entry in zonec's tables is set again in place
     * (IDs and names are stable), and what the previous output created and this one does not is deleted at the end,
     * once the new policies are in place.
     */
    @Override
    public List<FilePlan> plan(DeviceIr device, Site site, Ownership previous) {
        FortiosPlan plan = FortiosPlan.of(device, site, inspection);
        Device d = device.device();
        ObjectUsers users = new ObjectUsers();
        Map<IpFamily, List<IrRule>> toDevice = new java.util.EnumMap<>(IpFamily.class);
        for (FortiosPlan.LocalIn l : plan.localIn()) {
            if (l.zonePolicy().isPresent()) {
                List<IrRule> list = toDevice.computeIfAbsent(l.family(), f -> new ArrayList<>());
                l.zonePolicy().get().rules().stream().filter(r -> !list.contains(r)).forEach(list::add);
            }
        }
        for (FortiosPlan.LocalIn l : plan.localIn()) {
            List<IrRule> rules = localInRules(l, toDevice);
            users.add(l.sources(), rules);
            users.add(l.destinations(), rules);
            users.add(l.services(), rules);
        }
        for (FortiosPlan.Policy p : plan.policies()) {
            List<IrRule> rules = p.zonePolicy().rules();
            users.add(p.sources(), rules);
            users.add(p.destinations(), rules);
            users.add(p.services(), rules);
            p.applicationList().ifPresent(l -> users.add(List.of(l.name()), rules));
        }
        AddressBook addresses = plan.addresses();
        addresses.groups().forEach(g -> users.throughGroup(g.name(), g.members()));
        plan.services().groups().forEach(g -> users.throughGroup(g.name(), g.members()));
        List<String> header = new ArrayList<>(List.of(
                "zonec: " + d.name() + " (fortinet-fortios), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "FortiOS 7.x CLI script (consolidated IPv4/IPv6 policy table, FortiOS 6.4 and later).",
                "zonec owns the objects named zc-* and zc6-* and the policy IDs " + FortiosIds.FIRST + "-"
                        + FortiosIds.DENY + ", each derived from its",
                "policy name (the deny is " + FortiosPlan.DENY_ID + "); re-applying this script replaces them in place",
                "and deletes what the previous output created and this one does not (docs/platforms/fortinet-fortios.md)."));
        if (!plan.localIn().isEmpty()) {
            header.add("zonec owns the same ID range in local-in-policy and local-in-policy6 (traffic to the FortiGate "
                    + "itself), written first.");
        }
        List<FortiosView.Policy> policies = new ArrayList<>();
        List<FortiosView.Move> moves = new ArrayList<>();
        List<FortiosView.Clearing> clearing = new ArrayList<>();
        int remarkLength = d.platform().capabilities().remarkLength();
        List<String> all = d.interfaces().stream().map(Interface::name).toList();
        List<String> any = List.of("all");
        // the deny is edited first and each allow then moved above it: a policy a re-load adds lands below the deny
        // (inactive, never open) until its move, and every move names a policy that stands after its pivot, the one
        // case Batfish 0.36 reorders as FortiOS does (its InsertOrderedMap.moveTo is off by one otherwise)
        policies.add(new FortiosView.Policy(FortiosPlan.DENY_ID, "zc-deny", all, all, false, any, any, any, any,
                List.of("ALL"), "", "zonec: everything the policy does not allow", List.of(), "default deny"));
        for (FortiosPlan.Policy p : plan.policies()) {
            boolean v6 = p.zonePolicy().family() == IpFamily.V6;
            List<IrRule> rules = p.zonePolicy().rules();
            // every session is logged, allowed or denied ("utm", the FortiOS default, logs security events only,
            // which without a security profile is nothing): the traffic log is the audit trail (IEC 62443 SR 2.8)
            policies.add(new FortiosView.Policy(p.id(), p.name(), interfaces(d, p.zonePolicy().fromZone()),
                    interfaces(d, p.zonePolicy().toZone()), true, v6 ? List.of() : p.sources(),
                    v6 ? List.of() : p.destinations(), v6 ? p.sources() : List.of(), v6 ? p.destinations() : List.of(),
                    p.services(), p.applicationList().map(FortiosPlan.ApplicationList::name).orElse(""),
                    freeText(describe(p), remarkLength), rules, ""));
            clearing.add(new FortiosView.Clearing(p.id(), v6, rules));
            // each allow in turn just above the deny: the allows end in rule order, the deny last, and a move line
            // names only its own policy, so adding or removing a rule adds or removes its line alone
            moves.add(new FortiosView.Move(p.id(), FortiosPlan.DENY_ID, rules));
        }
        List<FortiosView.LocalIn> local4 = new ArrayList<>();
        List<FortiosView.LocalIn> local6 = new ArrayList<>();
        List<FortiosView.Move> localMoves4 = new ArrayList<>();
        List<FortiosView.Move> localMoves6 = new ArrayList<>();
        Map<List<Object>, Integer> denies = new java.util.HashMap<>();
        plan.localIn().stream().filter(l -> !l.allow()).forEach(l -> denies.put(List.of(l.family(), l.intf()), l.id()));
        for (FortiosPlan.LocalIn l : plan.localIn()) {
            boolean v6 = l.family() == IpFamily.V6;
            List<IrRule> rules = localInRules(l, toDevice);
            String comments = l.zonePolicy().map(zp -> freeText(describe(zp.first(), zp.services()), remarkLength))
                    .orElse(freeText("zonec: the services of the device-bound rules, to " + d.name() + " arriving on "
                            + l.intf() + ", that no rule allows", remarkLength));
            (v6 ? local6 : local4).add(new FortiosView.LocalIn(l.id(), l.intf(), l.allow(), l.sources(),
                    l.destinations(), l.services(), comments, rules, l.allow() ? "" : "own traffic deny"));
            if (l.allow()) {
                // each accept just above the deny of its interface: one a re-load adds lands below that deny (never
                // reached) until its move
                (v6 ? localMoves6 : localMoves4).add(new FortiosView.Move(l.id(),
                        denies.get(List.of(l.family(), l.intf())), rules));
            }
        }
        Ownership.Builder owned = Ownership.builder();
        policies.forEach(p -> owned.add(TABLES.get(0), Integer.toString(p.id())));
        local4.forEach(l -> owned.add("firewall local-in-policy", Integer.toString(l.id())));
        local6.forEach(l -> owned.add("firewall local-in-policy6", Integer.toString(l.id())));
        List<FortiosView.Address> v4 = addresses(addresses, IpFamily.V4, users);
        List<FortiosView.Address> v6 = addresses(addresses, IpFamily.V6, users);
        List<FortiosView.Group> groups4 = groups(addresses, IpFamily.V4, users);
        List<FortiosView.Group> groups6 = groups(addresses, IpFamily.V6, users);
        groups4.forEach(g -> owned.add("firewall addrgrp", g.name()));
        groups6.forEach(g -> owned.add("firewall addrgrp6", g.name()));
        plan.services().groups().forEach(g -> owned.add("firewall service group", g.name()));
        v4.forEach(a -> owned.add("firewall address", a.name()));
        v6.forEach(a -> owned.add("firewall address6", a.name()));
        plan.services().objects().forEach(o -> owned.add("firewall service custom", o.name()));
        plan.applicationLists().forEach(l -> owned.add("application list", l.name()));
        Ownership owns = owned.build();
        Ownership removes = previous.minus(owns).only(TABLES);
        List<FortiosView.Stale> stale = TABLES.stream().filter(t -> !removes.of(t).isEmpty())
                .map(t -> new FortiosView.Stale(t, !NUMBERED.contains(t), List.copyOf(removes.of(t)))).toList();
        FortiosView view = new FortiosView(header, !plan.applicationLists().isEmpty(),
                v4, v6, groups4, groups6,
                plan.services().objects().stream().map(o -> service(o, users)).toList(),
                plan.services().groups().stream().map(g -> new FortiosView.Group(g.name(), g.members(), "",
                        users.rules(g.name()))).toList(),
                plan.applicationLists().stream().map(l -> applicationList(l, users)).toList(),
                local4, localMoves4, local6, localMoves6, policies, moves, clearing, stale);
        return List.of(new FilePlan(d.name() + ".fortios", "device.ftl", view, owns, removes));
    }

    @Override
    public ConfigEscape escape() {
        return new ConfigEscape("fortinet-fortios", FORBIDDEN, '_');
    }

    // ---- addresses ----

    /** {@code type} is always set: a re-applied object may change between a subnet and a range. */
    private static List<FortiosView.Address> addresses(AddressBook book, IpFamily family, ObjectUsers users) {
        List<FortiosView.Address> result = new ArrayList<>();
        for (AddressBook.AddressObject o : book.objects()) {
            if (o.block().family() != family) {
                continue;
            }
            AddressBlock block = o.block();
            String comment = o.description().map(t -> freeText(t, OBJECT_COMMENT_MAX)).orElse("");
            List<IrRule> rules = users.rules(o.name());
            if (block.form() == AddressBlock.Form.RANGE) {
                result.add(new FortiosView.Address(o.name(), FortiosView.Address.Kind.RANGE, text(block.lower()), "",
                        0, text(block.upper()), comment, rules));
            } else if (family == IpFamily.V4) {
                IPAddress prefix = block.prefixBlocks().get(0);
                result.add(new FortiosView.Address(o.name(), FortiosView.Address.Kind.SUBNET, text(prefix.getLower()),
                        text(prefix.getNetworkMask()), 0, "", comment, rules));
            } else {
                IPAddress prefix = block.prefixBlocks().get(0);
                result.add(new FortiosView.Address(o.name(), FortiosView.Address.Kind.PREFIX, text(prefix.getLower()),
                        "", prefix.getPrefixLength(), "", comment, rules));
            }
        }
        return result;
    }

    private static String text(IPAddress address) {
        return address.withoutPrefixLength().toCanonicalString();
    }

    private static List<FortiosView.Group> groups(AddressBook book, IpFamily family, ObjectUsers users) {
        Map<String, IpFamily> families = book.objects().stream()
                .collect(Collectors.toMap(AddressBook.AddressObject::name, o -> o.block().family()));
        List<FortiosView.Group> result = new ArrayList<>();
        for (AddressBook.AddressGroup g : book.groups()) {
            if (families.get(g.members().get(0)) == family) {
                result.add(new FortiosView.Group(g.name(), g.members(),
                        g.description().map(t -> freeText(t, OBJECT_COMMENT_MAX)).orElse(""), users.rules(g.name())));
            }
        }
        return result;
    }

    // ---- services ----

    /** {@code protocol} is always set, as FortiOS keeps it across edits. */
    private static FortiosView.Service service(ServiceBook.ServiceObject object, ObjectUsers users) {
        Match m = object.match();
        List<IrRule> rules = users.rules(object.name());
        if (m instanceof Match.L4 l4) {
            return new FortiosView.Service(object.name(), FortiosView.Service.Kind.L4, l4.protocol() == Protocol.TCP
                    ? FortiosView.Service.Protocol.TCP : FortiosView.Service.Protocol.UDP, l4.destinationPorts(),
                    l4.sourcePorts(), List.of(), List.of(), rules);
        }
        if (m instanceof Match.Icmp icmp) {
            return new FortiosView.Service(object.name(), FortiosView.Service.Kind.ICMP,
                    icmp.protocol() == Protocol.ICMP ? FortiosView.Service.Protocol.ICMP
                            : FortiosView.Service.Protocol.ICMP6, PortRange.ALL, PortRange.ALL,
                    icmp.type().stream().boxed().toList(), icmp.code().stream().boxed().toList(), rules);
        }
        return new FortiosView.Service(object.name(), FortiosView.Service.Kind.IP, FortiosView.Service.Protocol.IP,
                PortRange.ALL, PortRange.ALL, List.of(), List.of(), rules);
    }

    // ---- application control ----

    /**
     * An allow-list sensor: the function class's signatures pass; every other application, and traffic no
     * signature identifies, is blocked and logged.
     */
    private static FortiosView.ApplicationList applicationList(FortiosPlan.ApplicationList list, ObjectUsers users) {
        String names = list.signatures().stream().map(FortiosPlan.Signature::name).collect(Collectors.joining(", "));
        return new FortiosView.ApplicationList(list.name(),
                freeText("zonec: " + list.functionClass() + " only (" + names + ")", OBJECT_COMMENT_MAX),
                list.signatures().stream().map(FortiosPlan.Signature::id).toList(), users.rules(list.name()));
    }

    // ---- policies ----

    /** The rule text of the policy's first rule, naming every service the policy carries. */
    private static String describe(FortiosPlan.Policy p) {
        return describe(p.zonePolicy().first(), p.uses());
    }

    /** The IR rules a local-in policy stands for: an accept its zone policy's, a deny every device-bound rule's. */
    private static List<IrRule> localInRules(FortiosPlan.LocalIn l, Map<IpFamily, List<IrRule>> toDevice) {
        return l.zonePolicy().map(dev.zonec.render.firewall.ZonePolicy::rules)
                .orElse(toDevice.getOrDefault(l.family(), List.of()));
    }

    private static String describe(IrRule first, List<ServiceUse> uses) {
        ServiceUse all = new ServiceUse(uses.stream().map(ServiceUse::name).collect(Collectors.joining(",")),
                first.service().matches(), first.service().functionClass(), first.service().tags(), first.service().span());
        return RuleText.describe(new IrRule(first.flow(), first.inZone(), first.outZone(),
                first.family(), first.sources(), first.destinations(), all, first.matches(), first.kind(), first.log(),
                first.origin()));
    }

    private static List<String> interfaces(Device device, String zone) {
        return device.interfacesFacing(zone).stream().map(Interface::name).toList();
    }

    /** Free text as the inside of a double-quoted FortiOS string. */
    private static String freeText(String text, int max) {
        return ConfigText.freeText(text, FORBIDDEN, '_', max);
    }
}
