package io.newswire.producer;

import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Small fixtures shared by the producer and ingestor tests. */
final class TestStories {
    static {
        AvroTrust.trustNewswireSchemas();
    }

    private TestStories() {}

    static WireStory story(String id) {
        return WireStory.newBuilder()
                .setId(id)
                .setPubStatus(PubStatus.USABLE)
                .setHeadline("Headline of " + id)
                .setParagraphs(List.of("Body of " + id + "."))
                .setReceivedAt(Instant.parse("2024-03-01T12:00:00Z"))
                .build();
    }

    static SourceFile storyFile(String name, String headline) {
        String text = "World\n\n" + headline + "\n\nOfficials said on Monday that " + headline.toLowerCase(Locale.ROOT) + ".\n";
        return new SourceFile(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
    }

    static SourceFile junkFile(String name) {
        return new SourceFile(Path.of(name), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
    }
}
