package io.newswire.producer.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * Turns the raw bytes of one wire format into a {@link io.newswire.schemas.WireStory} or a typed
 * rejection. Implementations are stateless and thread-safe, and never throw for bad input: every
 * problem with the content is a {@link ParseResult.Rejected} with a reason a person can act on.
 */
public interface StoryParser {

    /**
     * @param content the bytes exactly as received
     * @param origin where the bytes came from (a path, a URL); used in log messages only
     * @param receivedAt when Newswire received the bytes, copied to {@code WireStory.receivedAt}
     */
    ParseResult parse(byte[] content, String origin, Instant receivedAt);

    /** The rejection every parser gives to empty input, or null when there is content to parse. */
    static ParseResult.Rejected rejectEmpty(byte[] content, Instant receivedAt) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receivedAt, "receivedAt");
        return content.length == 0 ? new ParseResult.Rejected("empty input: 0 bytes") : null;
    }
}
