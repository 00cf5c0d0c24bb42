package io.newswire.app.webhook;

import io.newswire.schemas.Alert;
import io.newswire.schemas.serde.AvroSerde;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every alert on {@code newswire.alerts} (read_committed) to each configured webhook.
 * An alert that cannot be delivered to a URL (permanent refusal or retries exhausted) is written
 * to the undelivered topic with its original bytes and headers {@code newswire.webhook.url},
 * {@code .status}, {@code .reason}, {@code .attempts}; nothing is dropped.
 *
 * <p>Offsets are committed after each polled batch has been delivered or dead-lettered, so
 * delivery is at-least-once: after a crash an endpoint may see an alert twice and should
 * de-duplicate on {@code statement_id}.
 */
public final class WebhookSink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);
    static final String HEADER_PREFIX = "newswire.webhook.";

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> undelivered;
    private final String undeliveredTopic;
    private final WebhookSettings settings;
    private final WebhookDelivery delivery;
    private final AvroSerde<Alert> alerts;
    private final AlertJson json;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public WebhookSink(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> undelivered, String undeliveredTopic,
            WebhookSettings settings, WebhookDelivery delivery, AvroSerde<Alert> alerts, AlertJson json) {
        this.consumer = consumer;
        this.undelivered = undelivered;
        this.undeliveredTopic = undeliveredTopic;
        this.settings = settings;
        this.delivery = delivery;
        this.alerts = alerts;
        this.json = json;
    }

    /** Consumes and delivers until {@link #stop()}; returns how many deliveries failed. */
    public int run(String alertsTopic) throws InterruptedException {
        consumer.subscribe(List.of(alertsTopic));
        int failures = 0;
        while (running.get()) {
            ConsumerRecords<byte[], byte[]> batch;
            try {
                batch = consumer.poll(Duration.ofMillis(500));
            } catch (WakeupException e) {
                break;
            }
            for (ConsumerRecord<byte[], byte[]> record : batch) {
                failures += deliver(record);
            }
            if (!batch.isEmpty()) {
                undelivered.flush();
                consumer.commitSync();
            }
        }
        return failures;
    }

    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    private int deliver(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
        Alert alert = alerts.decode(record.value());
        String body = json.render(alert);
        int failures = 0;
        for (URI url : settings.urls()) {
            DeliveryResult result = delivery.post(url, body);
            if (result instanceof DeliveryResult.Failed failed) {
                failures++;
                LOG.error("alert {} not delivered to {}: {}", alert.getStatementId(), url, failed.reason());
                undelivered.send(deadLetter(record, url, failed));
            }
        }
        return failures;
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> record, URI url,
            DeliveryResult.Failed failed) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(HEADER_PREFIX + "url", bytes(url.toString()));
        headers.add(HEADER_PREFIX + "status", bytes(String.valueOf(failed.status())));
        headers.add(HEADER_PREFIX + "reason", bytes(failed.reason()));
        headers.add(HEADER_PREFIX + "attempts", bytes(String.valueOf(failed.attempts())));
        return new ProducerRecord<>(undeliveredTopic, null, record.key(), record.value(), headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
        undelivered.close();
    }
}
