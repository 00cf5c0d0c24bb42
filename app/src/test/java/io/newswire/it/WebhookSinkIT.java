package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.webhook.AlertJson;
import io.newswire.app.webhook.LocalHttpServer;
import io.newswire.app.webhook.WebhookDelivery;
import io.newswire.app.webhook.WebhookSettings;
import io.newswire.app.webhook.WebhookSink;
import io.newswire.schemas.Alert;
import io.newswire.schemas.serde.AvroSerde;
import io.newswire.schemas.serde.NewswireSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alerts from a real topic to a local HTTP endpoint; undeliverable ones to the undelivered topic. */
class WebhookSinkIT {
    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    private final AvroSerde<Alert> serde = NewswireSerdes.create().alert();

    @Test
    void shouldPostEachAlertAndDeadLetterWhatAnEndpointRefuses() throws Exception {
        String alerts = KAFKA.createTopic("alerts");
        String undelivered = KAFKA.createTopic("alerts-undelivered");
        try (LocalHttpServer good = new LocalHttpServer(200); LocalHttpServer gone = new LocalHttpServer(410)) {
            produce(alerts, alert("s1", "First words."), alert("s2", "Second words."));
            WebhookSettings settings = new WebhookSettings(List.of(good.url(), gone.url()), 3,
                    Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try (WebhookSink sink = new WebhookSink(consumer(KafkaFixture.uniqueName("webhook")), producer(), undelivered,
                    settings, new WebhookDelivery(settings, d -> Thread.sleep(d.toMillis())), serde,
                    new AlertJson(new ObjectMapper()))) {
                Future<Integer> failures = runner.submit(() -> sink.run(alerts));
                await().atMost(Duration.ofSeconds(30)).until(() -> good.bodies().size() == 2);
                List<ConsumerRecord<byte[], byte[]>> dead = readAll(undelivered, 2);
                sink.stop();

                assertThat(failures.get()).isEqualTo(2);
                assertThat(good.bodies()).anySatisfy(body -> assertThat(body).contains("\"statement_id\":\"s1\"")
                        .contains("\"quote\":\"First words.\""));
                assertThat(dead).extracting(r -> serde.decode(r.value()).getStatementId()).containsExactly("s1", "s2");
                assertThat(new String(dead.get(0).headers().lastHeader("newswire.webhook.status").value(),
                        StandardCharsets.UTF_8)).isEqualTo("410");
                assertThat(new String(dead.get(0).headers().lastHeader("newswire.webhook.url").value(),
                        StandardCharsets.UTF_8)).isEqualTo(gone.url().toString());
            } finally {
                runner.shutdownNow();
            }
        }
    }

    private Alert alert(String id, String quote) {
        Instant now = Instant.parse("2016-08-05T10:00:00Z");
        return Alert.newBuilder().setStatementId(id).setSpeaker("John Kirby").setSpeakerId("john-kirby")
                .setQuote(quote).setStoryId("story-1").setHeadline("Talks").setStoryReceivedAt(now).setEmittedAt(now)
                .build();
    }

    private void produce(String topic, Alert... values) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (Alert alert : values) {
                producer.send(new ProducerRecord<>(topic, alert.getSpeakerId().getBytes(StandardCharsets.UTF_8),
                        serde.encode(alert))).get();
            }
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int expected) {
        List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(KafkaFixture.uniqueName("reader"))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }
}
