package io.newswire.app.demo;

import io.newswire.schemas.Alert;
import io.newswire.schemas.Statement;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.config.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads everything the pipeline wrote, as a subscriber would ({@code read_committed}), until
 * the expected number of tagged stories arrived and the topics went quiet, or a deadline passed.
 */
final class OutputCollector implements AutoCloseable {
    private final TopicNames names;
    private final NewswireSerdes serdes;
    private final KafkaConsumer<byte[], byte[]> consumer;

    final Map<String, List<TaggedStory>> feeds = new LinkedHashMap<>();
    final List<TaggedStory> tagged = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();
    final List<ConsumerRecord<byte[], byte[]>> rejected = new ArrayList<>();

    OutputCollector(Map<String, Object> clientProperties, TopicNames names, List<String> feedNames,
            NewswireSerdes serdes) {
        this.names = names;
        this.serdes = serdes;
        feedNames.forEach(feed -> feeds.put(feed, new ArrayList<>()));
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "newswire-demo-reader-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<String> topics = new ArrayList<>(List.of(names.tagged(), names.statements(), names.alerts(), names.rejected()));
        feedNames.forEach(feed -> topics.add(names.feed(feed)));
        consumer.subscribe(topics);
    }

    /** Polls until {@code expectedStories} tagged stories and {@code quiet} without news, or {@code timeout}. */
    boolean collect(int expectedStories, int expectedRejected, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastNews = System.nanoTime();
        while (System.nanoTime() < deadline) {
            var records = consumer.poll(Duration.ofMillis(200));
            records.forEach(this::accept);
            if (!records.isEmpty()) {
                lastNews = System.nanoTime();
            }
            boolean complete = tagged.size() >= expectedStories && rejected.size() >= expectedRejected;
            if (complete && System.nanoTime() - lastNews > quiet.toNanos()) {
                return true;
            }
        }
        return false;
    }

    private void accept(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        if (topic.equals(names.rejected())) {
            rejected.add(record);
        } else if (topic.equals(names.tagged())) {
            tagged.add(serdes.taggedStory().decode(record.value()));
        } else if (topic.equals(names.statements())) {
            statements.add(serdes.statement().decode(record.value()));
        } else if (topic.equals(names.alerts())) {
            alerts.add(serdes.alert().decode(record.value()));
        } else {
            String feed = topic.substring(names.feedPrefix().length());
            feeds.computeIfAbsent(feed, f -> new ArrayList<>()).add(serdes.taggedStory().decode(record.value()));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
