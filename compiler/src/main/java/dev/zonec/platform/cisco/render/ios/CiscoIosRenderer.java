package dev.zonec.platform.cisco.render.ios;

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
 * Cisco IOS / IOS-XE: named extended ACLs applied inbound on each interface ({@code ip access-group NAME in},
 * {@code ipv6 traffic-filter NAME in}). IOS ACLs are stateless, so the lowering has already added the reply rules
 * (TCP {@code established}, mirrored UDP and ICMP). Addresses are written by {@link IosAddressStyle}. Target: IOS
 * 15.x and IOS-XE 16.x/17.x.
 */
public final class CiscoIosRenderer implements Renderer {
    /** IOS ACL and object-group names: a letter, then letters, digits, '-' and '_'. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** IOS remarks hold up to 100 characters. */
    private static final int REMARK_MAX = 100;


    @Override
    public void validate(DeviceIr device, Site site, Diagnostics diagnostics) {
        AclNameChecks.ingressAcls(device, site, new IosAddressStyle(), CiscoIosRenderer::aclName, diagnostics);
    }

    @Override
    public List<OutputFile> render(DeviceIr device, Site site) {
        AclAddresses addresses = new AclAddresses(new IosAddressStyle());
        List<AclConfigView.Acl> acls = new ArrayList<>();
        AclConfigView.Bindings bindings = new AclConfigView.Bindings(device.device().interfaces());
        for (IngressAcl acl : IngressAcls.everyVersion(device)) {
            boolean v6 = acl.family() == IpFamily.V6;
            String name = ConfigText.name(aclName(acl), NAME);
            List<String> entries = new ArrayList<>();
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Remark remark) {
                    entries.add("remark " + ConfigText.freeText(RuleText.describe(remark.rule()), "", '?', REMARK_MAX));
                } else {
                    entries.addAll(permits((AclLine.Permit) line, acl.family(), addresses));
                }
            }
            if (v6) {
                // an explicit deny also drops neighbour discovery unless it is permitted first (IOS's implicit rules)
                entries.add("remark neighbour discovery, as in the implicit IPv6 ACL rules");
                entries.add("permit icmp any any nd-na");
                entries.add("permit icmp any any nd-ns");
                entries.add("deny ipv6 any any log");
            } else {
                entries.add("deny ip any any log");
            }
            acls.add(new AclConfigView.Acl(v6 ? "ipv6 access-list" : "ip access-list extended", name, entries));
            bindings.inbound(acl, name);
        }
        List<AclConfigView.ObjectGroup> groups = addresses.groups().stream()
                .map(g -> new AclConfigView.ObjectGroup(g.command(), ConfigText.name(g.name(), NAME), g.entries()))
                .toList();
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (cisco-ios), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Named extended ACLs applied inbound; each ends in an explicit logged deny.");
        AclConfigView view = new AclConfigView(header, groups, acls, bindings.bindings());
        return List.of(new OutputFile(device.device().name() + ".ios",
                Templates.render("cisco-ios", "device.ftl", view)));
    }

    private static String aclName(IngressAcl acl) {
        return (acl.family() == IpFamily.V6 ? "zc-in6-" : "zc-in-") + acl.zone();
    }

    /** One IR permit as IOS access-list entries (several for IPv6 endpoints of several blocks). */
    private static List<String> permits(AclLine.Permit permit, IpFamily family, AclAddresses addresses) {
        List<String> sources = addresses.operands(permit.source(), family);
        List<String> destinations = addresses.operands(permit.destination(), family);
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
            String proto = l4.protocol() == Protocol.TCP ? "tcp" : "udp";
            return proto + " " + src + PortSyntax.operator(l4.sourcePorts()) + " " + dst
                    + PortSyntax.operator(l4.destinationPorts()) + (l4.established() ? " established" : "");
        }
        if (match instanceof Match.Icmp icmp) {
            StringBuilder b = new StringBuilder("icmp " + src + " " + dst);
            icmp.type().ifPresent(t -> b.append(' ').append(t));
            icmp.code().ifPresent(c -> b.append(' ').append(c));
            return b.toString();
        }
        return (v6 ? "ipv6 " : "ip ") + src + " " + dst;
    }
}
