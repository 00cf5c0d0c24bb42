package io.newswire.it;

import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.StoryProducer;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.NewswireStreamsApp;
import io.newswire.streams.TopicSetup;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.tagger.Tagger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The real pipeline on the fixture's broker: topics under a unique prefix, the exactly-once
 * streams app with a unique application id, and the real producer. One per test.
 */
final class PipelineHarness implements AutoCloseable {
    static final Tagger TAGGER = Tagger.loadDefault();

    final NewswireSerdes serdes = NewswireSerdes.create();
    final TopicNames names;
    final FeedRules feeds = FeedRules.loadDefault();
    private final String bootstrapServers;
    private final NewswireConfig config;
    private NewswireStreamsApp app;

    PipelineHarness(KafkaFixture kafka, Path stateDir) throws Exception {
        this.bootstrapServers = kafka.bootstrapServers();
        String run = KafkaFixture.uniqueName("it");
        this.names = TopicNames.DEFAULT.prefixed(run + ".");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            new TopicSetup(2, (short) 1).ensure(admin, names, feeds);
        }
        this.config = NewswireConfig.defaults()
                .withBootstrapServers(bootstrapServers)
                .withApplicationId(run)
                .withTopics(names)
                .withStateDir(stateDir);
        this.app = startStreams(config);
    }

    /**
     * Stops the streams app and starts it again with the same application id on an empty state
     * directory, as on a new machine: its stores must come back from their changelog topics.
     */
    void restartOnEmptyStateDir(Path freshStateDir) throws InterruptedException {
        app.close();
        app = startStreams(config.withStateDir(freshStateDir));
    }

    private NewswireStreamsApp startStreams(NewswireConfig streamsConfig) throws InterruptedException {
        NewswireStreamsApp started = new NewswireStreamsApp(streamsConfig, TAGGER, feeds);
        started.start();
        if (!started.awaitRunning(Duration.ofSeconds(60))) {
            started.close();
            throw new IllegalStateException("streams app did not start: " + started.state());
        }
        return started;
    }

    /** Ingests {@code files} through a fresh producer, as a separate producer process would. */
    IngestSummary ingest(List<SourceFile> files) {
        try (IngestClients clients = IngestClients.open(producerSettings(), names.rejected(),
                DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES)) {
            return clients.ingestor().ingest(files);
        }
    }

    void send(WireStory story) throws Exception {
        try (StoryProducer producer = producer()) {
            producer.send(story).get();
        }
    }

    /** Family ids of the stories in this instance's global signature table, one per band they fill. */
    List<String> signedStoryIds() {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<SignatureBand>> all = app.storySignatures().all()) {
            all.forEachRemaining(band -> band.value.value().getEntries().forEach(e -> ids.add(e.getStoryId())));
        }
        return ids;
    }

    /** Whether this instance's global table of whole signatures holds the story's. */
    boolean hasSignatureOf(String storyId) {
        return app.storyMinHashes().get(storyId) != null;
    }

    TopicReader reader() {
        return new TopicReader(bootstrapServers);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    private StoryProducer producer() {
        return new StoryProducer(producerSettings());
    }

    ProducerSettings producerSettings() {
        return ProducerSettings.of(bootstrapServers).withTopic(names.raw()).withClientId("it-producer");
    }

    @Override
    public void close() {
        app.close();
    }
}
