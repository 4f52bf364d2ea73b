package dev.zonec.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Endpoint;
import java.util.List;

/**
 * A rule described for a remark or comment: {@code hmi-control/hmi-polling: hmi[*] -> tank-plc1 modbus.read}. It
 * cites the rule by what stays when other rules move (its conduit and name, {@link StableNames#citation}), first, so
 * a platform that cuts long remarks keeps it; the policy line is in the source map and the manifest, not here, as
 * it changes with every line inserted above. Built only from validated names; renderers still pass it through
 * {@link ConfigText#freeText}.
 */
public final class RuleText {

    private RuleText() {}

    public static String describe(IrRule rule) {
        String text = names(rule.kind() == RuleKind.REPLY ? rule.destinations() : rule.sources()) + " -> "
                + names(rule.kind() == RuleKind.REPLY ? rule.sources() : rule.destinations()) + " "
                + rule.service().name();
        return StableNames.citation(rule.flow()) + ": " + (rule.kind() == RuleKind.REPLY ? "replies to " + text : text);
    }

    private static String names(List<Endpoint> endpoints) {
        return String.join(",", endpoints.stream().map(RuleText::name).toList());
    }

    private static String name(Endpoint e) {
        return switch (e.kind()) {
            case FAMILY -> e.name() + "[*]";
            case ZONE -> "zone " + e.name();
            case ASSET -> e.name();
            case DEVICE -> "device " + e.name();
        };
    }
}
