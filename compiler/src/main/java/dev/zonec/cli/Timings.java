package dev.zonec.cli;

import dev.zonec.verify.Verifier;
import java.io.PrintWriter;
import java.util.List;

/** {@code --timings}: per-device proof times, on stderr so reports stay byte-identical between runs. */
final class Timings {

    private Timings() {}

    static void print(List<dev.zonec.driver.StageTime> stages, List<Verifier.DeviceResult> proofs, PrintWriter err) {
        for (dev.zonec.driver.StageTime t : stages) {
            err.printf("stage  %-24s %8.1f ms wall %8.1f ms cpu%n", t.stage(), t.wallNanos() / 1e6, t.cpuNanos() / 1e6);
        }
        long total = 0;
        for (Verifier.DeviceResult r : proofs) {
            err.printf("verify %-24s %8.1f ms  %s%n", r.device(), r.nanos() / 1e6, r.proven() ? "proven" : "NOT PROVEN");
            total += r.nanos();
        }
        err.printf("verify %-24s %8.1f ms%n", "(all devices)", total / 1e6);
        err.flush();
    }
}
