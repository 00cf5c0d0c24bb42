package io.newswire.streams.config;

import java.util.List;
import java.util.Map;

/** Names of the topics the pipeline reads and writes; every one can be renamed by config. */
public record TopicNames(
        String raw,
        String tagged,
        String statements,
        String alerts,
        String rejected,
        String minHashes,
        String feedPrefix) {

    public static final TopicNames DEFAULT = new TopicNames(
            "newswire.stories.raw",
            "newswire.stories.tagged",
            "newswire.statements",
            "newswire.alerts",
            "newswire.rejected",
            "newswire.story-minhash",
            "newswire.feed.");

    static TopicNames from(Map<String, String> values) {
        return new TopicNames(
                values.getOrDefault(NewswireConfig.TOPIC_RAW, DEFAULT.raw),
                values.getOrDefault(NewswireConfig.TOPIC_TAGGED, DEFAULT.tagged),
                values.getOrDefault(NewswireConfig.TOPIC_STATEMENTS, DEFAULT.statements),
                values.getOrDefault(NewswireConfig.TOPIC_ALERTS, DEFAULT.alerts),
                values.getOrDefault(NewswireConfig.TOPIC_REJECTED, DEFAULT.rejected),
                values.getOrDefault(NewswireConfig.TOPIC_MINHASHES, DEFAULT.minHashes),
                values.getOrDefault(NewswireConfig.FEED_TOPIC_PREFIX, DEFAULT.feedPrefix));
    }

    /** The same names with a prefix, so tests and benchmarks can share one broker. */
    public TopicNames prefixed(String prefix) {
        return new TopicNames(prefix + raw, prefix + tagged, prefix + statements, prefix + alerts,
                prefix + rejected, prefix + minHashes, prefix + feedPrefix);
    }

    public String feed(String feedName) {
        return feedPrefix + feedName;
    }

    /** The fixed topics (not the feed topics). */
    public List<String> fixed() {
        return List.of(raw, tagged, statements, alerts, rejected, minHashes);
    }
}
