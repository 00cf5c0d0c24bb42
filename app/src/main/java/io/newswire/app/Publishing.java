package io.newswire.app;

import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.ProducerSettings;
import io.newswire.streams.TopicSetup;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.feeds.FeedRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Opens the {@link IngestClients} every publishing command uses, from the Newswire configuration,
 * after making sure the topics they write exist: on the embedded broker every Newswire topic is
 * created (one partition each); on a real cluster a missing topic is an error, named, rather than
 * a producer blocking for a minute per story and then failing.
 */
final class Publishing {
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private Publishing() {}

    /** Thrown when the cluster lacks a topic the producer writes to. */
    static final class MissingTopicsException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingTopicsException(String message) {
            super(message);
        }
    }

    static IngestClients open(NewswireConfig base, KafkaConnection connection, String clientId) {
        NewswireConfig config = base.withBootstrapServers(connection.bootstrapServers());
        ensureTopics(config, connection.isEmbedded());
        return IngestClients.open(producerSettings(config, clientId), config.topics().rejected(),
                DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES);
    }

    private static ProducerSettings producerSettings(NewswireConfig config, String clientId) {
        return ProducerSettings.of(config.bootstrapServers())
                .withTopic(config.topics().raw())
                .withClientId(clientId)
                .withOverrides(Map.copyOf(config.clientOverrides()));
    }

    private static void ensureTopics(NewswireConfig config, boolean embedded) {
        try (Admin admin = Admin.create(config.clientProperties())) {
            if (embedded) {
                new TopicSetup(1, (short) 1).ensure(admin, config.topics(), FeedRules.load(config.feedsFile()));
                return;
            }
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> missing = new ArrayList<>();
            for (String topic : List.of(config.topics().raw(), config.topics().rejected())) {
                if (!existing.contains(topic)) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                throw new MissingTopicsException("topic(s) " + String.join(", ", missing) + " do not exist on "
                        + config.bootstrapServers() + ": start 'newswire stream' once (it creates every Newswire topic)"
                        + " or create them");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the topics on " + config.bootstrapServers() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topics", e);
        }
    }
}
