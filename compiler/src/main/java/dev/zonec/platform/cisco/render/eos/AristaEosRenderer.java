package dev.zonec.platform.cisco.render.eos;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.render.ConfigText;
import dev.zonec.render.OutputFile;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.render.Templates;
import dev.zonec.render.ingress.PrefixBlocks;
import dev.zonec.render.ingress.AclLine;
import dev.zonec.render.ingress.IngressAcl;
import dev.zonec.render.ingress.IngressAclNames;
import dev.zonec.render.ingress.IngressAcls;
import dev.zonec.render.ingress.NeighborDiscovery;
import dev.zonec.platform.cisco.render.PortSyntax;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Arista EOS 4.2x: named IPv4 and IPv6 ACLs with sequence numbers, applied inbound on each interface
 * ({@code ip access-group NAME in}, {@code ipv6 access-group NAME in}). EOS ACLs are stateless, so the lowering has
 * already added the reply rules (TCP {@code established} from the service port, mirrored UDP, ICMP reply types).
 * EOS interface ACLs cannot reference address groups (field-sets belong to traffic-policies, a different feature
 * on some hardware only), so every endpoint is written out block by block.
 */
public final class AristaEosRenderer implements Renderer {
    /**
     * Characters a remark must not carry: '?' opens context help when a config is pasted into the CLI, '|' pipes
     * output, '!' and '#' start comments.
     */
    private static final String REMARK_FORBIDDEN = "?|!#";
    private static final int SEQUENCE_STEP = 10;


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        IngressAclNames.check(device, site, "access list", diagnostics);
    }

    @Override
    public List<OutputFile> render(DeviceIr device, Site site) {
        Pattern names = device.device().platform().capabilities().names().pattern();
        int remarkLength = device.device().platform().capabilities().remarkLength();
        List<EosView.Acl> acls = new ArrayList<>();
        Map<String, List<String>> bindings = new LinkedHashMap<>();
        for (Interface i : device.device().interfaces()) {
            bindings.put(i.name(), new ArrayList<>());
        }
        for (IngressAcl acl : IngressAcls.everyVersion(device)) {
            boolean v6 = acl.family() == IpFamily.V6;
            String name = ConfigText.name(IngressAclNames.of(acl), names);
            List<String> entries = new ArrayList<>();
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Remark remark) {
                    entries.add("remark " + ConfigText.freeText(RuleText.describe(remark.rule()), REMARK_FORBIDDEN, '_',
                            remarkLength));
                } else {
                    entries.addAll(permits((AclLine.Permit) line, acl.family()));
                }
            }
            if (v6) {
                // the explicit deny below would otherwise also drop neighbour discovery
                entries.add("remark neighbor discovery, before the final deny");
                for (Match.Icmp nd : NeighborDiscovery.matches()) {
                    entries.add("permit " + entry(nd, "any", "any", true));
                }
                entries.add("deny ipv6 any any log");
            } else {
                entries.add("deny ip any any log");
            }
            acls.add(new EosView.Acl(v6 ? "ipv6 access-list" : "ip access-list", name, numbered(entries)));
            for (Interface i : acl.interfaces()) {
                bindings.get(i.name()).add((v6 ? "ipv6" : "ip") + " access-group " + name + " in");
            }
        }
        List<EosView.Binding> interfaces = new ArrayList<>();
        bindings.forEach((name, commands) -> interfaces.add(new EosView.Binding(name, commands)));
        String deviceName = device.device().name();
        List<String> header = List.of(
                "zonec: " + deviceName + " (arista-eos), site " + site.name() + ". Target: EOS 4.2x.",
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Stateless ACLs applied inbound; each ends in an explicit logged deny.",
                "Apply in one step: configure session zonec-" + deviceName + ", paste this file,",
                "show session-config diffs, then commit.");
        return List.of(new OutputFile(deviceName + ".eos",
                Templates.render("arista-eos", "device.ftl", new EosView(header, acls, interfaces))));
    }

    /** EOS lists its entries by sequence number: 10, 20, 30, ... in rule order. */
    private static List<String> numbered(List<String> entries) {
        List<String> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            result.add((i + 1) * SEQUENCE_STEP + " " + entries.get(i));
        }
        return result;
    }

    /** One IR permit as EOS entries: one per source block and destination block (EOS has no address groups here). */
    private static List<String> permits(AclLine.Permit permit, IpFamily family) {
        List<String> sources = addresses(permit.source(), family);
        List<String> destinations = addresses(permit.destination(), family);
        String log = permit.log() ? " log" : "";
        List<String> result = new ArrayList<>();
        for (String src : sources) {
            for (String dst : destinations) {
                result.add("permit " + entry(permit.match(), src, dst, family == IpFamily.V6) + log);
            }
        }
        return result;
    }

    private static String entry(Match match, String src, String dst, boolean v6) {
        if (match instanceof Match.L4 l4) {
            String protocol = l4.protocol() == Protocol.TCP ? "tcp" : "udp";
            return protocol + " " + src + PortSyntax.operator(l4.sourcePorts()) + " " + dst
                    + PortSyntax.operator(l4.destinationPorts()) + (l4.established() ? " established" : "");
        }
        if (match instanceof Match.Icmp icmp) {
            StringBuilder b = new StringBuilder((v6 ? "icmpv6 " : "icmp ") + src + " " + dst);
            icmp.type().ifPresent(t -> b.append(' ').append(t));
            icmp.code().ifPresent(c -> b.append(' ').append(c));
            return b.toString();
        }
        return (v6 ? "ipv6 " : "ip ") + src + " " + dst;
    }

    /** {@code host A} for one address, {@code A/LEN} for a prefix; a range becomes the prefixes covering it. */
    private static List<String> addresses(Endpoint endpoint, IpFamily family) {
        List<String> result = new ArrayList<>();
        for (IPAddress block : PrefixBlocks.prefixes(endpoint, family)) {
            result.add(PrefixBlocks.isHost(block) ? "host " + PrefixBlocks.address(block) : PrefixBlocks.cidr(block));
        }
        return result;
    }
}
