package dev.zonec.cli;

import dev.zonec.verify.Verifier;
import java.io.PrintWriter;
import java.util.List;

/** {@code --timings}: per-device proof times, on stderr so reports stay byte-identical between runs. */
final class Timings {

    private Timings() {}

    /** The process's peak resident set (VmHWM), or 0 where /proc is not there. */
    static long peakRssKiB() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The sum of the heap pools' peak usage. */
    static long peakHeapBytes() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static void print(List<dev.zonec.driver.StageTime> stages, List<Verifier.DeviceResult> proofs, PrintWriter err) {
        for (dev.zonec.driver.StageTime t : stages) {
            err.printf("stage  %-24s %8.1f ms wall %8.1f ms cpu %6d MiB heap%n", t.stage(), t.wallNanos() / 1e6,
                    t.cpuNanos() / 1e6, t.peakHeapBytes() / (1024 * 1024));
        }
        long total = 0;
        for (Verifier.DeviceResult r : proofs) {
            err.printf("verify %-24s %8.1f ms  %s%n", r.device(), r.nanos() / 1e6, r.cached() ? "proven before (proof cache)"
                    : r.proven() ? "proven" : "NOT PROVEN");
            total += r.nanos();
        }
        err.printf("verify %-24s %8.1f ms%n", "(all devices)", total / 1e6);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        err.printf("process cpu %.1f ms, peak rss %d MiB, peak heap %d MiB%n", os.getProcessCpuTime() / 1e6,
                peakRssKiB() / 1024, peakHeapBytes() / (1024 * 1024));
        err.flush();
    }
}
