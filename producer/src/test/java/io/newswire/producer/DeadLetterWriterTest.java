package io.newswire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.producer.IngestSummary.Stage;
import io.newswire.producer.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLetterWriterTest {
    private static final Instant RECEIVED = Instant.parse("2024-03-01T12:00:00Z");
    private static final byte[] JUNK = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    private final MockProducer<String, byte[]> mock = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer());

    @Test
    void shouldWriteTheOriginalBytesKeyedBySourceWithTheReasonInHeaders() throws Exception {
        try (DeadLetterWriter writer = new DeadLetterWriter(mock, "test.rejected", 1024)) {
            RecordMetadata metadata = writer.rejected(rejection(JUNK, Stage.PARSE, null, "not valid UTF-8")).get();

            assertThat(metadata.topic()).isEqualTo("test.rejected");
        }
        ProducerRecord<String, byte[]> record = mock.history().get(0);
        assertThat(record.key()).isEqualTo("inbox/junk.bin");
        assertThat(record.value()).containsExactly(JUNK);
        assertThat(header(record.headers(), DeadLetterWriter.STAGE)).isEqualTo("parse");
        assertThat(header(record.headers(), DeadLetterWriter.REASON)).isEqualTo("not valid UTF-8");
        assertThat(header(record.headers(), DeadLetterWriter.SOURCE)).isEqualTo("inbox/junk.bin");
        assertThat(header(record.headers(), DeadLetterWriter.RECEIVED_AT)).isEqualTo("2024-03-01T12:00:00Z");
        assertThat(header(record.headers(), DeadLetterWriter.LENGTH)).isEqualTo("4");
        assertThat(header(record.headers(), DeadLetterWriter.SHA256)).hasSize(64);
        assertThat(record.headers().lastHeader(DeadLetterWriter.STORY_ID)).isNull();
        assertThat(record.headers().lastHeader(DeadLetterWriter.CONTENT_REF)).isNull();
    }

    @Test
    void shouldCarryTheStoryIdOfAStoryThatFailedToSend() {
        try (DeadLetterWriter writer = new DeadLetterWriter(mock, "test.rejected", 1024)) {
            writer.rejected(rejection("a story".getBytes(StandardCharsets.UTF_8), Stage.SEND, "abc", "send failed")).join();
        }
        Headers headers = mock.history().get(0).headers();
        assertThat(header(headers, DeadLetterWriter.STAGE)).isEqualTo("send");
        assertThat(header(headers, DeadLetterWriter.STORY_ID)).isEqualTo("abc");
    }

    @Test
    void shouldLeaveOutContentOverTheLimitAndSayWhereTheOriginalIs() {
        byte[] large = new byte[2048];
        try (DeadLetterWriter writer = new DeadLetterWriter(mock, "test.rejected", 1024)) {
            writer.rejected(rejection(large, Stage.PARSE, null, "too large")).join();
        }
        ProducerRecord<String, byte[]> record = mock.history().get(0);
        assertThat(record.value()).isNull();
        assertThat(header(record.headers(), DeadLetterWriter.LENGTH)).isEqualTo("2048");
        assertThat(header(record.headers(), DeadLetterWriter.CONTENT_REF))
                .contains("2048 bytes is over the 1024-byte limit").contains("inbox/junk.bin");
    }

    @Test
    void shouldCompleteExceptionallyWhenTheBrokerRefusesTheRecord() {
        MockProducer<String, byte[]> manual = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        try (DeadLetterWriter writer = new DeadLetterWriter(manual, "test.rejected", 1024)) {
            CompletableFuture<RecordMetadata> written = writer.rejected(rejection(JUNK, Stage.PARSE, null, "junk"));
            manual.errorNext(new IllegalStateException("topic authorization failed"));

            assertThat(written).isCompletedExceptionally();
        }
    }

    private static RejectedInput rejection(byte[] content, Stage stage, String storyId, String reason) {
        return new RejectedInput(new SourceFile(Path.of("inbox/junk.bin"), content), stage, storyId, reason, RECEIVED);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
