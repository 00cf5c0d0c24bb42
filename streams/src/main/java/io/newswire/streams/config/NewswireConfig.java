package io.newswire.streams.config;

import io.newswire.streams.neardup.NearDuplicateRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Typed, validated settings of the Newswire pipeline. Read from {@code newswire.*} keys
 * (properties file or {@code -D}) and from the matching environment variables
 * ({@code newswire.bootstrap.servers} ↔ {@code NEWSWIRE_BOOTSTRAP_SERVERS}); environment wins,
 * so the same image runs anywhere. Keys under {@code newswire.streams.} pass straight through to
 * Kafka Streams (for example {@code newswire.streams.num.stream.threads=2}); keys under
 * {@code newswire.client.} go to every Kafka client the app makes (admin, producers, consumers and
 * Streams), for example {@code newswire.client.security.protocol=SASL_SSL}.
 */
public record NewswireConfig(
        String bootstrapServers,
        String applicationId,
        TopicNames topics,
        Path feedsFile,
        Duration alertWindow,
        NearDuplicateRule nearDuplicates,
        Duration commitInterval,
        Path stateDir,
        Map<String, String> streamsOverrides,
        Map<String, String> clientOverrides) {

    public static final String BOOTSTRAP_SERVERS = "newswire.bootstrap.servers";
    public static final String APPLICATION_ID = "newswire.application.id";
    public static final String TOPIC_RAW = "newswire.topic.raw";
    public static final String TOPIC_TAGGED = "newswire.topic.tagged";
    public static final String TOPIC_STATEMENTS = "newswire.topic.statements";
    public static final String TOPIC_ALERTS = "newswire.topic.alerts";
    public static final String TOPIC_REJECTED = "newswire.topic.rejected";
    public static final String TOPIC_MINHASHES = "newswire.topic.minhashes";
    public static final String FEED_TOPIC_PREFIX = "newswire.feed.topic.prefix";
    public static final String FEEDS_FILE = "newswire.feeds.file";
    public static final String ALERT_WINDOW = "newswire.alert.window";
    public static final String NEAR_DUPLICATE_WINDOW = "newswire.near-duplicate.window";
    public static final String NEAR_DUPLICATE_MIN_SIMILARITY = "newswire.near-duplicate.min-similarity";
    public static final String COMMIT_INTERVAL = "newswire.commit.interval";
    public static final String STATE_DIR = "newswire.state.dir";
    public static final String STREAMS_PREFIX = "newswire.streams.";
    public static final String CLIENT_PREFIX = "newswire.client.";

    public static final String DEFAULT_APPLICATION_ID = "newswire-streams";
    public static final Duration DEFAULT_ALERT_WINDOW = Duration.ofDays(7);
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);

    /** Keys with a hyphen, which a variable name cannot hold: NEWSWIRE_NEAR_DUPLICATE_WINDOW sets the first. */
    private static final List<String> HYPHENATED_KEYS = List.of(NEAR_DUPLICATE_WINDOW, NEAR_DUPLICATE_MIN_SIMILARITY);

    public NewswireConfig {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(nearDuplicates, "nearDuplicates");
        streamsOverrides = Map.copyOf(streamsOverrides);
        clientOverrides = Map.copyOf(clientOverrides);
        require(applicationId != null && !applicationId.isBlank(), APPLICATION_ID + " must not be blank");
        require(alertWindow != null && !alertWindow.isNegative() && !alertWindow.isZero(),
                ALERT_WINDOW + " must be a positive duration");
        require(commitInterval != null && !commitInterval.isNegative(), COMMIT_INTERVAL + " must not be negative");
    }

    /** Defaults everywhere; {@code bootstrapServers} may be null until a broker is known. */
    public static NewswireConfig defaults() {
        return from(Map.of(), Map.of());
    }

    /**
     * Builds the config from properties and environment variables; a variable overrides the
     * property of the same name ({@code NEWSWIRE_ALERT_WINDOW} overrides {@code newswire.alert.window}).
     */
    public static NewswireConfig from(Map<String, String> properties, Map<String, String> environment) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        environment.forEach((name, value) -> {
            if (name.startsWith("NEWSWIRE_")) {
                merged.put(propertyName(name), value);
            }
        });
        Map<String, String> overrides = withoutPrefix(merged, STREAMS_PREFIX);
        Map<String, String> clients = withoutPrefix(merged, CLIENT_PREFIX);
        String stateDir = merged.get(STATE_DIR);
        String feeds = merged.get(FEEDS_FILE);
        return new NewswireConfig(
                blankToNull(merged.get(BOOTSTRAP_SERVERS)),
                merged.getOrDefault(APPLICATION_ID, DEFAULT_APPLICATION_ID),
                TopicNames.from(merged),
                feeds == null || feeds.isBlank() ? null : Path.of(feeds),
                duration(merged, ALERT_WINDOW, DEFAULT_ALERT_WINDOW),
                nearDuplicates(merged),
                duration(merged, COMMIT_INTERVAL, DEFAULT_COMMIT_INTERVAL),
                stateDir == null || stateDir.isBlank() ? null : Path.of(stateDir),
                overrides,
                clients);
    }

    /**
     * Properties for a plain Kafka client (admin, producer, consumer): the bootstrap servers and
     * every {@code newswire.client.*} setting. Callers add their own settings on top.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new LinkedHashMap<>(clientOverrides);
        if (bootstrapServers != null) {
            props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        return props;
    }

    /** {@link #clientProperties()} plus {@code extra}, which wins. */
    public Map<String, Object> clientProperties(Map<String, Object> extra) {
        Map<String, Object> props = clientProperties();
        props.putAll(extra);
        return props;
    }

    private static Map<String, String> withoutPrefix(Map<String, String> values, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                out.put(key.substring(prefix.length()), value);
            }
        });
        return out;
    }

    /** {@code newswire.bootstrap.servers} → {@code NEWSWIRE_BOOTSTRAP_SERVERS}. */
    public static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** {@code NEWSWIRE_BOOTSTRAP_SERVERS} → {@code newswire.bootstrap.servers}. */
    static String propertyName(String variable) {
        String dotted = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        return HYPHENATED_KEYS.stream()
                .filter(key -> key.replace('-', '.').equals(dotted))
                .findFirst()
                .orElse(dotted);
    }

    public NewswireConfig withBootstrapServers(String servers) {
        return copy(servers, applicationId, topics, feedsFile, commitInterval, stateDir);
    }

    public NewswireConfig withApplicationId(String id) {
        return copy(bootstrapServers, id, topics, feedsFile, commitInterval, stateDir);
    }

    public NewswireConfig withStateDir(Path dir) {
        return copy(bootstrapServers, applicationId, topics, feedsFile, commitInterval, dir);
    }

    public NewswireConfig withTopics(TopicNames names) {
        return copy(bootstrapServers, applicationId, names, feedsFile, commitInterval, stateDir);
    }

    public NewswireConfig withFeedsFile(Path file) {
        return copy(bootstrapServers, applicationId, topics, file, commitInterval, stateDir);
    }

    public NewswireConfig withCommitInterval(Duration interval) {
        return copy(bootstrapServers, applicationId, topics, feedsFile, interval, stateDir);
    }

    private NewswireConfig copy(String servers, String id, TopicNames names, Path feeds, Duration interval, Path dir) {
        return new NewswireConfig(servers, id, names, feeds, alertWindow, nearDuplicates, interval, dir,
                streamsOverrides, clientOverrides);
    }

    private static NearDuplicateRule nearDuplicates(Map<String, String> values) {
        Duration window = duration(values, NEAR_DUPLICATE_WINDOW, NearDuplicateRule.DEFAULT_WINDOW);
        String similarity = values.get(NEAR_DUPLICATE_MIN_SIMILARITY);
        try {
            double minSimilarity = similarity == null || similarity.isBlank()
                    ? NearDuplicateRule.DEFAULT_MIN_SIMILARITY
                    : Double.parseDouble(similarity.strip());
            return new NearDuplicateRule(window, minSimilarity);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NEAR_DUPLICATE_WINDOW + " / " + NEAR_DUPLICATE_MIN_SIMILARITY + ": "
                    + e.getMessage(), e);
        }
    }

    private static Duration duration(Map<String, String> values, String key, Duration fallback) {
        String raw = values.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(raw.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT0.1S or P7D, got '"
                    + raw + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
