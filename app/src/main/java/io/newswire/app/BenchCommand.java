package io.newswire.app;

import io.newswire.app.bench.BenchReport;
import io.newswire.app.bench.BenchSettings;
import io.newswire.app.bench.PipelineBenchmark;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench",
        description = {"Measure, in one run on one broker, (a) a pass-through topology (read bytes, write bytes) and",
            "(b) the full Newswire pipeline over the same synthetic 3-5 KB stories with the same producer and",
            "exactly-once Streams settings: stories/s at full speed, end-to-end latency p50/p99 (ingest to",
            "output: tagged firehose, feed topics, alerts) at full speed and at a fixed rate, and the",
            "full/pass-through throughput ratio. Starts its own embedded broker unless --bootstrap-servers is given."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            description = "Benchmark against this broker instead of an embedded one.")
    String bootstrapServers;

    @Option(names = "--stories", description = "Measured stories per scenario at full speed. Default: 3000.")
    Integer stories;

    @Option(names = "--latency-rate", description = "Stories/s of the fixed-rate latency phase. Default: 500.")
    Integer latencyRate;

    @Option(names = "--latency-stories", description = "Stories of the fixed-rate latency phase. Default: 1500.")
    Integer latencyStories;

    @Option(names = "--jvm-warm-up", description = "Unmeasured warm-up stories per scenario before measuring. Default: 20000.")
    Integer jvmWarmUp;

    @Option(names = "--partitions", description = "Partitions of the input and output topics. Default: 2.")
    Integer partitions;

    @Option(names = "--commit-interval-ms", description = "Kafka Streams commit interval. Default: 100.")
    Long commitIntervalMs;

    @Override
    public Integer call() {
        BenchSettings settings = BenchSettings.defaults();
        if (bootstrapServers != null) {
            settings = settings.withBootstrapServers(bootstrapServers);
        }
        if (stories != null) {
            settings = settings.withStories(stories);
        }
        if (latencyRate != null || latencyStories != null) {
            settings = settings.withLatencyPhase(latencyRate != null ? latencyRate : settings.latencyRate(),
                    latencyStories != null ? latencyStories : settings.latencyStories());
        }
        if (jvmWarmUp != null) {
            settings = settings.withJvmWarmUpStories(jvmWarmUp);
        }
        if (partitions != null) {
            settings = settings.withPartitions(partitions);
        }
        if (commitIntervalMs != null) {
            settings = settings.withCommitInterval(Duration.ofMillis(commitIntervalMs));
        }
        BenchReport report = PipelineBenchmark.run(settings, System.err);
        System.out.println(report.toText());
        return report.complete() ? 0 : 1;
    }
}
