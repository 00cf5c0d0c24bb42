package io.newswire.app;

import io.newswire.producer.DeadLetterWriter;
import io.newswire.schemas.Alert;
import io.newswire.schemas.Statement;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** One-line, human-readable renderings of the records on Newswire topics. */
final class RecordFormat {
    private RecordFormat() {}

    static String story(TaggedStory tagged) {
        WireStory story = tagged.getStory();
        return String.format("%s (v%d) | countries %s focus %s | feeds %s",
                story.getHeadline(), story.getVersion(), tagged.getCountries(), tagged.getFocusCountries(),
                tagged.getFeeds());
    }

    static String statement(Statement statement) {
        return String.format("%s%s%s: \u201c%s\u201d", statement.getSpeaker(),
                statement.getSpeakerRole() == null ? "" : " (" + statement.getSpeakerRole() + ")",
                statement.getOfficial() ? " [official]" : "",
                statement.getQuote());
    }

    static String alert(Alert alert) {
        return String.format("ALERT %s%s: \u201c%s\u201d \u2014 %s",
                alert.getSpeaker(),
                alert.getRole() == null ? "" : " (" + alert.getRole() + ")",
                alert.getQuote(),
                alert.getHeadline());
    }

    /**
     * A dead letter: from the producer (headers {@code newswire.rejected.*}: an input that did
     * not parse or send) or from the topology (Kafka Streams' {@code __streams.errors.*}).
     */
    static String rejected(byte[] key, byte[] value, Headers headers) {
        String keyText = key == null ? "<no key>" : new String(key, StandardCharsets.UTF_8);
        if (headers.lastHeader(DeadLetterWriter.REASON) != null) {
            return String.format("%s (%s bytes) rejected at %s: %s", keyText, header(headers, DeadLetterWriter.LENGTH),
                    header(headers, DeadLetterWriter.STAGE), header(headers, DeadLetterWriter.REASON));
        }
        return String.format("%s (%d bytes) from %s: %s",
                keyText,
                value == null ? 0 : value.length,
                header(headers, "__streams.errors.topic"),
                header(headers, "__streams.errors.message"));
    }

    static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
