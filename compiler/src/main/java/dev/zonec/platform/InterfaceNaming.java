package dev.zonec.platform;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Device;
import dev.zonec.render.NameCheck;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * How a platform names the interfaces zonec binds filters to.
 *
 * @param pattern  what an inventory interface name must look like; empty when the platform's names are not checked
 * @param rule     the help for a name that does not fit, with examples
 * @param identity when two spellings name one interface ({@code Vl5} and {@code Vlan5} on IOS)
 * @param sample   the name of the n-th interface (from 0) of a generated device ({@code zonec gen})
 */
public record InterfaceNaming(Optional<Pattern> pattern, String rule, InterfaceIdentity identity,
                              IntFunction<String> sample) {

    /** Names checked against {@code pattern}, compared exactly. */
    public static InterfaceNaming checked(Pattern pattern, String rule, IntFunction<String> sample) {
        return new InterfaceNaming(Optional.of(pattern), rule, InterfaceIdentity.EXACT, sample);
    }

    /** Names not checked, compared exactly. */
    public static InterfaceNaming unchecked(IntFunction<String> sample) {
        return new InterfaceNaming(Optional.empty(), "", InterfaceIdentity.EXACT, sample);
    }

    /** The same rule with another identity. */
    public InterfaceNaming identifiedBy(InterfaceIdentity other) {
        return new InterfaceNaming(pattern, rule, other, sample);
    }

    /** ZC0504 for every inventory interface of {@code device} the platform would not accept. */
    public void check(Device device, Diagnostics diagnostics) {
        pattern.ifPresent(p -> NameCheck.checkInterface(device, p, rule, diagnostics));
    }

    public String sample(int n) {
        return sample.apply(n);
    }
}
