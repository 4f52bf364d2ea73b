package dev.zonec.batfish;

import dev.zonec.model.site.Platform;
import dev.zonec.platform.BatfishSupport.KnownGap;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.util.Optional;

/**
 * Lines zonec must write for the real device that Batfish does not recognise: an explicit list per platform, each
 * entry one line shape with the evidence for it, declared by the platform's target. A parse warning on such a line
 * is reported as a note naming the gap; every other warning stays an error. Nothing else is excused: there is no
 * switch that ignores warnings. docs/batfish.md lists the same entries.
 */
public final class KnownGaps {

    /** One gap: the platform, the line shape (matched against the whole trimmed line), why it is not a finding. */
    public record Gap(Platform platform, KnownGap gap) {
        public String why() {
            return gap.why();
        }

        boolean matches(String text) {
            return gap.line().matcher(text.strip()).matches();
        }
    }

    private KnownGaps() {}

    /** The gap a warning on line {@code text} of a {@code platform} file falls under, if any. */
    public static Optional<Gap> of(Platform platform, String text) {
        Target target = Targets.standard().of(platform);
        return target.batfish().knownGaps().stream().map(g -> new Gap(platform, g)).filter(g -> g.matches(text))
                .findFirst();
    }
}
