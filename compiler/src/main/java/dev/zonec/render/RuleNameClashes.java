package dev.zonec.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Device;
import dev.zonec.model.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ZC0504 for two different rules that derive the same name on one device: names join a conduit's and a rule's names
 * with {@code -}, which both may contain ({@code plc} + {@code x-y} and {@code plc-x} + {@code y}), and a shortened
 * name ends in a 7-digit hash. Either way the fix is to name one of the rules ({@code as NAME}).
 */
public final class RuleNameClashes {

    /** A name the config will hold, what it stands for (compared), and where the policy wrote its rule. */
    public record Named(String name, Object identity, String rule, Span origin) {}

    private RuleNameClashes() {}

    /** Reports every clash; true when there was one. */
    public static boolean check(Device device, String what, List<Named> names, Diagnostics diagnostics) {
        return check(device, what, "", names, diagnostics);
    }

    /** As above, {@code where} saying which namespace ({@code " in filter zc-in-control"}). */
    public static boolean check(Device device, String what, String where, List<Named> names, Diagnostics diagnostics) {
        boolean found = false;
        Map<String, Named> first = new HashMap<>();
        for (Named n : names) {
            Named earlier = first.putIfAbsent(n.name(), n);
            if (earlier != null && !earlier.identity().equals(n.identity())) {
                found = true;
                diagnostics.report(Diagnostic.error(Code.ZC0504, "`" + n.name() + "` would name two " + what + "s" + where
                                + " on `" + device.name() + "` (" + device.platform().id() + "): one for rule `" + earlier.rule()
                                + "` and one for rule `" + n.rule() + "`")
                        .at(n.origin())
                        .label(earlier.origin(), "the other rule")
                        .help("name one of the rules: `... as NAME`"));
            }
        }
        return found;
    }
}
