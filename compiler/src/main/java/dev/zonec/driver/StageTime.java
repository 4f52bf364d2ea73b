package dev.zonec.driver;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * How long one stage of a run took: wall time, the CPU time of every thread of the process, and the heap's peak
 * during the stage (the sum of each heap pool's peak, so an upper bound: the pools need not peak together).
 */
public record StageTime(String stage, long wallNanos, long cpuNanos, long peakHeapBytes) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** Starts timing a stage; {@link Clock#stop} records it. */
    static Clock start(String stage) {
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new Clock(stage, System.nanoTime(), OS.getProcessCpuTime());
    }

    record Clock(String stage, long wall, long cpu) {
        StageTime stop() {
            long heap = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return new StageTime(stage, System.nanoTime() - wall, OS.getProcessCpuTime() - cpu, heap);
        }
    }
}
