package io.newswire.producer;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link StoryProducer}. {@code overrides} are raw Kafka producer properties
 * (keys from {@code ProducerConfig}) applied last, over the producer's own defaults.
 *
 * @param bootstrapServers Kafka bootstrap servers, e.g. {@code localhost:9092}
 * @param topic the topic stories are written to, {@link #DEFAULT_TOPIC} unless the caller chooses
 * @param clientId the Kafka {@code client.id}, shown in broker logs, metrics and quotas
 * @param overrides producer properties that replace the defaults
 */
public record ProducerSettings(String bootstrapServers, String topic, String clientId, Map<String, Object> overrides) {
    public static final String DEFAULT_TOPIC = "newswire.stories.raw";
    public static final String DEFAULT_CLIENT_ID = "newswire-producer";

    public ProducerSettings {
        requireText(bootstrapServers, "bootstrapServers");
        requireText(topic, "topic");
        requireText(clientId, "clientId");
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    /** Settings for the default topic and client id, with no overrides. */
    public static ProducerSettings of(String bootstrapServers) {
        return new ProducerSettings(bootstrapServers, DEFAULT_TOPIC, DEFAULT_CLIENT_ID, Map.of());
    }

    public ProducerSettings withTopic(String newTopic) {
        return new ProducerSettings(bootstrapServers, newTopic, clientId, overrides);
    }

    public ProducerSettings withClientId(String newClientId) {
        return new ProducerSettings(bootstrapServers, topic, newClientId, overrides);
    }

    public ProducerSettings withOverrides(Map<String, Object> newOverrides) {
        return new ProducerSettings(bootstrapServers, topic, clientId, newOverrides);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
