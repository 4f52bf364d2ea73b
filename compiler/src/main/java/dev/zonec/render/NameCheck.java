package dev.zonec.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.source.Span;
import java.util.regex.Pattern;

/** ZC0504: a name the platform would not accept, reported where the policy or inventory wrote it. */
public final class NameCheck {

    private NameCheck() {}

    /**
     * Checks a name a renderer derives from a policy name (an object, rule or filter name).
     *
     * @param derived the name as it would appear in the config
     * @param what    what it names, e.g. "address object"
     * @param origin  where the policy wrote the name it comes from
     */
    public static void check(Device device, String derived, String what, Span origin, Diagnostics diagnostics) {
        check(device, device.platform().capabilities().names(), derived, what, origin, diagnostics);
    }

    /**
     * The same check against a rule of its own, for platform identifiers that follow other rules than the
     * platform's object names (an ASA interface name, {@code nameif}, has its own length limit).
     */
    public static void check(Device device, NameRule rule, String derived, String what, Span origin,
                             Diagnostics diagnostics) {
        rule.problem(derived).ifPresent(problem -> diagnostics.report(Diagnostic.error(Code.ZC0504,
                        "`" + derived + "`, the " + what + " name for `" + device.name() + "` (" + device.platform().id()
                                + "), " + problem)
                .at(origin)
                .help("rename it in the policy so that the " + device.platform().id() + " name fits")));
    }

    /** Checks an inventory interface name against the platform's own interface naming. */
    public static void checkInterface(Device device, Pattern allowed, String rule, Diagnostics diagnostics) {
        for (var i : device.interfaces()) {
            if (!allowed.matcher(i.name()).matches()) {
                diagnostics.report(Diagnostic.error(Code.ZC0504, "`" + i.name() + "` is not a " + device.platform().id()
                                + " interface name").at(i.span()).help(rule));
            }
        }
    }
}
