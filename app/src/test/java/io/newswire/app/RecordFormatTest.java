package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.producer.DeadLetterWriter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RecordFormatTest {

    @Test
    void shouldShowAProducerDeadLetterWithItsStageAndReason() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterWriter.STAGE, bytes("parse"));
        headers.add(DeadLetterWriter.REASON, bytes("empty input: 0 bytes"));
        headers.add(DeadLetterWriter.LENGTH, bytes("0"));

        assertThat(RecordFormat.rejected(bytes("inbox/empty.txt"), new byte[0], headers))
                .isEqualTo("inbox/empty.txt (0 bytes) rejected at parse: empty input: 0 bytes");
    }

    @Test
    void shouldShowATopologyDeadLetterWithItsSourceTopicAndError() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("__streams.errors.topic", bytes("newswire.stories.raw"));
        headers.add("__streams.errors.message", bytes("cannot decode WireStory"));

        assertThat(RecordFormat.rejected(bytes("bad"), bytes("junk"), headers))
                .isEqualTo("bad (4 bytes) from newswire.stories.raw: cannot decode WireStory");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
