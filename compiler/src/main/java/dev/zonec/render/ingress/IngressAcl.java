package dev.zonec.render.ingress;

import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import java.util.List;

/** The ACL a device applies inbound on every interface facing {@code zone}, for one IP version. */
public record IngressAcl(String zone, IpFamily family, List<Interface> interfaces, List<AclLine> lines) {
    public IngressAcl {
        interfaces = List.copyOf(interfaces);
        lines = List.copyOf(lines);
    }
}
