package dev.zonec.check;

import dev.zonec.model.ir.IrRule;
import dev.zonec.packet.PacketSpace;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packet set of each IR rule, built once per run. A flow's rules on different devices match the same packets
 * (only their zones differ), so sets are shared by content: flow, kind, IP version and service term.
 */
final class RuleSets {
    private final PacketSpace space;
    private final Map<IrRule, Integer> byRule = new IdentityHashMap<>();
    private final Map<List<Object>, Integer> byContent = new HashMap<>();

    RuleSets(PacketSpace space) {
        this.space = space;
    }

    int of(IrRule rule) {
        return byRule.computeIfAbsent(rule, r -> byContent.computeIfAbsent(
                List.of(r.flowId(), r.kind(), r.family(), r.service().span(), r.service().name(), r.matches()),
                k -> space.rule(r)));
    }
}
