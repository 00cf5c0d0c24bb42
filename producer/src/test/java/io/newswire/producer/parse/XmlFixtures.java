package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Reads the XML fixtures under src/test/resources/io/newswire/producer/parse and unwraps results. */
final class XmlFixtures {
    static final Instant RECEIVED = Instant.parse("2024-03-05T12:34:56Z");

    private XmlFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = XmlFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ParseResult parse(byte[] content) {
        return Parsers.parse(content, "test", RECEIVED);
    }

    static WireStory story(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).story();
    }

    static String reason(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }
}
