package dev.zonec.render.firewall;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.FlowKey;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.render.StableNames;
import java.util.ArrayList;
import java.util.List;

/**
 * One security policy of a zone-based firewall: the IR rules of one flow between one pair of zones, for one IP
 * version, merged over the flow's services (an allow rule permits every one of its services between every source
 * and destination, so the merge is exact).
 *
 * @param parts what tells this policy apart from every other on the device, after the conduit: the rule's name, the
 *              flow's zones where its conduit has several ({@link StableNames#flowParts}), the zones crossed when the
 *              flow crosses this device more than once, and {@code v6} for IPv6
 * @param rules the IR rules the policy enforces, {@code first} the first of them
 */
public record ZonePolicy(FlowKey flow, List<String> parts, String fromZone, String toZone, IpFamily family,
                         List<Endpoint> sources, List<Endpoint> destinations, List<ServiceUse> services, boolean log,
                         IrRule first, List<IrRule> rules) {
    public ZonePolicy {
        parts = List.copyOf(parts);
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        services = List.copyOf(services);
        rules = List.copyOf(rules);
    }

    public int flowId() {
        return flow.id();
    }

    public String conduit() {
        return flow.conduit();
    }

    /**
     * The policy's name: {@code prefix}, the conduit, then {@link #parts} and {@code extra}, joined by
     * {@code separator} and shortened to {@code limit} by {@link StableNames#fit}.
     */
    public String name(String prefix, char separator, int limit, String... extra) {
        List<String> all = new ArrayList<>();
        all.add(prefix + StableNames.conduit(flow.conduit()));
        all.addAll(parts);
        all.addAll(List.of(extra));
        return StableNames.join(all, separator, limit);
    }
}
