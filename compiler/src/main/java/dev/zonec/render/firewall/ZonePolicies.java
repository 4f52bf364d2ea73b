package dev.zonec.render.firewall;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.render.StableNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a stateful zone-pair device's rules into security policies, in rule order: one policy per (flow, from
 * zone, to zone, IP version). Used by the zone-based firewalls (PAN-OS, FortiOS, SRX). A policy for the device's own
 * traffic ({@link IrRule#toDevice}) goes to the zone of the addresses it reaches the device at ({@link #toZone}).
 */
public final class ZonePolicies {

    private ZonePolicies() {}

    public static List<ZonePolicy> of(DeviceIr device, Site site) {
        record Key(int flow, String from, String to, IpFamily family) {}
        Map<Key, List<IrRule>> groups = new LinkedHashMap<>();
        Map<List<Object>, Set<List<String>>> crossings = new HashMap<>();
        for (IrRule rule : device.rules()) {
            if (rule.kind() != RuleKind.REQUEST) {
                throw new IllegalStateException("reply rule on the stateful device " + device.device().name());
            }
            groups.computeIfAbsent(new Key(rule.flowId(), rule.inZone(), toZone(rule), rule.family()),
                    k -> new ArrayList<>()).add(rule);
            crossings.computeIfAbsent(List.of(rule.flowId(), rule.family()), k -> new HashSet<>())
                    .add(List.of(rule.inZone(), toZone(rule)));
        }
        StableNames names = new StableNames(site);
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
            List<String> parts = new ArrayList<>();
            parts.add(first.rule());
            String to = toZone(first);
            parts.addAll(names.flowParts(first.flow()));
            if (crossings.get(List.of(first.flowId(), first.family())).size() > 1) {
                // the flow crosses this device on several paths: each crossing is a policy of its own
                parts.add(first.inZone());
                parts.add(to);
            }
            if (first.family() == IpFamily.V6) {
                parts.add("v6");
            }
            policies.add(new ZonePolicy(first.flow(), parts, first.inZone(), to, first.family(),
                    first.sources(), first.destinations(), services, first.log(), first, rules));
        }
        return policies;
    }

    /**
     * The zone a rule's packets go to: for the device's own traffic, the zone of the interfaces whose addresses the
     * flow reaches it at (the flow's destination zone), which zone-pair firewalls look policies up by (PAN-OS: the zone
     * of the interface that owns the address; SRX: the zone pair, then that zone to {@code junos-host}).
     */
    public static String toZone(IrRule rule) {
        return rule.toDevice() ? rule.flow().destinationZone() : rule.outZone();
    }
}
