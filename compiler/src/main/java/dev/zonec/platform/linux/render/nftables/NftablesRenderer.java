package dev.zonec.platform.linux.render.nftables;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.ControlPlane;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.render.AddressSets;
import dev.zonec.render.ConfigEscape;
import dev.zonec.platform.linux.render.LogPrefix;
import dev.zonec.render.ConfigText;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Linux nftables: one {@code inet zonec} table, zonec's alone. Its {@code forward} chain judges every forwarded packet
 * that enters or leaves through an interface of the inventory: it accepts established and related traffic
 * (conntrack), drops invalid packets, accepts each placed flow by ingress and egress interface, and logs
 * (rate-limited) and drops the rest; every rule counts its packets. Packets between other interfaces (containers, a
 * management port) are left to the host's own tables: an accept in one nftables table does not override a drop in
 * another, so the chain's policy is accept and only its drops are scoped. Endpoints of several blocks become named
 * interval sets. {@code nft -f} replaces the table in one transaction: no packet ever meets a half-loaded table, and
 * no other table, chain or set of the host is touched.
 */
public final class NftablesRenderer implements Renderer {
    /** zonec's table; the file deletes and re-creates it whole, so nothing of an earlier output can be left. */
    static final String TABLE = "zonec";
    private static final Pattern SET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");
    /** nftables keeps at most 128 bytes of a rule comment. */
    private static final int COMMENT_MAX = 120;
    /** The kernel's log prefix holds 127 characters (NF_LOG_PREFIXLEN 128, with its terminating zero). */
    private static final int LOG_PREFIX_MAX = 127;


