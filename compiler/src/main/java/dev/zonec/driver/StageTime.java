package dev.zonec.driver;

import java.lang.management.ManagementFactory;

/** How long one stage of a run took: wall time and the CPU time of every thread of the process. */
public record StageTime(String stage, long wallNanos, long cpuNanos) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Starts timing a stage; {@link Clock#stop} records it. */
    static Clock start(String stage) {
        return new Clock(stage, System.nanoTime(), OS.getProcessCpuTime());
    }

    record Clock(String stage, long wall, long cpu) {
        StageTime stop() {
            return new StageTime(stage, System.nanoTime() - wall, OS.getProcessCpuTime() - cpu);
        }
    }
}
