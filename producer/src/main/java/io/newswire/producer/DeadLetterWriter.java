package io.newswire.producer;

import io.newswire.schemas.StoryDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every rejected input to the dead-letter topic ({@code newswire.rejected}, the topic the
 * topology's own dead letters go to), so that nothing a source delivered is lost.
 *
 * <p>Record: key = the input's source (file path, URL or push id, UTF-8); value = the original
 * bytes, exactly as received; headers (UTF-8 strings) {@value #STAGE}, {@value #REASON},
 * {@value #SOURCE}, {@value #STORY_ID} (when the input parsed), {@value #RECEIVED_AT} (ISO-8601
 * instant), {@value #SHA256} and {@value #LENGTH} of the original bytes. An input larger than
 * {@code maxValueBytes} is not copied: the value is null and {@value #CONTENT_REF} says where the
 * original is and why it was left out, while the digest and length still identify it; an input
 * that could not be read at all ({@code stage} {@code read}) has an empty value and a
 * {@value #CONTENT_REF} too.
 *
 * <p>The producer is idempotent with {@code acks=all}; {@link #rejected} completes when the
 * broker has acknowledged the record.
 */
public final class DeadLetterWriter implements RejectionHandler, AutoCloseable {
    public static final String DEFAULT_TOPIC = "newswire.rejected";
    /** Below the broker's default {@code message.max.bytes} (1 MiB), leaving room for headers. */
    public static final int DEFAULT_MAX_VALUE_BYTES = 900 * 1024;

    public static final String STAGE = "newswire.rejected.stage";
    public static final String REASON = "newswire.rejected.reason";
    public static final String SOURCE = "newswire.rejected.source";
    public static final String STORY_ID = "newswire.rejected.story-id";
    public static final String RECEIVED_AT = "newswire.rejected.received-at";
    public static final String SHA256 = "newswire.rejected.sha256";
    public static final String LENGTH = "newswire.rejected.length";
    public static final String CONTENT_REF = "newswire.rejected.content-ref";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterWriter.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final int maxValueBytes;

    /** A writer with its own idempotent producer, configured like the {@link StoryProducer}'s. */
    public DeadLetterWriter(ProducerSettings settings, String topic, int maxValueBytes) {
        this(new KafkaProducer<>(kafkaConfig(settings), new StringSerializer(), new ByteArraySerializer()), topic,
                maxValueBytes);
    }

    /** Wraps an existing producer, for example Kafka's {@code MockProducer} in tests. */
    public DeadLetterWriter(Producer<String, byte[]> producer, String topic, int maxValueBytes) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        if (maxValueBytes < 0) {
            throw new IllegalArgumentException("maxValueBytes must not be negative, was " + maxValueBytes);
        }
        this.maxValueBytes = maxValueBytes;
    }

    private static Map<String, Object> kafkaConfig(ProducerSettings settings) {
        Map<String, Object> config = new HashMap<>(StoryProducer.kafkaConfig(settings));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.clientId() + "-rejected");
        return config;
    }

    public String topic() {
        return topic;
    }

    @Override
    public CompletableFuture<RecordMetadata> rejected(RejectedInput rejection) {
        String source = rejection.input().path().toString();
        byte[] content = rejection.input().content();
        boolean omitted = content.length > maxValueBytes;
        RecordHeaders headers = new RecordHeaders();
        header(headers, STAGE, rejection.stage().name().toLowerCase(Locale.ROOT));
        header(headers, REASON, rejection.reason());
        header(headers, SOURCE, source);
        if (rejection.storyId() != null) {
            header(headers, STORY_ID, rejection.storyId());
        }
        header(headers, RECEIVED_AT, rejection.receivedAt().toString());
        header(headers, SHA256, StoryDigest.sha256Hex(content));
        header(headers, LENGTH, Integer.toString(content.length));
        if (omitted) {
            header(headers, CONTENT_REF, "content omitted: " + content.length + " bytes is over the " + maxValueBytes
                    + "-byte limit; the original is at " + source);
        } else if (rejection.input().readError() != null) {
            header(headers, CONTENT_REF, "content not read; the original is at " + source);
        }
        log.warn("Rejected {} ({} bytes, {}): {}", source, content.length, rejection.stage(), rejection.reason());

        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, null, source, omitted ? null : content, headers),
                    (metadata, exception) -> {
                        if (exception == null) {
                            result.complete(metadata);
                        } else {
                            log.error("Rejection of {} not written to {}: {}", source, topic, exception.toString());
                            result.completeExceptionally(exception);
                        }
                    });
        } catch (RuntimeException e) {
            log.error("Rejection of {} not written to {}: {}", source, topic, e.toString());
            result.completeExceptionally(e);
        }
        return result;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
