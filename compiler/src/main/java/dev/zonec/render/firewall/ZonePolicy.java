package dev.zonec.render.firewall;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.ServiceUse;
import java.util.List;

/**
 * One security policy of a zone-based firewall: the IR rules of one flow between one pair of zones, for one IP
 * version, merged over the flow's services (an allow rule permits every one of its services between every source
 * and destination, so the merge is exact). {@code sequence} numbers the policies of the same flow on this device;
 * {@code rules} are the IR rules the policy enforces, {@code first} the first of them.
 */
public record ZonePolicy(int flowId, int sequence, String conduit, String fromZone, String toZone, IpFamily family,
                         List<Endpoint> sources, List<Endpoint> destinations, List<ServiceUse> services, boolean log,
                         IrRule first, List<IrRule> rules) {
    public ZonePolicy {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        services = List.copyOf(services);
        rules = List.copyOf(rules);
    }
}
