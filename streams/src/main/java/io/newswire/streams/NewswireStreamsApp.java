package io.newswire.streams;

import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.topology.NearDuplicateIndex;
import io.newswire.streams.topology.NewswireTopology;
import io.newswire.tagger.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and runs the Newswire Kafka Streams application from a {@link NewswireConfig}. The
 * topics must exist ({@link TopicSetup}); {@code bin/newswire stream} creates them first.
 */
public final class NewswireStreamsApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewswireStreamsApp.class);

    private final KafkaStreams streams;
    private final Topology topology;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ReplacementBudget replacements = new ReplacementBudget(Clock.systemUTC());

    public NewswireStreamsApp(NewswireConfig config, Tagger tagger, FeedRules feeds) {
        NewswireTopics topics = NewswireTopics.create(config.topics(), NewswireSerdes.create());
        this.topology = NewswireTopology.build(
                topics, tagger, feeds, new NewswireTopology.Settings(
                        config.alertWindow(), config.nearDuplicates(), Clock.systemUTC()));
        this.streams = new KafkaStreams(topology, StreamsSettings.from(config));
        streams.setStateListener((now, before) -> {
            LOG.info("streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            if (replacements.tryAcquire()) {
                LOG.error("stream thread failed; replacing it", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            // the same failure over and over (a poison record the handlers cannot catch, a broken
            // store) would otherwise loop forever behind exactly-once aborts: stop and say so
            LOG.error("stream threads keep failing ({} replacements within {}); shutting the app down",
                    ReplacementBudget.MAX_REPLACEMENTS, ReplacementBudget.PERIOD, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    public void start() {
        streams.start();
    }

    /** Waits until the app is RUNNING; false when it did not get there in time. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once the app stopped on its own (ERROR or NOT_RUNNING), waiting at most {@code timeout}. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public Topology topology() {
        return topology;
    }

    /**
     * This instance's copy of the near-duplicate index (story signatures and the band lists that
     * name them): what the next story will be compared with. Queryable once the app is RUNNING.
     */
    public NearDuplicateIndex nearDuplicateIndex() {
        return NearDuplicateIndex.query(streams);
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
