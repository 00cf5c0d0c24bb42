package io.newswire.app.bench;

import io.newswire.streams.config.NewswireConfig;
import java.time.Duration;

/**
 * Settings of one {@link PipelineBenchmark} run. Both scenarios use the same settings, so their
 * figures compare.
 *
 * @param stories stories produced in the measured as-fast-as-possible phase
 * @param minStoryBytes smallest story body (headline and paragraphs, UTF-8 bytes)
 * @param maxStoryBytes largest story body
 * @param warmUpStories stories each scenario gets, and awaits, before its measured phase
 * @param jvmWarmUpStories stories sent through an unmeasured round of both scenarios before the
 *     measured ones, so that the JIT has compiled the broker's, clients' and Streams' hot paths
 * @param targetRate stories per second of the measured phase; 0 sends as fast as possible
 * @param latencyRate stories per second of the fixed-rate latency phase; 0 skips that phase
 * @param latencyStories stories produced in the fixed-rate phase
 * @param commitInterval Kafka Streams commit interval (with exactly-once, the floor of end-to-end latency)
 * @param partitions partitions of every topic the scenarios create
 * @param seed seed of the synthetic corpus
 * @param bootstrapServers broker to use; null starts an embedded broker for the run
 * @param deliveryTimeout how long a phase may wait for its last story at the output
 */
public record BenchSettings(
        int stories,
        int minStoryBytes,
        int maxStoryBytes,
        int warmUpStories,
        int jvmWarmUpStories,
        int targetRate,
        int latencyRate,
        int latencyStories,
        Duration commitInterval,
        int partitions,
        long seed,
        String bootstrapServers,
        Duration deliveryTimeout) {

    public static final int DEFAULT_STORIES = 3000;
    public static final int DEFAULT_WARM_UP_STORIES = 1000;
    public static final int DEFAULT_JVM_WARM_UP_STORIES = 20_000;
    public static final int DEFAULT_LATENCY_RATE = 500;
    public static final int DEFAULT_LATENCY_STORIES = 1500;
    public static final int DEFAULT_PARTITIONS = 2;
    public static final long DEFAULT_SEED = 20160805L;

    public BenchSettings {
        require(stories > 0, "stories must be positive");
        require(minStoryBytes > 0 && maxStoryBytes >= minStoryBytes,
                "story size range must be positive and min <= max");
        require(warmUpStories >= 0, "warm-up stories must not be negative");
        require(jvmWarmUpStories >= 0, "JVM warm-up stories must not be negative");
        require(targetRate >= 0, "target rate must not be negative (0 = as fast as possible)");
        require(latencyRate >= 0, "latency rate must not be negative (0 = no fixed-rate phase)");
        require(latencyStories >= 0, "latency stories must not be negative");
        require(commitInterval != null && !commitInterval.isNegative(), "commit interval must not be negative");
        require(partitions > 0, "partitions must be positive");
        require(deliveryTimeout != null && !deliveryTimeout.isNegative() && !deliveryTimeout.isZero(),
                "delivery timeout must be positive");
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers.strip();
    }

    /**
     * 3000 stories of 3-5 KB, max rate, then 1500 at 500/s; 2 partitions; own broker. Before that,
     * 20000 stories through an unmeasured round of both scenarios, and 1000 per measured scenario:
     * with a few hundred, whichever scenario ran first did so on a JVM still compiling the broker
     * and client paths and measured at a third of its warm throughput.
     */
    public static BenchSettings defaults() {
        return new BenchSettings(DEFAULT_STORIES, 3 * 1024, 5 * 1024, DEFAULT_WARM_UP_STORIES,
                DEFAULT_JVM_WARM_UP_STORIES, 0, DEFAULT_LATENCY_RATE, DEFAULT_LATENCY_STORIES,
                NewswireConfig.DEFAULT_COMMIT_INTERVAL, DEFAULT_PARTITIONS, DEFAULT_SEED, null, Duration.ofMinutes(2));
    }

    public BenchSettings withStories(int count) {
        return new BenchSettings(
                count, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, commitInterval, partitions, seed, bootstrapServers, deliveryTimeout);
    }

    public BenchSettings withWarmUpStories(int count) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, count, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, commitInterval, partitions, seed, bootstrapServers, deliveryTimeout);
    }

    /** Stories through the unmeasured round of both scenarios; 0 skips that round. */
    public BenchSettings withJvmWarmUpStories(int count) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, count, targetRate, latencyRate,
                latencyStories, commitInterval, partitions, seed, bootstrapServers, deliveryTimeout);
    }

    public BenchSettings withTargetRate(int storiesPerSecond) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, storiesPerSecond,
                latencyRate, latencyStories, commitInterval, partitions, seed, bootstrapServers, deliveryTimeout);
    }

    /** The fixed-rate latency phase: {@code count} stories at {@code storiesPerSecond}; 0 skips it. */
    public BenchSettings withLatencyPhase(int storiesPerSecond, int count) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate,
                storiesPerSecond, count, commitInterval, partitions, seed, bootstrapServers, deliveryTimeout);
    }

    public BenchSettings withCommitInterval(Duration interval) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, interval, partitions, seed, bootstrapServers, deliveryTimeout);
    }

    public BenchSettings withPartitions(int count) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, commitInterval, count, seed, bootstrapServers, deliveryTimeout);
    }

    public BenchSettings withSeed(long corpusSeed) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, commitInterval, partitions, corpusSeed, bootstrapServers, deliveryTimeout);
    }

    /** Runs against this broker instead of starting an embedded one. */
    public BenchSettings withBootstrapServers(String servers) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, commitInterval, partitions, seed, servers, deliveryTimeout);
    }

    public BenchSettings withDeliveryTimeout(Duration timeout) {
        return new BenchSettings(
                stories, minStoryBytes, maxStoryBytes, warmUpStories, jvmWarmUpStories, targetRate, latencyRate,
                latencyStories, commitInterval, partitions, seed, bootstrapServers, timeout);
    }

    boolean hasLatencyPhase() {
        return latencyRate > 0 && latencyStories > 0;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
