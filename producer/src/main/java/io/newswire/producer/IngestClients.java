package io.newswire.producer;

import java.time.Clock;
import java.util.Objects;

/**
 * The Kafka clients every source publishes through, opened together and closed together: a
 * {@link StoryProducer} for stories, a {@link DeadLetterWriter} for rejections, and the
 * {@link Ingestor} (with one {@link DuplicateFilter} for the life of the process) that feeds
 * them. One instance serves any number of sources running at once.
 */
public final class IngestClients implements AutoCloseable {
    private final StoryProducer stories;
    private final DeadLetterWriter rejections;
    private final Ingestor ingestor;

    private IngestClients(StoryProducer stories, DeadLetterWriter rejections) {
        this.stories = stories;
        this.rejections = rejections;
        this.ingestor = new Ingestor(stories, Clock.systemUTC(), rejections, new DuplicateFilter());
    }

    /**
     * Opens the clients: stories go to {@code settings.topic()}, rejections to
     * {@code rejectedTopic} with their original bytes up to {@code maxRejectedBytes}.
     */
    public static IngestClients open(ProducerSettings settings, String rejectedTopic, int maxRejectedBytes) {
        Objects.requireNonNull(settings, "settings");
        StoryProducer stories = new StoryProducer(settings);
        try {
            return new IngestClients(stories, new DeadLetterWriter(settings, rejectedTopic, maxRejectedBytes));
        } catch (RuntimeException e) {
            stories.close();
            throw e;
        }
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    /** The dead-letter writer, for rejections a source records itself (a push refused as too large). */
    public RejectionHandler deadLetters() {
        return rejections;
    }

    /**
     * Flushes and closes both producers; sends in flight complete first. The story producer
     * closes first, so a story whose send fails while closing can still be dead-lettered.
     */
    @Override
    public void close() {
        try {
            stories.close();
        } finally {
            rejections.close();
        }
    }
}
