package io.newswire.app.bench;

import io.newswire.streams.TopicSetup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What every scenario holds once started: its topics ({@code bench-<slug>-<run>-*}), the streams
 * application, its state directory and the probes on its outputs; and how it is torn down.
 */
final class RunningScenario implements Scenario {
    private static final Duration TOPICS_READY_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final ScenarioContext context;
    private final String slug;
    private final String inputTopic;
    private final Runnable stopApplication;
    private final Path stateDir;
    private final List<LatencyProbe> probes;

    RunningScenario(String name, ScenarioContext context, String slug, String inputTopic, Runnable stopApplication,
            Path stateDir, List<LatencyProbe> probes) {
        this.name = name;
        this.context = context;
        this.slug = slug;
        this.inputTopic = inputTopic;
        this.stopApplication = stopApplication;
        this.stateDir = stateDir;
        this.probes = List.copyOf(probes);
    }

    /** Waits until the scenario's topics have leaders, so neither its app nor its probes start blind. */
    static void awaitTopics(ScenarioContext context, List<String> topics) throws InterruptedException {
        if (!TopicSetup.awaitReady(context.admin(), topics, TOPICS_READY_TIMEOUT)) {
            throw new IllegalStateException("topics not ready after " + TOPICS_READY_TIMEOUT + ": " + topics);
        }
    }

    /** A probe builder for {@code output} of the scenario {@code slug}, on its own consumer group. */
    static LatencyProbe.Builder probe(ScenarioContext context, String slug, String output) {
        return LatencyProbe.builder(output,
                BenchClients.probeConsumer(context.bootstrapServers(), context.probeGroup(slug, output)),
                context.sendLog());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String inputTopic() {
        return inputTopic;
    }

    @Override
    public List<LatencyProbe> probes() {
        return probes;
    }

    @Override
    public void close() {
        probes.forEach(LatencyProbe::close);
        stopApplication.run();
        TempDirs.delete(stateDir);
        context.deleteTopics(slug);
    }
}
