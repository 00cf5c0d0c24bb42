package io.newswire.producer;

import static io.newswire.producer.TestStories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class StoryProducerTest {
    private static final String TOPIC = "test.stories.raw";

    @Test
    void shouldConfigureAnIdempotentProducerWithAllAcksAndTheGivenClientId() {
        Map<String, Object> config = StoryProducer.kafkaConfig(
                new ProducerSettings("broker:9092", TOPIC, "ingest-1", Map.of()));

        assertThat(config)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "ingest-1")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 5)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    }

    @Test
    void shouldApplyOverridesLast() {
        Map<String, Object> config = StoryProducer.kafkaConfig(ProducerSettings.of("broker:9092")
                .withOverrides(Map.of(ProducerConfig.LINGER_MS_CONFIG, 50, ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")));

        assertThat(config)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 50)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    @Test
    void shouldDefaultToTheRawStoriesTopic() {
        assertThat(ProducerSettings.of("broker:9092").topic()).isEqualTo("newswire.stories.raw");
    }

    @Test
    void shouldRefuseBlankSettings() {
        assertThatThrownBy(() -> new ProducerSettings("broker:9092", TOPIC, " ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientId");
    }

    @Test
    void shouldKeyEachStoryByItsFamilyIdOnTheGivenTopic() throws Exception {
        MockProducer<String, WireStory> mock = mockProducer(true);
        try (StoryProducer producer = new StoryProducer(mock, TOPIC)) {
            RecordMetadata metadata = producer.send(story("abc123")).get();

            assertThat(metadata.topic()).isEqualTo(TOPIC);
            assertThat(mock.history()).extracting(ProducerRecord::topic, ProducerRecord::key)
                    .containsExactly(tuple(TOPIC, "abc123"));
            assertThat(mock.history().get(0).value()).isEqualTo(story("abc123"));
        }
    }

    @Test
    void shouldFailTheFutureWhenTheBrokerReportsARetriableError() {
        MockProducer<String, WireStory> mock = mockProducer(false);
        try (StoryProducer producer = new StoryProducer(mock, TOPIC)) {
            CompletableFuture<RecordMetadata> sent = producer.send(story("slow"));
            mock.errorNext(new TimeoutException("delivery timeout expired"));

            assertThatThrownBy(sent::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void shouldFailTheFutureWhenTheBrokerReportsAFatalError() {
        MockProducer<String, WireStory> mock = mockProducer(false);
        try (StoryProducer producer = new StoryProducer(mock, TOPIC)) {
            CompletableFuture<RecordMetadata> sent = producer.send(story("huge"));
            mock.errorNext(new RecordTooLargeException("too large"));

            assertThatThrownBy(sent::get).hasCauseInstanceOf(RecordTooLargeException.class);
        }
    }

    @Test
    void shouldFailTheFutureInsteadOfThrowingWhenSendItselfFails() {
        MockProducer<String, WireStory> mock = mockProducer(true);
        mock.sendException = new IllegalStateException("producer closed");
        try (StoryProducer producer = new StoryProducer(mock, TOPIC)) {
            CompletableFuture<RecordMetadata> sent = producer.send(story("late"));

            assertThat(sent).isCompletedExceptionally();
        }
    }

    @Test
    void shouldBuildARealKafkaProducerFromTheSettingsWithoutABroker() {
        ProducerSettings settings = new ProducerSettings("localhost:1", TOPIC, "unit-test", Map.of());

        try (StoryProducer producer = new StoryProducer(settings)) {
            assertThat(producer.topic()).isEqualTo(TOPIC);
        }
    }

    @Test
    void shouldCloseTheWrappedProducer() {
        MockProducer<String, WireStory> mock = mockProducer(true);
        new StoryProducer(mock, TOPIC).close();

        assertThat(mock.closed()).isTrue();
    }

    static MockProducer<String, WireStory> mockProducer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(),
                NewswireSerdes.create().wireStory().serializer());
    }
}
