package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KafkaFixtureIT {

    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    @Test
    void shouldDeliverCommittedRecordToReadCommittedConsumer() {
        final String topic = KAFKA.createTopic("fixture-smoke");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "fixture-it-producer",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, KafkaFixture.uniqueName("fixture-it"),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "story-42", "Shelling reported near Aleppo"));
            producer.commitTransaction();
        }

        final List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaFixture.uniqueName("fixture-it"),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                assertThat(received).hasSize(1);
            });
        }

        assertThat(received.get(0).key()).isEqualTo("story-42");
        assertThat(received.get(0).value()).isEqualTo("Shelling reported near Aleppo");
    }

    @Test
    void shouldGiveEachCreatedTopicAUniqueName() {
        final String first = KAFKA.createTopic("raw-stories");
        final String second = KAFKA.createTopic("raw-stories", 3);

        assertThat(first).startsWith("raw-stories-").isNotEqualTo(second);
    }

    @Test
    void shouldRunEmbeddedBrokerWhenNoDockerEndpointExists() {
        assumeTrue(DockerDetection.configuredEndpoint().isEmpty(), "a Docker endpoint exists");
        assumeTrue(System.getProperty(KafkaFixture.MODE_PROPERTY) == null, "broker kind forced");

        assertThat(KAFKA.kind()).isEqualTo(KafkaFixture.Kind.EMBEDDED);
        assertThat(KAFKA.bootstrapServers()).startsWith("127.0.0.1:");
    }
}
