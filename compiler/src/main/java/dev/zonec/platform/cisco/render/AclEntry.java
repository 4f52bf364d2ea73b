package dev.zonec.platform.cisco.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * One entry of a Cisco-style ACL as a value the template spells: a remark, a permit or the final deny.
 *
 * @param sequence    the entry's number where the platform numbers entries (NX-OS, EOS), 0 where it does not
 * @param text        a remark's text, already reduced to what the platform keeps
 * @param protocol    what a permit or deny matches: {@code TCP}, {@code UDP}, {@code ICMP}, {@code ICMP6}, {@code IP}
 *                    (any IPv4) or {@code IPV6} (any IPv6); each template has its keyword for each
 * @param icmp        the ICMP type and code, or the platform's name for a type ({@code nd-na}); empty for all
 * @param service     the service object group the entry matches instead of a protocol (ASA); empty for none
 * @param established a TCP reply: ACK or RST set
 * @param rules       the IR rules the entry enforces (a remark: the rules it describes)
 * @param part        for scaffolding (the neighbour-discovery permits, the default deny), what it is; empty for a rule
 */
public record AclEntry(Kind kind, int sequence, String text, Protocol protocol, String service, AclAddress source,
                       PortRange sourcePorts, AclAddress destination, PortRange destinationPorts, boolean established,
                       List<String> icmp, boolean log, List<IrRule> rules, String part) implements Origin {

    public enum Kind { REMARK, PERMIT, DENY }

    /** {@code OSPF} (IP 89) and {@code VRRP} (IP 112) are the control plane's protocols without ports. */
    public enum Protocol { TCP, UDP, ICMP, ICMP6, IP, IPV6, OSPF, VRRP }

    public AclEntry {
        icmp = List.copyOf(icmp);
        rules = List.copyOf(rules);
    }

    public static AclEntry remark(String text, List<IrRule> rules, String part) {
        return new AclEntry(Kind.REMARK, 0, text, Protocol.IP, "", AclAddress.any(), PortRange.ALL, AclAddress.any(),
                PortRange.ALL, false, List.of(), false, rules, part);
    }

    public static AclEntry permit(Protocol protocol, AclAddress source, PortRange sourcePorts, AclAddress destination,
                                  PortRange destinationPorts, boolean established, List<String> icmp, boolean log,
                                  List<IrRule> rules, String part) {
        return new AclEntry(Kind.PERMIT, 0, "", protocol, "", source, sourcePorts, destination, destinationPorts,
                established, icmp, log, rules, part);
    }

    /** The logged deny of everything that ends every ACL. */
    public static AclEntry finalDeny(Protocol protocol) {
        return new AclEntry(Kind.DENY, 0, "", protocol, "", AclAddress.any(), PortRange.ALL, AclAddress.any(),
                PortRange.ALL, false, List.of(), true, List.of(), "default deny");
    }

    public AclEntry numbered(int number) {
        return new AclEntry(kind, number, text, protocol, service, source, sourcePorts, destination, destinationPorts,
                established, icmp, log, rules, part);
    }

    /** The same match through a service object group (ASA): no protocol or ports of its own. */
    public AclEntry through(String serviceGroup) {
        return new AclEntry(kind, sequence, text, Protocol.IP, serviceGroup, source, PortRange.ALL, destination,
                PortRange.ALL, established, List.of(), log, rules, part);
    }

    /** The same entry enforcing more rules (an ASA entry written once for several rules). */
    public AclEntry alsoFor(List<IrRule> more) {
        List<IrRule> all = new java.util.ArrayList<>(rules);
        more.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new AclEntry(kind, sequence, text, protocol, service, source, sourcePorts, destination,
                destinationPorts, established, icmp, log, all, part);
    }

    /** What the entry matches and does, without its number, origin or rules: equal keys, one device line. */
    public List<Object> match() {
        return List.of(kind, text, protocol, service, source, sourcePorts, destination, destinationPorts, established,
                icmp, log);
    }
}
