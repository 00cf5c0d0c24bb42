package io.newswire.producer;

import io.newswire.schemas.WireStory;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Where parsed stories go. {@link StoryProducer} sends them to Kafka; tests use an in-memory
 * sink. {@link #send} must not throw: a story that cannot be delivered completes the future
 * exceptionally.
 */
public interface StorySink {

    /** Sends one story; the future completes when the story is durably written or has failed. */
    CompletableFuture<RecordMetadata> send(WireStory story);

    /** Pushes out anything buffered; sends already made still complete through their futures. */
    default void flush() {}
}
