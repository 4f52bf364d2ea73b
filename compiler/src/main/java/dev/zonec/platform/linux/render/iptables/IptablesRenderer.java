package dev.zonec.platform.linux.render.iptables;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.ControlPlane;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.Span;
import dev.zonec.render.AddressSets;
import dev.zonec.render.ConfigEscape;
import dev.zonec.platform.linux.render.LogPrefix;
import dev.zonec.render.ConfigText;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Ownership;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Linux iptables: two files per device for {@code iptables-restore --noflush}, {@code <device>.iptables} (IPv4) and
 * {@code <device>.ip6tables} (IPv6, written even when the site has no IPv6, so IPv6 is denied too). Each touches only
 * what zonec owns in the {@code filter} table: its chains {@code zonec-forward} and {@code zonec-forward-rules}
 * (declared, so iptables-restore creates or empties them) and its one jump from FORWARD, deleted and inserted again
 * first in FORWARD. {@code zonec-forward} sends every packet that enters or leaves through an inventory interface to
 * {@code zonec-forward-rules} and returns the rest to the host's own rules; {@code zonec-forward-rules} accepts
 * established and related traffic (conntrack), drops invalid packets, has one ACCEPT (after a LOG when the flow is
 * logged) per ingress interface x egress interface x source block x destination block x protocol term, then logs
 * (rate-limited) and drops the rest. The same pair {@code zonec-input} / {@code zonec-input-rules}, jumped to first
 * from INPUT, judges what arrives for the host itself through an inventory interface: established and related
 * traffic, IPv6 neighbour discovery, the declared control plane and the rules addressed to the device are accepted,
 * the rest logged and dropped; what arrives elsewhere (loopback, a management port) returns to the host's own INPUT
 * rules. No built-in chain's policy is set and no other rule is touched: the host's own INPUT and OUTPUT rules
 * survive a load. iptables-restore applies the whole file in one commit, so no packet
 * meets a half-loaded ruleset. Blocks that are not CIDR prefixes use {@code -m iprange}; several ports use
 * {@code -m multiport} in groups of at most 15 slots. Lines are written as iptables-save writes them. Target:
 * iptables 1.8 (tested with 1.8.9 on both the nf_tables backend, Debian's default, and the legacy backend).
 */
public final class IptablesRenderer implements Renderer {
    /** iptables chain names have at most 28 characters. */
    private static final Pattern CHAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,27}");
    /** zonec's chain that FORWARD jumps to: it picks the packets through inventory interfaces. */
    static final String ENTRY = ConfigText.name("zonec-forward", CHAIN_NAME);
    /** zonec's chain that judges them. */
    static final String CHAIN = ConfigText.name("zonec-forward-rules", CHAIN_NAME);
    /** zonec's chain that INPUT jumps to: it picks the packets for the host through inventory interfaces. */
    static final String INPUT_ENTRY = ConfigText.name("zonec-input", CHAIN_NAME);
    /** zonec's chain that judges those. */
    static final String INPUT_CHAIN = ConfigText.name("zonec-input-rules", CHAIN_NAME);
    /** The LOG target keeps 29 characters of a prefix and silently cuts the rest (iptables-extensions(8)). */
    private static final int LOG_PREFIX_MAX = 29;
    /** ICMP type 255 is the icmp match's wildcard: the kernel's icmp_type_code_match reads it as every type. */
    private static final int ICMP_ANY_TYPE = 255;
    /**
     * Values are names, addresses and numbers: one argument each, so a space is escaped too. A comment or log prefix
     * is one argument in iptables-save's quoting ({@code quote(...)} in the template), so a quote or backslash in it
     * is escaped, not an end of the argument; the header is comment lines ({@code comment(...)}).
     */
    private static final ConfigEscape ESCAPE = new ConfigEscape("iptables", " \"\\'", '_',
            (escape, value) -> SaveQuoting.quote(escape.printable(value)));


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        Set<Span> reported = new HashSet<>();
        for (IrRule rule : device.rules()) {
            for (Match m : rule.matches()) {
                if (m instanceof Match.Icmp icmp && icmp.protocol() == Protocol.ICMP
                        && icmp.type().orElse(-1) == ICMP_ANY_TYPE && reported.add(rule.service().span())) {
                    diagnostics.report(Diagnostic.error(Code.ZC0505, "`" + device.device().name()
                                    + "` (iptables) cannot match ICMP type 255: its icmp match reads type 255 as every ICMP type")
                            .at(rule.service().span())
                            .help("allow the ICMP types meant by number, or `icmp` for every type"));
                }
            }
        }
    }

    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        return List.of(file(device, site, IpFamily.V4), file(device, site, IpFamily.V6));
    }

    @Override
    public ConfigEscape escape() {
        return ESCAPE;
    }

    private static FilePlan file(DeviceIr device, Site site, IpFamily family) {
        boolean v4 = family == IpFamily.V4;
        String name = device.device().name() + (v4 ? ".iptables" : ".ip6tables");
        int commentMax = device.device().platform().capabilities().remarkLength();
        List<IptView.Rule> rules = new ArrayList<>();
        List<IptView.Rule> input = new ArrayList<>(controlPlane(device.device(), family));
        for (IrRule rule : device.rules()) {
            if (rule.family() == family) {
                (rule.toDevice() ? input : rules).addAll(rules(device.device(), rule, commentMax));
            }
        }
        String tool = v4 ? "iptables" : "ip6tables";
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (iptables, " + (v4 ? "IPv4" : "IPv6") + "), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Load with: " + tool + "-restore --noflush " + name + " (one commit: refills zonec's chains "
                        + ENTRY + ", " + CHAIN + ", " + INPUT_ENTRY + " and " + INPUT_CHAIN
                        + " and moves its jumps first in FORWARD and INPUT; policies and other rules stay)",
                "First load on a host without " + ENTRY + ", once before: " + tool + " -N " + ENTRY + " && " + tool
                        + " -I FORWARD 1 -j " + ENTRY,
                "and on a host without " + INPUT_ENTRY + " (zonec before its input side too): " + tool + " -N "
                        + INPUT_ENTRY + " && " + tool + " -I INPUT 1 -j " + INPUT_ENTRY,
                "Target: iptables 1.8, nf_tables or legacy backend (whichever " + tool + "-restore the host uses)");
        List<String> interfaces = device.device().interfaces().stream().map(Interface::name).toList();
        Ownership owns = Ownership.builder().add("chain", ENTRY).add("chain", CHAIN).add("jump", "FORWARD " + ENTRY)
                .add("chain", INPUT_ENTRY).add("chain", INPUT_CHAIN).add("jump", "INPUT " + INPUT_ENTRY).build();
        return new FilePlan(name, "ruleset.ftl", new IptView(header, !v4, ENTRY, CHAIN, interfaces, rules, INPUT_ENTRY,
                INPUT_CHAIN, input), owns, Ownership.NONE);
    }

    /**
     * The input chain's accepts of the control plane each interface declares (inventory {@code control-plane:}), in
     * inventory order, one per source and destination block. The TCP segments of a session the device opened (a BGP
     * neighbour's port 179) are replies conntrack accepts already: they get no accept of their own.
     */
    private static List<IptView.Rule> controlPlane(Device device, IpFamily family) {
        List<IptView.Rule> result = new ArrayList<>();
        for (Interface i : device.interfaces()) {
            for (ControlPlane.Permit p : ControlPlane.permits(device, i, family)) {
                if (p.established()) {
                    continue;
                }
                IptView.Service service = switch (p.protocol()) {
                    case ControlPlane.OSPF_PROTOCOL -> new IptView.Service(IptView.Service.Protocol.OSPF, PortRange.ALL,
                            List.of(), List.of(), List.of());
                    case ControlPlane.VRRP_PROTOCOL -> new IptView.Service(IptView.Service.Protocol.VRRP, PortRange.ALL,
                            List.of(), List.of(), List.of());
                    case ControlPlane.TCP, ControlPlane.UDP -> new IptView.Service(p.protocol() == ControlPlane.TCP
                            ? IptView.Service.Protocol.TCP : IptView.Service.Protocol.UDP, p.sourcePorts(),
                            List.of(p.destinationPorts()), List.of(), List.of());
                    default -> throw new IllegalStateException("no iptables match for protocol " + p.protocol());
                };
                String comment = "control plane: " + p.of().protocol().word()
                        + p.of().peer().map(a -> " " + a.text()).orElse("");
                for (AddressBlock source : p.sources()) {
                    for (AddressBlock destination : p.destinations()) {
                        result.add(new IptView.Rule(IptMatches.address(source), IptMatches.address(destination),
                                i.name(), "", service, comment, "", List.of(), "control plane"));
                    }
                }
            }
        }
        return result;
    }

    /** The rule's matches: one per ingress and egress interface, source and destination block and protocol term. */
    private static List<IptView.Rule> rules(Device device, IrRule rule, int commentMax) {
        String comment = ConfigText.freeText(RuleText.describe(rule), "\"\\", '\'', commentMax);
        String log = rule.log() ? logPrefix(LogPrefix.of(rule, LOG_PREFIX_MAX)) : "";
        List<AddressBlock> sources = AddressSets.merged(rule.sources(), rule.family());
        List<AddressBlock> destinations = AddressSets.merged(rule.destinations(), rule.family());
        List<IptView.Service> services = IptMatches.services(rule.matches());
        List<IptView.Rule> result = new ArrayList<>();
        // a rule to the device itself is matched in the input chain, by ingress interface only
        List<String> outs = rule.toDevice() ? List.of("")
                : device.interfacesFacing(rule.outZone()).stream().map(Interface::name).toList();
        for (Interface in : device.interfacesFacing(rule.inZone())) {
            for (String out : outs) {
                for (AddressBlock source : sources) {
                    for (AddressBlock destination : destinations) {
                        for (IptView.Service service : services) {
                            result.add(new IptView.Rule(IptMatches.address(source), IptMatches.address(destination),
                                    in.name(), out, service, comment, log, List.of(rule)));
                        }
                    }
                }
            }
        }
        return result;
    }

    private static String logPrefix(String prefix) {
        if (prefix.length() > LOG_PREFIX_MAX) {
            throw new IllegalStateException("log prefix over " + LOG_PREFIX_MAX + " characters: " + prefix);
        }
        return prefix;
    }
}
