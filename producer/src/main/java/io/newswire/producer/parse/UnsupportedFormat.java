package io.newswire.producer.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * Refuses a recognised format that has no parser yet, naming it. A placeholder: RSS/Atom feeds
 * and ninjs JSON get their own parsers (FeedParser, NinjsParser) in another branch, and the merge
 * replaces the routes to this class in {@link Parsers}.
 *
 * @param what the format, e.g. "RSS/Atom feed (root element <rss>)"
 */
record UnsupportedFormat(String what) implements StoryParser {

    UnsupportedFormat {
        Objects.requireNonNull(what, "what");
    }

    @Override
    public ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        return new ParseResult.Rejected("format not supported yet: " + what);
    }
}
