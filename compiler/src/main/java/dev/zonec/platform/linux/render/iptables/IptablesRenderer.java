package dev.zonec.platform.linux.render.iptables;

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
 * (rate-limited) and drops the rest. No built-in chain's policy is set and no other rule is touched: INPUT and OUTPUT
 * (the host's own hardening) survive a load. iptables-restore applies the whole file in one commit, so no packet
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
        for (IrRule rule : device.rules()) {
            if (rule.family() == family) {
                rules.addAll(rules(device.device(), rule, commentMax));
            }
        }
        String tool = v4 ? "iptables" : "ip6tables";
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (iptables, " + (v4 ? "IPv4" : "IPv6") + "), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Load with: " + tool + "-restore --noflush " + name + " (one commit: refills zonec's chains "
                        + ENTRY + " and " + CHAIN + " and moves its jump first in FORWARD; policies and other rules stay)",
                "First load on a host without " + ENTRY + ", once before: " + tool + " -N " + ENTRY + " && " + tool
                        + " -I FORWARD 1 -j " + ENTRY,
                "Target: iptables 1.8, nf_tables or legacy backend (whichever " + tool + "-restore the host uses)");
        List<String> interfaces = device.device().interfaces().stream().map(Interface::name).toList();
        Ownership owns = Ownership.builder().add("chain", ENTRY).add("chain", CHAIN).add("jump", "FORWARD " + ENTRY)
                .build();
        return new FilePlan(name, "ruleset.ftl", new IptView(header, !v4, ENTRY, CHAIN, interfaces, rules), owns,
                Ownership.NONE);
    }

    /** The rule's matches: one per ingress and egress interface, source and destination block and protocol term. */
    private static List<IptView.Rule> rules(Device device, IrRule rule, int commentMax) {
        String comment = ConfigText.freeText(RuleText.describe(rule), "\"\\", '\'', commentMax);
        String log = rule.log() ? logPrefix(LogPrefix.of(rule, LOG_PREFIX_MAX)) : "";
        List<AddressBlock> sources = AddressSets.merged(rule.sources(), rule.family());
        List<AddressBlock> destinations = AddressSets.merged(rule.destinations(), rule.family());
        List<IptView.Service> services = IptMatches.services(rule.matches());
        List<IptView.Rule> result = new ArrayList<>();
        for (Interface in : device.interfacesFacing(rule.inZone())) {
            for (Interface out : device.interfacesFacing(rule.outZone())) {
                for (AddressBlock source : sources) {
                    for (AddressBlock destination : destinations) {
                        for (IptView.Service service : services) {
                            result.add(new IptView.Rule(IptMatches.address(source), IptMatches.address(destination),
                                    in.name(), out.name(), service, comment, log, List.of(rule)));
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
