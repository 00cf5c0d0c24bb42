package io.newswire.producer.parse;

import io.newswire.schemas.WireStory;
import java.util.Objects;

/** The outcome of parsing one input: the story, or the reason it was refused. */
public sealed interface ParseResult {

    /** The input was a story. */
    record Parsed(WireStory story) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(story, "story");
        }
    }

    /** The input was refused; {@code reason} says why, precisely enough to fix the input. */
    record Rejected(String reason) implements ParseResult {
        public Rejected {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }
    }
}
