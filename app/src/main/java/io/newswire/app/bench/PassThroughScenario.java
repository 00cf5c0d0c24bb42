package io.newswire.app.bench;

import io.newswire.streams.StreamsSettings;
import io.newswire.streams.config.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline: a Kafka Streams app with the pipeline's settings that copies the raw topic's
 * bytes to an output topic without deserialising them. What it costs is the cost of Kafka,
 * exactly-once transactions and the commit interval alone.
 *
 * <p>Reads {@code bench-pass-<run>-newswire.stories.raw} (story id → WireStory bytes), writes
 * {@code bench-pass-<run>-newswire.stories.tagged} (the same bytes).
 */
final class PassThroughScenario {
    static final String NAME = "pass-through";
    private static final String SLUG = "pass";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private PassThroughScenario() {}

    static Topology topology(String input, String output) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-bytes"))
                .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-bytes"));
        return builder.build();
    }

    static Scenario start(ScenarioContext context) throws InterruptedException, ExecutionException {
        return start(context, SLUG);
    }

    /** Starts a pass-through app on its own topics, {@code bench-<slug>-<run>-*}. */
    static Scenario start(ScenarioContext context, String slug)
            throws InterruptedException, ExecutionException {
        TopicNames names = context.topicNames(slug);
        int partitions = context.settings().partitions();
        context.admin().createTopics(List.of(
                new NewTopic(names.raw(), partitions, (short) 1),
                new NewTopic(names.tagged(), partitions, (short) 1),
                new NewTopic(names.rejected(), partitions, (short) 1))).all().get();
        RunningScenario.awaitTopics(context, List.of(names.raw(), names.tagged(), names.rejected()));
        LatencyProbe probe = RunningScenario.probe(context, slug, "output")
                .topics(List.of(names.tagged()), partitions)
                .start();
        Path stateDir = TempDirs.create("newswire-bench-pass-");
        KafkaStreams streams = new KafkaStreams(topology(names.raw(), names.tagged()),
                StreamsSettings.from(context.config(slug, stateDir)));
        Scenario scenario = new RunningScenario(slug.equals(SLUG) ? NAME : slug, context, slug, names.raw(),
                () -> streams.close(Duration.ofSeconds(30)), stateDir, List.of(probe));
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.start();
        if (!running.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            scenario.close();
            throw new IllegalStateException("pass-through streams app not RUNNING after " + START_TIMEOUT);
        }
        return scenario;
    }
}
