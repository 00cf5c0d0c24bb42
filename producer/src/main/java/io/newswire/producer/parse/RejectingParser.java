package io.newswire.producer.parse;

import java.time.Instant;
import java.util.Objects;

/** The "parser" for content that sniffing already found unreadable: rejects it with that reason. */
record RejectingParser(String reason) implements StoryParser {

    RejectingParser {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        return new ParseResult.Rejected(reason);
    }
}
