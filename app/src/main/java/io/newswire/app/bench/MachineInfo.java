package io.newswire.app.bench;

/** The machine a benchmark ran on, printed with its figures. */
public record MachineInfo(int cores, long maxHeapBytes, String java, String os, String broker) {

    static MachineInfo current(String broker) {
        Runtime runtime = Runtime.getRuntime();
        return new MachineInfo(
                runtime.availableProcessors(),
                runtime.maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                broker);
    }
}
