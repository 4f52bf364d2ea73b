package dev.zonec.render.ingress;

import dev.zonec.model.site.Interface;
import java.util.List;

/**
 * The one ACL a device applies inbound on every interface facing {@code zone}, holding IPv4 and IPv6 entries
 * together (platforms with unified ACLs, such as ASA 9.x). Each permit's family is its rule's family.
 */
public record DualStackAcl(String zone, List<Interface> interfaces, List<AclLine> lines) {
    public DualStackAcl {
        interfaces = List.copyOf(interfaces);
        lines = List.copyOf(lines);
    }
}
