package io.newswire.producer.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * A parser of one XML vocabulary: charset decoding and hardened parsing ({@link SafeXml}) are
 * shared, only reading the tree differs. {@link Parsers} hands over the text its sniffing already
 * decoded, so a document is decoded once.
 */
interface XmlStoryParser extends StoryParser {

    /** Reads the story or stories under {@code root}. */
    ParseResult parseRoot(XmlElement root, Instant receivedAt);

    @Override
    default ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receivedAt, "receivedAt");
        try {
            return parseRoot(SafeXml.parse(content), receivedAt);
        } catch (SafeXml.XmlProblem problem) {
            return new ParseResult.Rejected(problem.getMessage());
        }
    }

    /** Parses XML text already decoded from its bytes. */
    default ParseResult parseDecoded(String text, Instant receivedAt) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        try {
            return parseRoot(SafeXml.parse(text), receivedAt);
        } catch (SafeXml.XmlProblem problem) {
            return new ParseResult.Rejected(problem.getMessage());
        }
    }
}
