package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void shouldWarnThatStoriesEndWithTheCommandOnAnEmbeddedBroker() {
        // never started: the note depends only on the broker being embedded
        try (KafkaConnection connection = new KafkaConnection("localhost:9092", EmbeddedKafkaBroker.builder().build())) {
            assertThat(noteOf(connection)).isEqualTo(KafkaConnection.EMBEDDED_NOTE + System.lineSeparator())
                    .contains("embedded broker stops when this command ends", "--bootstrap-servers");
        }
    }

    @Test
    void shouldSayNothingAboutAConfiguredBroker() {
        try (KafkaConnection connection = KafkaConnection.open("localhost:9092", System.err)) {
            assertThat(noteOf(connection)).isEmpty();
        }
    }

    private static String noteOf(KafkaConnection connection) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        connection.noteIfStoriesEndWithTheCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
