package dev.zonec.platform.cisco.render;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.platform.cisco.render.AclEntry.Protocol;
import dev.zonec.render.ConfigText;
import dev.zonec.render.Ownership;
import dev.zonec.render.RuleText;
import dev.zonec.render.ingress.AclLine;
import dev.zonec.render.ingress.IngressAcl;
import dev.zonec.render.ingress.IngressAclNames;
import dev.zonec.render.ingress.IngressAcls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans the ingress ACLs of the Cisco-style switches and routers (IOS, NX-OS, EOS): one ACL per zone and IP version
 * ({@link IngressAcls#everyVersion}), a remark and the permits of each rule in rule order, the neighbour-discovery
 * permits an IPv6 ACL needs before its final deny, the final logged deny, numbered where the platform numbers
 * entries, and the interfaces each ACL is applied on. What differs between the three is a {@link Dialect}.
 */
public final class AclPlanner {

    /**
     * One platform's choices.
     *
     * @param style             how sources and destinations are written (in place or through groups)
     * @param step              entries are numbered step, 2 step, ...; 0 where the platform does not number them
     * @param remarkForbidden   characters a remark must not carry, replaced by {@code remarkReplacement}
     * @param neighbourRemark   the remark before the IPv6 neighbour-discovery permits
     * @param neighbourIcmp     the ICMPv6 messages permitted before an IPv6 ACL's final deny, as the platform names
     *                          them (one list of tokens per permit)
     * @param staged            the file swaps the ACLs through temporary ones ({@link AclView}); false where a
     *                          configuration session makes the change in one commit
     */
    public record Dialect(AddressStyle style, int step, String remarkForbidden, char remarkReplacement,
                          String neighbourRemark, List<List<String>> neighbourIcmp, boolean staged) {}

    /** What a temporary ACL's name adds to the ACL's own. */
    public static final String STAGED = "-new";

    /** The manifest's kinds: {@code ip NAME} or {@code ipv6 NAME} for ACLs and groups, {@code INTERFACE ip NAME}. */
    public static final String ACL = "acl";
    public static final String GROUP = "object-group";
    public static final String BINDING = "binding";

    /** A device's view as a load onto what an earlier output left there, and what the manifest records of it. */
    public record Load(AclView view, Ownership owns, Ownership removes) {}

    /**
     * The device's ACLs ({@link #plan(DeviceIr, Dialect, List)}), staged through temporary ones where the dialect says
     * so, with what the previous output created and this one does not. Stale ACLs and groups are recorded as removed
     * (later outputs delete them again until the policy uses the name again: deleting one that is gone changes
     * nothing); a stale binding is removed once and not recorded, as entering an interface that no longer exists
     * would create it.
     */
    public static Load plan(DeviceIr device, Dialect dialect, List<String> header, Ownership previous) {
        AclView view = plan(device, dialect, header);
        List<AclView.Acl> staged = new ArrayList<>();
        List<AclView.Binding> stagedInterfaces = new ArrayList<>();
        if (dialect.staged()) {
            AclView written = plan(device, new Dialect(writtenOut(dialect.style()), dialect.step(),
                    dialect.remarkForbidden(), dialect.remarkReplacement(), dialect.neighbourRemark(),
                    dialect.neighbourIcmp(), true), header);
            Map<String, AclView.Acl> renamed = new LinkedHashMap<>();
            for (AclView.Acl acl : written.acls()) {
                AclView.Acl temporary = new AclView.Acl(acl.name() + STAGED, acl.v6(), acl.entries(), acl.rules());
                renamed.put(acl.name(), temporary);
                staged.add(temporary);
            }
            for (AclView.Binding b : written.interfaces()) {
                stagedInterfaces.add(new AclView.Binding(b.name(), b.zone(),
                        b.acls().stream().map(a -> renamed.get(a.name())).toList()));
            }
        }
        Ownership.Builder owned = Ownership.builder();
        Set<String> bound = new LinkedHashSet<>();
        view.acls().forEach(a -> owned.add(ACL, family(a.v6()) + " " + a.name()));
        view.groups().forEach(g -> owned.add(GROUP, family(g.v6()) + " " + g.name()));
        for (AclView.Binding b : view.interfaces()) {
            for (AclView.Acl a : b.acls()) {
                owned.add(BINDING, b.name() + " " + family(a.v6()) + " " + a.name());
                bound.add(b.name() + " " + family(a.v6()));
            }
        }
        Ownership owns = owned.build();
        Ownership stale = previous.minus(owns);
        List<AclView.Stale> staleAcls = new ArrayList<>();
        List<AclView.Stale> staleGroups = new ArrayList<>();
        List<AclView.StaleBinding> staleBindings = new ArrayList<>();
        Ownership.Builder removes = Ownership.builder();
        for (String acl : stale.of(ACL)) {
            String[] w = acl.split(" ");
            if (w.length == 2) {
                staleAcls.add(new AclView.Stale(w[1], w[0].equals("ipv6")));
                removes.add(ACL, acl);
            }
        }
        for (String group : stale.of(GROUP)) {
            String[] w = group.split(" ");
            if (w.length == 2) {
                staleGroups.add(new AclView.Stale(w[1], w[0].equals("ipv6")));
                removes.add(GROUP, group);
            }
        }
        for (String binding : stale.of(BINDING)) {
            String[] w = binding.split(" ");
            if (w.length == 3 && !bound.contains(w[0] + " " + w[1])) {
                staleBindings.add(new AclView.StaleBinding(w[0], w[2], w[1].equals("ipv6")));
            }
        }
        AclView load = new AclView(view.header(), view.groups(), view.acls(), view.interfaces(), staged,
                stagedInterfaces, staleAcls, staleGroups, staleBindings);
        return new Load(load, owns, removes.build());
    }

    private static String family(boolean v6) {
        return v6 ? "ipv6" : "ip";
    }

    /**
     * {@code style} with every endpoint written in place, one operand per prefix block: what a temporary ACL uses, so
     * that no group is in use while the file rebuilds the groups.
     */
    static AddressStyle writtenOut(AddressStyle style) {
        return new AddressStyle() {
            @Override
            public java.util.Optional<List<AclAddress>> inline(List<dev.zonec.model.site.AddressBlock> blocks,
                                                               IpFamily family) {
                return java.util.Optional.of(blocks.stream().flatMap(b -> b.prefixBlocks().stream())
                        .flatMap(p -> style.inline(List.of(dev.zonec.model.site.AddressBlock.of(p)), family)
                                .orElseThrow(() -> new IllegalStateException("one prefix needs no group: " + p))
                                .stream())
                        .toList());
            }

            @Override
            public AddressGroup group(dev.zonec.model.site.Endpoint endpoint, IpFamily family,
                                      List<dev.zonec.model.site.AddressBlock> blocks) {
                throw new IllegalStateException("a written-out style makes no group");
            }
        };
    }

    private AclPlanner() {}

    public static AclView plan(DeviceIr device, Dialect dialect, List<String> header) {
        Pattern names = device.device().platform().capabilities().names().pattern();
        int remarkLength = device.device().platform().capabilities().remarkLength();
        AclAddresses addresses = new AclAddresses(dialect.style());
        List<AclView.Acl> acls = new ArrayList<>();
        Map<String, List<AclView.Acl>> bound = new LinkedHashMap<>();
        device.device().interfaces().forEach(i -> bound.put(i.name(), new ArrayList<>()));
        for (IngressAcl acl : IngressAcls.everyVersion(device)) {
            boolean v6 = acl.family() == IpFamily.V6;
            List<AclEntry> entries = new ArrayList<>();
            Set<IrRule> rules = new LinkedHashSet<>();
            for (AclLine line : acl.lines()) {
                rules.addAll(line.rules());
                if (line instanceof AclLine.Remark remark) {
                    entries.add(AclEntry.remark(ConfigText.freeText(RuleText.describe(remark.rule()),
                            dialect.remarkForbidden(), dialect.remarkReplacement(), remarkLength), remark.rules(), ""));
                } else {
                    entries.addAll(permits((AclLine.Permit) line, acl.family(), addresses));
                }
            }
            entries.addAll(controlPlane(device.device(), acl.zone(), acl.family(), dialect));
            if (v6) {
                // an explicit deny also drops neighbour discovery unless it is permitted first
                entries.add(AclEntry.remark(dialect.neighbourRemark(), List.of(), "neighbour discovery"));
                for (List<String> icmp : dialect.neighbourIcmp()) {
                    entries.add(AclEntry.permit(Protocol.ICMP6, AclAddress.any(), PortRange.ALL, AclAddress.any(),
                            PortRange.ALL, false, icmp, false, List.of(), "neighbour discovery"));
                }
            }
            entries.add(AclEntry.finalDeny(v6 ? Protocol.IPV6 : Protocol.IP));
            AclView.Acl planned = new AclView.Acl(ConfigText.name(IngressAclNames.of(acl), names), v6,
                    numbered(entries, dialect.step()), List.copyOf(rules));
            acls.add(planned);
            for (Interface i : acl.interfaces()) {
                bound.get(i.name()).add(planned);
            }
        }
        List<AddressGroup> groups = addresses.groups();
        groups.forEach(g -> ConfigText.name(g.name(), names));
        List<AclView.Binding> interfaces = new ArrayList<>();
        for (Interface i : device.device().interfaces()) {
            interfaces.add(new AclView.Binding(i.name(), i.zone(), bound.get(i.name())));
        }
        return new AclView(header, groups, acls, interfaces);
    }

    /**
     * The control plane the interfaces facing the zone declare (inventory {@code control-plane:}), ahead of the final
     * deny: a remark per protocol, then one permit per source and destination block, every block written out.
     */
    private static List<AclEntry> controlPlane(dev.zonec.model.site.Device device, String zone, IpFamily family,
                                               Dialect dialect) {
        AddressStyle written = writtenOut(dialect.style());
        List<AclEntry> entries = new ArrayList<>();
        dev.zonec.model.site.ControlPlane last = null;
        for (dev.zonec.model.site.ControlPlane.Permit p : dev.zonec.model.site.ControlPlane.permits(device, zone, family)) {
            if (!p.of().equals(last)) {
                last = p.of();
                entries.add(AclEntry.remark("control plane: " + p.of().protocol().word()
                        + p.of().peer().map(a -> " " + a.text()).orElse(""), List.of(), CONTROL_PLANE));
            }
            Protocol protocol = switch (p.protocol()) {
                case dev.zonec.model.site.ControlPlane.TCP -> Protocol.TCP;
                case dev.zonec.model.site.ControlPlane.UDP -> Protocol.UDP;
                case dev.zonec.model.site.ControlPlane.OSPF_PROTOCOL -> Protocol.OSPF;
                case dev.zonec.model.site.ControlPlane.VRRP_PROTOCOL -> Protocol.VRRP;
                default -> throw new IllegalStateException("no ACL keyword for protocol " + p.protocol());
            };
            for (dev.zonec.model.site.AddressBlock source : p.sources()) {
                for (AclAddress src : written.inline(List.of(source), family).orElseThrow()) {
                    for (dev.zonec.model.site.AddressBlock destination : p.destinations()) {
                        for (AclAddress dst : written.inline(List.of(destination), family).orElseThrow()) {
                            entries.add(AclEntry.permit(protocol, src, p.sourcePorts(), dst, p.destinationPorts(),
                                    p.established(), List.of(), false, List.of(), CONTROL_PLANE));
                        }
                    }
                }
            }
        }
        return entries;
    }

    /** The source map's name for the control-plane entries. */
    static final String CONTROL_PLANE = "control plane";

    /** The entries of one IR permit: one per source operand and destination operand. */
    private static List<AclEntry> permits(AclLine.Permit permit, IpFamily family, AclAddresses addresses) {
        List<AclEntry> result = new ArrayList<>();
        for (AclAddress src : addresses.operands(permit.source(), family, permit.rules())) {
            for (AclAddress dst : addresses.operands(permit.destination(), family, permit.rules())) {
                result.add(entry(permit.match(), src, dst, family, permit.log(), permit.rules()));
            }
        }
        return result;
    }

    /** One match as an entry: TCP or UDP with ports, ICMP with type and code, or any protocol. */
    public static AclEntry entry(Match match, AclAddress src, AclAddress dst, IpFamily family, boolean log,
                                 List<IrRule> rules) {
        if (match instanceof Match.L4 l4) {
            return AclEntry.permit(l4.protocol() == dev.zonec.model.site.Protocol.TCP ? Protocol.TCP : Protocol.UDP,
                    src, l4.sourcePorts(), dst, l4.destinationPorts(), l4.established(), List.of(), log, rules, "");
        }
        if (match instanceof Match.Icmp icmp) {
            List<String> typeAndCode = new ArrayList<>();
            icmp.type().ifPresent(t -> typeAndCode.add(Integer.toString(t)));
            icmp.code().ifPresent(c -> typeAndCode.add(Integer.toString(c)));
            return AclEntry.permit(icmp.protocol() == dev.zonec.model.site.Protocol.ICMP6 ? Protocol.ICMP6
                            : Protocol.ICMP, src, PortRange.ALL, dst,
                    PortRange.ALL, false, typeAndCode, log, rules, "");
        }
        return AclEntry.permit(family == IpFamily.V6 ? Protocol.IPV6 : Protocol.IP, src, PortRange.ALL, dst,
                PortRange.ALL, false, List.of(), log, rules, "");
    }

    private static List<AclEntry> numbered(List<AclEntry> entries, int step) {
        if (step == 0) {
            return entries;
        }
        List<AclEntry> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            result.add(entries.get(i).numbered((i + 1) * step));
        }
        return result;
    }
}