    /** A comment is one double-quoted nft string: no quote or backslash may end it ('\'' replaces them). */
    private static final ConfigEscape ESCAPE = new ConfigEscape("nftables", "\"\\", '\'');

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        Map<String, SetPlan> sets = new java.util.TreeMap<>(); // by name: stable under rule moves
        List<NftView.Rule> rules = new ArrayList<>();
        List<NftView.Rule> input = new ArrayList<>(controlPlane(device.device()));
        for (IrRule rule : device.rules()) {
            List<String> in = names(device.device(), rule.inZone());
            // a rule to the device itself goes to the input chain, by ingress interface only
            List<String> out = rule.toDevice() ? List.of() : names(device.device(), rule.outZone());
            NftView.Address source = side(rule, rule.sources(), sets);
            NftView.Address destination = side(rule, rule.destinations(), sets);
            String comment = ConfigText.freeText(RuleText.describe(rule), "\"\\", '\'', COMMENT_MAX);
            for (NftView.Match match : services(rule.matches())) {
                (rule.toDevice() ? input : rules).add(new NftView.Rule(in, out, rule.family() == IpFamily.V6, source,
                        destination, match, rule.log() ? LogPrefix.of(rule, LOG_PREFIX_MAX) : "", comment,
                        List.of(rule)));
            }
        }
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (nftables), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Load with: nft -f " + device.device().name() + ".nft (one transaction: replaces table inet zonec, touches "
                        + "nothing else)",
                "Judges forwarded packets through " + String.join(", ", device.device().interfaces().stream()
                        .map(Interface::name).toList()) + " and packets to the host arriving there; the host's own "
                        + "tables decide the rest.");
        List<NftView.NamedSet> named = sets.values().stream()
                .map(p -> new NftView.NamedSet(p.name(), p.v6(), p.elements(), List.copyOf(p.users()))).toList();
        List<String> interfaces = device.device().interfaces().stream().map(Interface::name).toList();
        Ownership owns = Ownership.builder().add("table", "inet " + TABLE).build();
        return List.of(new FilePlan(device.device().name() + ".nft", "device.ftl",
                new NftView(header, interfaces, named, rules, input), owns, Ownership.NONE));
    }

    /**
     * The input chain's accepts of the control plane each interface declares (inventory {@code control-plane:}),
     * in inventory order. The TCP segments of a session the device opened (a BGP neighbour's port 179) are replies
     * conntrack accepts already: they get no accept of their own.
     */
    private static List<NftView.Rule> controlPlane(Device device) {
        List<NftView.Rule> result = new ArrayList<>();
        for (Interface i : device.interfaces()) {
            for (IpFamily family : IpFamily.values()) {
                for (ControlPlane.Permit p : ControlPlane.permits(device, i, family)) {
                    if (p.established()) {
                        continue;
                    }
                    String comment = "control plane: " + p.of().protocol().word()
                            + p.of().peer().map(a -> " " + a.text()).orElse("");
                    result.add(new NftView.Rule(List.of(i.name()), List.of(), family == IpFamily.V6,
                            blocks(p.sources()), blocks(p.destinations()), match(p), "", comment, List.of(),
                            "control plane"));
                }
            }
        }
        return result;
    }

    private static NftView.Address blocks(List<AddressBlock> blocks) {
        List<String> text = blocks.stream().map(AddressBlock::text).toList();
        return new NftView.Address(text.size() == 1 ? NftView.Address.Kind.SINGLE : NftView.Address.Kind.ANONYMOUS,
                text);
    }

    private static NftView.Match match(ControlPlane.Permit p) {
        return switch (p.protocol()) {
            case ControlPlane.OSPF_PROTOCOL -> new NftView.Match(NftView.Match.Kind.PROTOCOL,
                    NftView.Match.Protocol.OSPF, List.of(), List.of(), List.of());
            case ControlPlane.VRRP_PROTOCOL -> new NftView.Match(NftView.Match.Kind.PROTOCOL,
                    NftView.Match.Protocol.VRRP, List.of(), List.of(), List.of());
            case ControlPlane.TCP, ControlPlane.UDP -> new NftView.Match(NftView.Match.Kind.PORTS,
                    p.protocol() == ControlPlane.TCP ? NftView.Match.Protocol.TCP : NftView.Match.Protocol.UDP,
                    List.of(p.destinationPorts()), List.of(), List.of(), p.sourcePorts());
            default -> throw new IllegalStateException("no nft match for protocol " + p.protocol());
        };
    }

    @Override
    public ConfigEscape escape() {
        return ESCAPE;
    }

    /** A named set being collected, and the rules that use it. */
    private record SetPlan(String name, boolean v6, List<String> elements, Set<IrRule> users) {}

    private static List<String> names(Device device, String zone) {
        return device.interfacesFacing(zone).stream().map(Interface::name).toList();
    }

    /** One address, the endpoint's named set when it has several blocks, or an anonymous set of several endpoints. */
    private static NftView.Address side(IrRule rule, List<Endpoint> endpoints, Map<String, SetPlan> sets) {
        IpFamily family = rule.family();
        List<String> blocks = AddressSets.merged(endpoints, family).stream().map(AddressBlock::text).toList();
        if (blocks.size() == 1) {
            return new NftView.Address(NftView.Address.Kind.SINGLE, blocks);
        }
        if (endpoints.size() > 1) {
            return new NftView.Address(NftView.Address.Kind.ANONYMOUS, blocks);
        }
        String name = ConfigText.name(endpoints.get(0).name().replace('-', '_') + (family == IpFamily.V4 ? "_v4" : "_v6"),
                SET_NAME);
        sets.computeIfAbsent(name, n -> new SetPlan(n, family == IpFamily.V6, blocks, new LinkedHashSet<>()))
                .users().add(rule);
        return new NftView.Address(NftView.Address.Kind.SET, List.of(name));
    }

    /**
     * One match per protocol: TCP and UDP destination ports gathered into one set each (a protocol alone when one
     * of them is every port), then each ICMP term, then every protocol for {@code any} service.
     */
    private static List<NftView.Match> services(List<Match> matches) {
        Map<Protocol, List<PortRange>> ports = new LinkedHashMap<>();
        List<NftView.Match> others = new ArrayList<>();
        for (Match m : matches) {
            if (m instanceof Match.L4 l4) {
                ports.computeIfAbsent(l4.protocol(), p -> new ArrayList<>()).add(l4.destinationPorts());
            } else if (m instanceof Match.Icmp icmp) {
                others.add(icmp(icmp));
            } else {
                others.add(new NftView.Match(NftView.Match.Kind.ANY, NftView.Match.Protocol.NONE, List.of(), List.of(),
                        List.of()));
            }
        }
        List<NftView.Match> result = new ArrayList<>();
        ports.forEach((protocol, ranges) -> {
            NftView.Match.Protocol p = protocol == Protocol.TCP ? NftView.Match.Protocol.TCP : NftView.Match.Protocol.UDP;
            if (ranges.stream().anyMatch(PortRange::isAll)) {
                result.add(new NftView.Match(NftView.Match.Kind.PROTOCOL, p, List.of(), List.of(), List.of()));
            } else {
                result.add(new NftView.Match(NftView.Match.Kind.PORTS, p, ranges.stream().sorted().distinct().toList(),
                        List.of(), List.of()));
            }
        });
        result.addAll(others);
        return result;
    }

    private static NftView.Match icmp(Match.Icmp icmp) {
        NftView.Match.Protocol p = icmp.protocol() == Protocol.ICMP ? NftView.Match.Protocol.ICMP
                : NftView.Match.Protocol.ICMP6;
        if (icmp.type().isEmpty()) {
            return new NftView.Match(NftView.Match.Kind.PROTOCOL, p, List.of(), List.of(), List.of());
        }
        return new NftView.Match(NftView.Match.Kind.ICMP, p, List.of(), icmp.type().stream().boxed().toList(),
                icmp.code().stream().boxed().toList());
    }
}
