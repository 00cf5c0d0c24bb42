package io.newswire.producer.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * Picks the parser for a piece of content by sniffing it, so callers do not depend on one format.
 * Today every input goes to the {@link ScrapedTextParser}; XML (NITF, NewsML-G2, RSS/Atom) and
 * JSON (ninjs) parsers will be chosen here as they arrive.
 */
public final class Parsers {
    private static final StoryParser SCRAPED_TEXT = new ScrapedTextParser();

    private Parsers() {}

    /** The parser for {@code content}; never null. */
    public static StoryParser forContent(byte[] content) {
        Objects.requireNonNull(content, "content");
        return SCRAPED_TEXT;
    }

    /** Sniffs the format of {@code content} and parses it. */
    public static ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        return forContent(content).parse(content, origin, receivedAt);
    }
}
