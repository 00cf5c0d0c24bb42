package io.newswire.app.bench;

import io.newswire.schemas.Alert;
import io.newswire.streams.NewswireStreamsApp;
import io.newswire.streams.TopicSetup;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.tagger.Tagger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The whole pipeline: {@link NewswireStreamsApp} with the default tagger and feed rules, on topics
 * prefixed {@code bench-full-<run>-}. Probes on the tagged firehose (story id → TaggedStory), on
 * every feed topic by pattern (first arrival of a story on any feed) and on the alerts topic
 * (speaker id → Alert; the story is the alert's {@code storyId}).
 */
final class FullPipelineScenario {
    static final String NAME = "full-pipeline";
    private static final String SLUG = "full";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private FullPipelineScenario() {}

    static Scenario start(ScenarioContext context, Tagger tagger, FeedRules feeds)
            throws InterruptedException, ExecutionException {
        return start(context, SLUG, tagger, feeds);
    }

    /** Starts the pipeline on its own topics, {@code bench-<slug>-<run>-*}. */
    static Scenario start(ScenarioContext context, String slug, Tagger tagger, FeedRules feeds)
            throws InterruptedException, ExecutionException {
        TopicNames names = context.topicNames(slug);
        int partitions = context.settings().partitions();
        new TopicSetup(partitions, (short) 1).ensure(context.admin(), names, feeds);
        RunningScenario.awaitTopics(context, TopicSetup.topicNames(names, feeds));
        List<LatencyProbe> probes = List.of(
                RunningScenario.probe(context, slug, "tagged").topics(List.of(names.tagged()), partitions).start(),
                RunningScenario.probe(context, slug, "feed")
                        .pattern(Pattern.compile(Pattern.quote(names.feedPrefix()) + ".*"),
                                feeds.rules().size() * partitions)
                        .start(),
                RunningScenario.probe(context, slug, "alert").topics(List.of(names.alerts()), partitions)
                        .storyIdOf(alertStoryId(context.serdes().alert().deserializer()))
                        .everyRecord()
                        .start());
        Path stateDir = TempDirs.create("newswire-bench-full-");
        NewswireStreamsApp app = new NewswireStreamsApp(context.config(slug, stateDir), tagger, feeds);
        Scenario scenario = new RunningScenario(slug.equals(SLUG) ? NAME : slug, context, slug, names.raw(), app::close,
                stateDir, probes);
        app.start();
        if (!app.awaitRunning(START_TIMEOUT)) {
            scenario.close();
            throw new IllegalStateException("full pipeline not RUNNING after " + START_TIMEOUT + ": " + app.state());
        }
        return scenario;
    }

    private static Function<ConsumerRecord<byte[], byte[]>, String> alertStoryId(Deserializer<Alert> alerts) {
        return record -> {
            Alert alert = alerts.deserialize(record.topic(), record.value());
            return alert == null ? null : alert.getStoryId();
        };
    }
}
