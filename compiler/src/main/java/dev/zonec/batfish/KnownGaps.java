package dev.zonec.batfish;

import dev.zonec.platform.BatfishSupport.KnownGap;
import java.util.Optional;

/**
 * Lines zonec must write for the real device that Batfish does not recognise: an explicit list per platform, declared
 * by the platform's target ({@link dev.zonec.platform.BatfishSupport#knownGaps()}), each entry a line shape, the
 * warning Batfish gives on it and where in the file it holds, as seen in a live run. A warning on such a line is
 * reported as a note naming the gap; every other warning stays an error. Nothing else is excused: there is no switch
 * that ignores warnings. docs/batfish.md lists the same entries.
 */
final class KnownGaps {

    private KnownGaps() {}

    /** The gap Batfish's {@code warning} on line {@code line} of an output file falls under, if any. */
    static Optional<KnownGap> of(GeneratedFile file, int line, String warning) {
        return PlatformSupport.of(file.device().platform()).knownGap(file.source(), line, warning);
    }
}
