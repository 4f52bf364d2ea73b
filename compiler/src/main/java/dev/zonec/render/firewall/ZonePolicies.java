package dev.zonec.render.firewall;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.ServiceUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a stateful zone-pair device's rules into security policies, in rule order: one policy per (flow, from
 * zone, to zone, IP version). Used by the zone-based firewalls (PAN-OS, FortiOS, SRX).
 */
public final class ZonePolicies {

    private ZonePolicies() {}

    public static List<ZonePolicy> of(DeviceIr device) {
        record Key(int flow, String from, String to, Object family) {}
        Map<Key, List<IrRule>> groups = new LinkedHashMap<>();
        for (IrRule rule : device.rules()) {
            if (rule.kind() != RuleKind.REQUEST) {
                throw new IllegalStateException("reply rule on the stateful device " + device.device().name());
            }
            groups.computeIfAbsent(new Key(rule.flowId(), rule.inZone(), rule.outZone(), rule.family()),
                    k -> new ArrayList<>()).add(rule);
        }
        Map<Integer, Integer> sequence = new HashMap<>();
        List<ZonePolicy> policies = new ArrayList<>();
        for (List<IrRule> rules : groups.values()) {
            IrRule first = rules.get(0);
            List<ServiceUse> services = new ArrayList<>();
            for (IrRule r : rules) {
                ServiceUse family = new ServiceUse(r.service().name(), r.matches(), r.service().functionClass(),
                        r.service().tags(), r.service().span());
                if (!services.contains(family)) {
                    services.add(family);
                }
            }
            int seq = sequence.merge(first.flowId(), 1, Integer::sum);
            policies.add(new ZonePolicy(first.flowId(), seq, first.conduit(), first.inZone(), first.outZone(),
                    first.family(), first.sources(), first.destinations(), services, first.log(), first, rules));
        }
        return policies;
    }
}
