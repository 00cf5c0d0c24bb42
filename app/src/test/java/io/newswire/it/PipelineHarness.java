package io.newswire.it;

import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.StoryProducer;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.NewswireStreamsApp;
import io.newswire.streams.TopicSetup;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.Sighting;
import io.newswire.streams.topology.NearDuplicateIndex;
import io.newswire.tagger.Tagger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

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

    /** Family ids of the stories whose signature this instance's near-duplicate index holds. */
    List<String> signedStoryIds() {
        return app.nearDuplicateIndex().storyIds();
    }

    /** Whether this instance's near-duplicate index holds the story's signature and lists it under all its bands. */
    boolean isIndexed(String storyId) {
        NearDuplicateIndex index = app.nearDuplicateIndex();
        Optional<Sighting> signature = index.signatureOf(storyId);
        return signature.isPresent() && MinHash.bandKeys(signature.get().signature()).stream()
                .allMatch(bandKey -> index.band(bandKey).contains(signature.get().entry()));
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
