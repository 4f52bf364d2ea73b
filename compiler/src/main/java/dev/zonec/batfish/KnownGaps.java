package dev.zonec.batfish;

import dev.zonec.model.site.Platform;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines zonec must write for the real device that Batfish does not recognise: an explicit list, each entry one
 * platform and one line shape, with the evidence for it. A parse warning on such a line is reported as a note naming
 * the gap; every other warning stays an error. Nothing else is excused: there is no switch that ignores warnings.
 * docs/batfish.md lists the same entries.
 */
public final class KnownGaps {

    /** One gap: the platform, the line shape (matched against the whole trimmed line), why it is not a finding. */
    public record Gap(Platform platform, Pattern line, String why) {
        boolean matches(Platform p, String text) {
            return platform == p && line.matcher(text.strip()).matches();
        }
    }

    static final List<Gap> ALL = List.of(
            new Gap(Platform.FORTINET_FORTIOS, Pattern.compile("set schedule \"always\""),
                    "FortiOS requires a schedule on every policy; Batfish 0.36.0 reports `set schedule` as "
                            + "unrecognised (seen in the recorded session) and models the policy as always active"),
            new Gap(Platform.FORTINET_FORTIOS, Pattern.compile("(un)?set (src|dst)addr6( .*)?"),
                    "Batfish's FortiOS grammar has no IPv6 policy addresses (no srcaddr6/dstaddr6 in "
                            + "FortiosLexer.g4); it models the IPv4 half of the consolidated policy, and zonec tests "
                            + "only IPv4 flows with Batfish"));

    private KnownGaps() {}

    /** The gap a warning on line {@code text} of a {@code platform} file falls under, if any. */
    public static Optional<Gap> of(Platform platform, String text) {
        return ALL.stream().filter(g -> g.matches(platform, text)).findFirst();
    }
}
