package dev.zonec.platform.cisco.render.nxos;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.render.ConfigText;
import dev.zonec.render.OutputFile;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.render.Templates;
import dev.zonec.platform.cisco.render.AclAddresses;
import dev.zonec.platform.cisco.render.AclConfigView;
import dev.zonec.render.ingress.AclLine;
import dev.zonec.platform.cisco.render.AclNameChecks;
import dev.zonec.render.ingress.IngressAcl;
import dev.zonec.render.ingress.IngressAcls;
import dev.zonec.platform.cisco.render.PortSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cisco NX-OS (Nexus 9000, NX-OS 9.3 and 10.x): router ACLs with sequence numbers, applied inbound on the routed
 * interfaces and SVIs of the inventory ({@code ip access-group NAME in}, {@code ipv6 traffic-filter NAME in}).
 * NX-OS ACLs are stateless, so the lowering has already added the reply rules; TCP replies use {@code established}
 * (ACK or RST set), which NX-OS accepts in IPv4 and IPv6 ACLs. Addresses are written by {@link NxosAddressStyle}.
 */
public final class CiscoNxosRenderer implements Renderer {
    /** NX-OS ACL and object-group names: 1 to 64 characters; zonec uses letters, digits, '-' and '_'. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** Sequence numbers go up in tens, as NX-OS numbers entries itself. */
    static final int STEP = 10;
    /** '?' asks the NX-OS CLI for help while a line is typed or pasted: never let it reach a remark. */
    private static final String REMARK_FORBIDDEN = "?";


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        AclNameChecks.ingressAcls(device, site, new NxosAddressStyle(), CiscoNxosRenderer::aclName, diagnostics);
    }

    @Override
    public List<OutputFile> render(DeviceIr device, Site site) {
        int remarkMax = device.device().platform().capabilities().remarkLength();
        AclAddresses addresses = new AclAddresses(new NxosAddressStyle());
        List<AclConfigView.Acl> acls = new ArrayList<>();
        AclConfigView.Bindings bindings = new AclConfigView.Bindings(device.device().interfaces());
        for (IngressAcl acl : IngressAcls.everyVersion(device)) {
            boolean v6 = acl.family() == IpFamily.V6;
            String name = ConfigText.name(aclName(acl), NAME);
            List<String> entries = new ArrayList<>();
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Remark remark) {
                    entries.add("remark " + ConfigText.freeText(RuleText.describe(remark.rule()), REMARK_FORBIDDEN,
                            '_', remarkMax));
                } else {
                    entries.addAll(permits((AclLine.Permit) line, acl.family(), addresses));
                }
            }
            if (v6) {
                // NX-OS has no implicit neighbour-discovery permits: without these the final deny cuts IPv6 off
                entries.add("remark neighbour discovery and router discovery, which the final deny would drop");
                entries.add("permit icmp any any nd-na");
                entries.add("permit icmp any any nd-ns");
                entries.add("permit icmp any any router-advertisement");
                entries.add("permit icmp any any router-solicitation");
                entries.add("deny ipv6 any any log");
            } else {
                entries.add("deny ip any any log");
            }
            acls.add(new AclConfigView.Acl(v6 ? "ipv6 access-list" : "ip access-list", name, numbered(entries)));
            bindings.inbound(acl, name);
        }
        List<AclConfigView.ObjectGroup> groups = addresses.groups().stream()
                .map(g -> new AclConfigView.ObjectGroup(g.command(), ConfigText.name(g.name(), NAME), g.entries()))
                .toList();
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (cisco-nxos), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Router ACLs applied inbound; each ends in an explicit logged deny. Target: NX-OS 9.3(x) and 10.x.");
        AclConfigView view = new AclConfigView(header, groups, acls, bindings.bindings());
        return List.of(new OutputFile(device.device().name() + ".nxos",
                Templates.render("cisco-nxos", "device.ftl", view)));
    }

    private static String aclName(IngressAcl acl) {
        return (acl.family() == IpFamily.V6 ? "zc-in6-" : "zc-in-") + acl.zone();
    }

    private static List<String> numbered(List<String> entries) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add((i + 1) * STEP + " " + entries.get(i));
        }
        return result;
    }

    /** One IR permit as NX-OS entries: one per source operand and destination operand (each a prefix or group). */
    private static List<String> permits(AclLine.Permit permit, IpFamily family, AclAddresses addresses) {
        List<String> result = new ArrayList<>();
        String log = permit.log() ? " log" : "";
        for (String src : addresses.operands(permit.source(), family)) {
            for (String dst : addresses.operands(permit.destination(), family)) {
                result.add("permit " + entry(permit.match(), src, dst, family) + log);
            }
        }
        return result;
    }

    private static String entry(Match match, String src, String dst, IpFamily family) {
        if (match instanceof Match.L4 l4) {
            String proto = l4.protocol() == Protocol.TCP ? "tcp" : "udp";
            return proto + " " + src + PortSyntax.operator(l4.sourcePorts()) + " " + dst
                    + PortSyntax.operator(l4.destinationPorts()) + (l4.established() ? " established" : "");
        }
        if (match instanceof Match.Icmp icmp) {
            // NX-OS names ICMPv6 "icmp" inside an IPv6 ACL
            StringBuilder b = new StringBuilder("icmp " + src + " " + dst);
            icmp.type().ifPresent(t -> b.append(' ').append(t));
            icmp.code().ifPresent(c -> b.append(' ').append(c));
            return b.toString();
        }
        return (family == IpFamily.V6 ? "ipv6 " : "ip ") + src + " " + dst;
    }
}
