package io.newswire.app.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine a benchmark ran on, printed with its figures.
 *
 * @param loadAverage system load average over the minute before the run started, or negative when
 *     the OS does not tell; above the core count, other processes competed with the benchmark
 */
public record MachineInfo(int cores, long maxHeapBytes, String java, String os, String broker, double loadAverage) {

    /** The system load average of the last minute; negative when unavailable. */
    static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static MachineInfo current(String broker, double loadAverageAtStart) {
        Runtime runtime = Runtime.getRuntime();
        return new MachineInfo(
                runtime.availableProcessors(),
                runtime.maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                broker,
                loadAverageAtStart);
    }
}
