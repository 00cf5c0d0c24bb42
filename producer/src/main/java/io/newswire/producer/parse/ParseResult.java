package io.newswire.producer.parse;

import io.newswire.schemas.WireStory;
import java.util.List;
import java.util.Objects;

/** The outcome of parsing one input: the story, or the reason it was refused. */
public sealed interface ParseResult {

    /** The input was a story. */
    record Parsed(WireStory story) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(story, "story");
        }
    }

    /**
     * A document that carries several items (an RSS/Atom feed, a NewsML-G2 newsMessage): one result
     * per item, each {@link Parsed} or {@link Rejected}, in document order. Never nested.
     */
    record Batch(List<ParseResult> items) implements ParseResult {
        public Batch {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a batch needs at least one item; reject an empty document instead");
            }
            if (items.stream().anyMatch(Batch.class::isInstance)) {
                throw new IllegalArgumentException("batches do not nest");
            }
        }
    }

    /** Every single result: the items of a batch, or this result alone. */
    default List<ParseResult> items() {
        return this instanceof Batch batch ? batch.items() : List.of(this);
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
