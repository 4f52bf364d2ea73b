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
import dev.zonec.render.ConfigText;
import dev.zonec.render.NameCheck;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.platform.fortinet.render.FortiosView.Block;
import dev.zonec.platform.fortinet.render.FortiosView.Entry;
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
 * name, every policy a fixed ID ({@link FortiosPlan#DENY_ID} for the deny, then one per policy from
 * {@link FortiosPlan#FIRST_ALLOW_ID}), each edit sets every field zonec owns, {@code move} commands put the policies
 * back in order with the deny last, and a last block ({@link #CLEAR_BLOCK}) clears each policy's addresses of the other
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
    /** The comment over the block of {@code unset} lines that clears the other IP version's policy addresses. */
    public static final String CLEAR_BLOCK = "clear each policy's addresses of the other IP version";
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
        for (AddressBook.DerivedName name : FortiosPlan.of(device, inspection).derivedNames()) {
            NameCheck.check(device.device(), name.name(), name.what(), name.origin(), diagnostics);
        }
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        FortiosPlan plan = FortiosPlan.of(device, inspection);
        List<Block> blocks = new ArrayList<>();
        if (!plan.applicationLists().isEmpty()) {
            // FortiGuard OT signatures (the industrial application IDs) are excluded from the IPS engine by default
            blocks.add(new Block("ips global", List.of(), List.of("set exclude-signatures none")));
        }
        AddressBook addresses = plan.addresses();
        addBlock(blocks, "firewall address", addressEntries(addresses, IpFamily.V4));
        addBlock(blocks, "firewall address6", addressEntries(addresses, IpFamily.V6));
        addBlock(blocks, "firewall addrgrp", groupEntries(addresses, IpFamily.V4));
        addBlock(blocks, "firewall addrgrp6", groupEntries(addresses, IpFamily.V6));
        addBlock(blocks, "firewall service custom", plan.services().objects().stream().map(FortiosRenderer::service).toList());
        addBlock(blocks, "firewall service group", plan.services().groups().stream()
                .map(g -> new Entry(quote(g.name()), List.of("set member " + quoted(g.members())))).toList());
        addBlock(blocks, "application list", plan.applicationLists().stream().map(FortiosRenderer::applicationList).toList());
        blocks.addAll(policies(device, plan));
        Device d = device.device();
        int lastId = FortiosPlan.FIRST_ALLOW_ID + plan.policies().size() - 1;
        List<String> header = List.of(
                "zonec: " + d.name() + " (fortinet-fortios), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "FortiOS 7.x CLI script (consolidated IPv4/IPv6 policy table, FortiOS 6.4 and later).",
                "zonec owns the objects named zc-* and zc6-* and policy IDs " + FortiosPlan.DENY_ID + "-"
                        + Math.max(FortiosPlan.DENY_ID, lastId) + "; re-applying this script replaces them in place.");
        FortiosView view = new FortiosView(header, blocks);
        return List.of(new FilePlan(d.name() + ".fortios", "device.ftl", view));
    }

    private static void addBlock(List<Block> blocks, String path, List<Entry> entries) {
        if (!entries.isEmpty()) {
            blocks.add(new Block(path, entries, List.of()));
        }
    }

    // ---- addresses ----

    private static List<Entry> addressEntries(AddressBook book, IpFamily family) {
        List<Entry> entries = new ArrayList<>();
        for (AddressBook.AddressObject o : book.objects()) {
            if (o.block().family() != family) {
                continue;
            }
            List<String> settings = new ArrayList<>(family == IpFamily.V4 ? v4(o.block()) : v6(o.block()));
            o.description().ifPresent(text -> settings.add("set comment " + freeText(text, OBJECT_COMMENT_MAX)));
            entries.add(new Entry(quote(o.name()), settings));
        }
        return entries;
    }

    /** {@code type} is always set: a re-applied object may change between a subnet and a range. */
    private static List<String> v4(AddressBlock block) {
        if (block.form() == AddressBlock.Form.RANGE) {
            return range(block);
        }
        IPAddress prefix = block.prefixBlocks().get(0);
        return List.of("set type ipmask", "set subnet " + prefix.getLower().withoutPrefixLength().toCanonicalString()
                + " " + prefix.getNetworkMask().withoutPrefixLength().toCanonicalString());
    }

    private static List<String> v6(AddressBlock block) {
        if (block.form() == AddressBlock.Form.RANGE) {
            return range(block);
        }
        IPAddress prefix = block.prefixBlocks().get(0);
        return List.of("set type ipprefix", "set ip6 " + prefix.getLower().withoutPrefixLength().toCanonicalString()
                + "/" + prefix.getPrefixLength());
    }

    private static List<String> range(AddressBlock block) {
        return List.of("set type iprange", "set start-ip " + block.lower().withoutPrefixLength().toCanonicalString(),
                "set end-ip " + block.upper().withoutPrefixLength().toCanonicalString());
    }

    private static List<Entry> groupEntries(AddressBook book, IpFamily family) {
        Map<String, IpFamily> families = book.objects().stream()
                .collect(Collectors.toMap(AddressBook.AddressObject::name, o -> o.block().family()));
        List<Entry> entries = new ArrayList<>();
        for (AddressBook.AddressGroup g : book.groups()) {
            if (families.get(g.members().get(0)) != family) {
                continue;
            }
            List<String> settings = new ArrayList<>(List.of("set member " + quoted(g.members())));
            g.description().ifPresent(text -> settings.add("set comment " + freeText(text, OBJECT_COMMENT_MAX)));
            entries.add(new Entry(quote(g.name()), settings));
        }
        return entries;
    }

    // ---- services ----

    /** {@code protocol} is always set, as FortiOS keeps it across edits. */
    private static Entry service(ServiceBook.ServiceObject object) {
        Match m = object.match();
        List<String> settings = new ArrayList<>();
        if (m instanceof Match.L4 l4) {
            settings.add("set protocol TCP/UDP/SCTP");
            settings.add((l4.protocol() == Protocol.TCP ? "set tcp-portrange " : "set udp-portrange ")
                    + portRange(l4.destinationPorts(), l4.sourcePorts()));
        } else if (m instanceof Match.Icmp icmp) {
            settings.add(icmp.protocol() == Protocol.ICMP ? "set protocol ICMP" : "set protocol ICMP6");
            icmp.type().ifPresent(t -> settings.add("set icmptype " + t));
            icmp.code().ifPresent(c -> settings.add("set icmpcode " + c));
        } else {
            settings.add("set protocol IP");
            settings.add("set protocol-number 0");
        }
        return new Entry(quote(object.name()), settings);
    }

    /** {@code DST[-DST]} or, with a source port constraint, {@code DST[-DST]:SRC[-SRC]}. */
    private static String portRange(PortRange destination, PortRange source) {
        String dst = FortiosNames.ports(destination);
        return source.isAll() ? dst : dst + ":" + FortiosNames.ports(source);
    }

    // ---- application control ----

    /**
     * An allow-list sensor: the function class's signatures pass; every other application, and traffic no
     * signature identifies, is blocked and logged.
     */
    private static Entry applicationList(FortiosPlan.ApplicationList list) {
        String ids = list.signatures().stream().map(s -> Integer.toString(s.id())).collect(Collectors.joining(" "));
        String names = list.signatures().stream().map(FortiosPlan.Signature::name).collect(Collectors.joining(", "));
        return new Entry(quote(list.name()), List.of(
                "set comment " + freeText("zonec: " + list.functionClass() + " only (" + names + ")", OBJECT_COMMENT_MAX),
                "set other-application-action block",
                "set other-application-log enable",
                "set unknown-application-action block",
                "set unknown-application-log enable",
                "config entries",
                "    edit 1",
                "        set application " + ids,
                "        set action pass",
                "    next",
                "end"));
    }

    // ---- policies ----

    /** The policy block, then the block that clears each allow policy's addresses of the other IP version. */
    private static List<Block> policies(DeviceIr device, FortiosPlan plan) {
        Device d = device.device();
        int remarkLength = d.platform().capabilities().remarkLength();
        List<Entry> entries = new ArrayList<>();
        List<Entry> clearing = new ArrayList<>();
        List<String> moves = new ArrayList<>();
        int previous = -1;
        for (FortiosPlan.Policy p : plan.policies()) {
            boolean v4 = p.zonePolicy().family() == IpFamily.V4;
            List<String> s = new ArrayList<>();
            s.add("set name " + quote(p.name()));
            s.add("set srcintf " + interfaces(d, p.zonePolicy().fromZone()));
            s.add("set dstintf " + interfaces(d, p.zonePolicy().toZone()));
            s.add("set action accept");
            s.add((v4 ? "set srcaddr " : "set srcaddr6 ") + quoted(p.sources()));
            s.add((v4 ? "set dstaddr " : "set dstaddr6 ") + quoted(p.destinations()));
            clearing.add(new Entry(Integer.toString(p.id()), v4 ? List.of("unset srcaddr6", "unset dstaddr6")
                    : List.of("unset srcaddr", "unset dstaddr")));
            s.add("set schedule \"always\"");
            s.add("set service " + quoted(p.services()));
            if (p.applicationList().isPresent()) {
                s.add("set utm-status enable");
                s.add("set application-list " + quote(p.applicationList().get().name()));
            } else {
                s.add("set utm-status disable");
            }
            // "utm" (the FortiOS default) logs security events only, e.g. an application control block
            s.add("set logtraffic " + (p.zonePolicy().log() ? "all" : "utm"));
            s.add("set comments " + freeText(describe(p), remarkLength));
            entries.add(new Entry(Integer.toString(p.id()), s));
            if (previous >= 0) {
                moves.add("move " + p.id() + " after " + previous);
            }
            previous = p.id();
        }
        String all = d.interfaces().stream().map(i -> quote(i.name())).collect(Collectors.joining(" "));
        entries.add(new Entry(Integer.toString(FortiosPlan.DENY_ID), List.of(
                "set name \"zc-deny\"",
                "set srcintf " + all,
                "set dstintf " + all,
                "set action deny",
                "set srcaddr \"all\"",
                "set dstaddr \"all\"",
                "set srcaddr6 \"all\"",
                "set dstaddr6 \"all\"",
                "set schedule \"always\"",
                "set service \"ALL\"",
                "set logtraffic all",
                "set comments \"zonec: everything the policy does not allow\"")));
        if (previous >= 0) {
            moves.add("move " + FortiosPlan.DENY_ID + " after " + previous);
        }
        List<Block> blocks = new ArrayList<>(List.of(new Block("firewall policy", entries, moves)));
        if (!clearing.isEmpty()) {
            blocks.add(new Block(List.of("zonec: " + CLEAR_BLOCK + " (a re-applied policy that changed version would keep them)"),
                    "firewall policy", clearing, List.of()));
        }
        return blocks;
    }

    /** The rule text of the policy's first rule, naming every service the policy carries. */
    private static String describe(FortiosPlan.Policy p) {
        IrRule first = p.zonePolicy().first();
        ServiceUse all = new ServiceUse(p.uses().stream().map(ServiceUse::name).collect(Collectors.joining(",")),
                first.service().matches(), first.service().functionClass(), first.service().tags(), first.service().span());
        return RuleText.describe(new IrRule(first.flowId(), first.conduit(), first.inZone(), first.outZone(),
                first.family(), first.sources(), first.destinations(), all, first.matches(), first.kind(), first.log(),
                first.origin()));
    }

    private static String interfaces(Device device, String zone) {
        return device.interfacesFacing(zone).stream().map(Interface::name).map(FortiosRenderer::quote)
                .collect(Collectors.joining(" "));
    }

    // ---- text ----

    /** A name already checked against the platform's name rule (no quote, no space). */
    private static String quote(String name) {
        return "\"" + name + "\"";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(FortiosRenderer::quote).collect(Collectors.joining(" "));
    }

    private static String freeText(String text, int max) {
        return quote(ConfigText.freeText(text, FORBIDDEN, '_', max));
    }
}
