package dev.zonec.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Endpoint;
import java.util.List;

/**
 * A rule described for a remark or comment: {@code hmi[*] -> tank-plc1 modbus.read (conduits.zc:14)}. Built only
 * from validated names and the file's site path; renderers still pass it through {@link ConfigText#freeText}.
 */
public final class RuleText {

    private RuleText() {}

    public static String describe(IrRule rule) {
        String text = names(rule.kind() == RuleKind.REPLY ? rule.destinations() : rule.sources()) + " -> "
                + names(rule.kind() == RuleKind.REPLY ? rule.sources() : rule.destinations()) + " "
                + rule.service().name() + " (" + rule.origin().origin() + ")";
        return rule.kind() == RuleKind.REPLY ? "replies: " + text : text;
    }

    private static String names(List<Endpoint> endpoints) {
        return String.join(",", endpoints.stream().map(RuleText::name).toList());
    }

    private static String name(Endpoint e) {
        return switch (e.kind()) {
            case FAMILY -> e.name() + "[*]";
            case ZONE -> "zone " + e.name();
            case ASSET -> e.name();
        };
    }
}
