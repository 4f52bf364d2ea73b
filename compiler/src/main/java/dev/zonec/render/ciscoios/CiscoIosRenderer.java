package dev.zonec.render.ciscoios;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.render.ConfigText;
import dev.zonec.render.OutputFile;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import dev.zonec.render.Templates;
import dev.zonec.render.acl.AclLine;
import dev.zonec.render.acl.IngressAcl;
import dev.zonec.render.acl.IngressAcls;
import dev.zonec.render.acl.PortSyntax;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cisco IOS / IOS-XE: named extended ACLs applied inbound on each interface ({@code ip access-group NAME in},
 * {@code ipv6 traffic-filter NAME in}). IOS ACLs are stateless, so the lowering has already added the reply rules
 * (TCP {@code established}, mirrored UDP and ICMP). IPv4 endpoints of more than one block become
 * {@code object-group network}s; IOS-XE has no IPv6 network object groups for interface ACLs, so IPv6 endpoints
 * are written out block by block. Target: IOS 15.x and IOS-XE 16.x/17.x.
 */
public final class CiscoIosRenderer implements Renderer {
    /** IOS ACL and object-group names: a letter, then letters, digits, '-' and '_'. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** IOS remarks hold up to 100 characters. */
    private static final int REMARK_MAX = 100;

    @Override
    public Platform platform() {
        return Platform.CISCO_IOS;
    }

    @Override
    public List<OutputFile> render(DeviceIr device, Site site) {
        Map<String, IosView.ObjectGroup> groups = new LinkedHashMap<>();
        List<IosView.Acl> acls = new ArrayList<>();
        Map<String, List<String>> bindings = new LinkedHashMap<>();
        for (Interface i : device.device().interfaces()) {
            bindings.put(i.name(), new ArrayList<>());
        }
        for (IngressAcl acl : IngressAcls.of(device, site)) {
            boolean v6 = acl.family() == IpFamily.V6;
            String name = ConfigText.name((v6 ? "zc-in6-" : "zc-in-") + acl.zone(), NAME);
            List<String> entries = new ArrayList<>();
            for (AclLine line : acl.lines()) {
                if (line instanceof AclLine.Remark remark) {
                    entries.add("remark " + ConfigText.freeText(RuleText.describe(remark.rule()), "", '?', REMARK_MAX));
                } else {
                    entries.addAll(permits((AclLine.Permit) line, v6, groups));
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
            acls.add(new IosView.Acl(v6 ? "ipv6 access-list" : "ip access-list extended", name, entries));
            for (Interface i : acl.interfaces()) {
                bindings.get(i.name()).add(v6 ? "ipv6 traffic-filter " + name + " in" : "ip access-group " + name + " in");
            }
        }
        List<IosView.Binding> interfaces = new ArrayList<>();
        bindings.forEach((name, commands) -> interfaces.add(new IosView.Binding(name, commands)));
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (cisco-ios), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Named extended ACLs applied inbound; each ends in an explicit logged deny.");
        return List.of(new OutputFile(device.device().name() + ".ios",
                Templates.render("cisco-ios", "device.ftl", new IosView(header, List.copyOf(groups.values()), acls, interfaces))));
    }

    /** One IR permit as IOS access-list entries (several for IPv6 endpoints of several blocks). */
    private List<String> permits(AclLine.Permit permit, boolean v6, Map<String, IosView.ObjectGroup> groups) {
        IpFamily family = v6 ? IpFamily.V6 : IpFamily.V4;
        List<String> sources = addresses(permit.source(), family, groups);
        List<String> destinations = addresses(permit.destination(), family, groups);
        Match match = permit.match();
        String log = permit.log() ? " log" : "";
        List<String> result = new ArrayList<>();
        for (String src : sources) {
            for (String dst : destinations) {
                result.add("permit " + entry(match, src, dst, v6) + log);
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

    /**
     * How an endpoint is written: {@code host A} or {@code A WILDCARD} for one IPv4 block, an object group for
     * more; for IPv6 one entry per CIDR block ({@code host A}, {@code A/len}).
     */
    private static List<String> addresses(Endpoint endpoint, IpFamily family, Map<String, IosView.ObjectGroup> groups) {
        List<IPAddress> blocks = endpoint.addresses(family).stream().flatMap(b -> b.prefixBlocks().stream()).toList();
        if (family == IpFamily.V6) {
            return blocks.stream().map(CiscoIosRenderer::v6).toList();
        }
        if (blocks.size() == 1) {
            return List.of(v4(blocks.get(0)));
        }
        String name = ConfigText.name("zc-" + endpoint.name(), NAME);
        groups.computeIfAbsent(name, n -> new IosView.ObjectGroup(n, endpoint.addresses(family).stream()
                .map(CiscoIosRenderer::groupEntry).toList()));
        return List.of("object-group " + name);
    }

    private static String v4(IPAddress block) {
        if (block.getPrefixLength() == null || block.getPrefixLength() == 32) {
            return "host " + block.getLower().withoutPrefixLength().toCanonicalString();
        }
        return block.getLower().withoutPrefixLength().toCanonicalString() + " "
                + block.getHostMask().toCanonicalString();
    }

    private static String v6(IPAddress block) {
        if (block.getPrefixLength() == null || block.getPrefixLength() == 128) {
            return "host " + block.getLower().withoutPrefixLength().toCanonicalString();
        }
        return block.toCanonicalString();
    }

    /** Network object-group entries take a subnet mask, not a wildcard, and accept ranges. */
    private static String groupEntry(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> "host " + block.lower().toCanonicalString();
            case RANGE -> "range " + block.lower().toCanonicalString() + " " + block.upper().toCanonicalString();
            case PREFIX -> {
                IPAddress prefix = block.prefixBlocks().get(0);
                yield prefix.getLower().withoutPrefixLength().toCanonicalString() + " "
                        + prefix.getNetworkMask().toCanonicalString();
            }
        };
    }
}
