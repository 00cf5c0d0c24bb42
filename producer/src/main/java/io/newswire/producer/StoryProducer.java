package io.newswire.producer;

import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@link WireStory} values to the raw stories topic ({@code newswire.stories.raw} by
 * default), keyed by the story family id so that every version of a story lands on the same
 * partition, in order. Key: UTF-8 string; value: Avro single-object encoding
 * ({@link NewswireSerdes#wireStory()}).
 *
 * <p>The producer is idempotent with {@code acks=all}, so broker-side retries neither duplicate
 * nor reorder stories. Failed sends complete their future exceptionally and are logged once:
 * a retriable error (the delivery timeout ran out while retrying) at WARN, any other error at
 * ERROR.
 */
public final class StoryProducer implements StorySink, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoryProducer.class);
    // lz4-java is a runtime dependency of kafka-clients, so the codec is always on the classpath;
    // the CompressionType enum is internal to the client since Kafka 4, hence the name.
    static final String COMPRESSION = "lz4";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, WireStory> producer;
    private final String topic;

    public StoryProducer(ProducerSettings settings) {
        this(new KafkaProducer<>(kafkaConfig(settings), new StringSerializer(),
                NewswireSerdes.create().wireStory().serializer()), settings.topic());
    }

    /** Wraps an existing producer, for example Kafka's {@code MockProducer} in tests. */
    public StoryProducer(Producer<String, WireStory> producer, String topic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /** The Kafka producer configuration for {@code settings}: Newswire's defaults, then the overrides. */
    public static Map<String, Object> kafkaConfig(ProducerSettings settings) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.clientId());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, COMPRESSION);
        config.putAll(settings.overrides());
        return config;
    }

    public String topic() {
        return topic;
    }

    @Override
    public CompletableFuture<RecordMetadata> send(WireStory story) {
        String id = story.getId();
        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, id, story), (metadata, exception) -> {
                if (exception == null) {
                    log.debug("Story {} v{} written to {}-{}@{}", id, story.getVersion(), metadata.topic(),
                            metadata.partition(), metadata.offset());
                    result.complete(metadata);
                } else {
                    logFailure(id, exception);
                    result.completeExceptionally(exception);
                }
            });
        } catch (RuntimeException e) {
            // Serialization errors, a closed producer or a metadata timeout surface here, not in the callback.
            logFailure(id, e);
            result.completeExceptionally(e);
        }
        return result;
    }

    private void logFailure(String id, Exception exception) {
        if (exception instanceof RetriableException) {
            log.warn("Story {} not written to {}: retriable error, retries exhausted: {}", id, topic, exception.toString());
        } else {
            log.error("Story {} not written to {}: non-retriable error: {}", id, topic, exception.toString());
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
