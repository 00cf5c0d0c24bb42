package io.newswire.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench",
        description = {"Measure throughput and end-to-end latency of a pass-through topology and of the full",
            "pipeline over the same synthetic stories on one embedded broker; prints both and their ratio."})
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench: not wired yet");
        return 2;
    }
}
