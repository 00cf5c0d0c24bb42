package io.newswire.it;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker for integration tests, started once per test class: a Testcontainers
 * {@code apache/kafka} container when a Docker engine answers, otherwise the in-process
 * {@link io.newswire.broker.EmbeddedKafkaBroker}. Both are single-node KRaft brokers with
 * replication factor 1, no initial rebalance delay and no topic auto-creation.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaFixture KAFKA = KafkaFixture.create();
 *
 * String topic = KAFKA.createTopic("raw-stories");
 * }</pre>
 *
 * <p>Set the system property {@value #MODE_PROPERTY} to {@code embedded} or {@code container} to
 * skip detection.
 */
public final class KafkaFixture implements BeforeAllCallback, AfterAllCallback {

    /** System property forcing the broker kind: {@code auto} (default), {@code embedded}, {@code container}. */
    public static final String MODE_PROPERTY = "newswire.it.kafka";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFixture.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;
    private static final short REPLICATION_FACTOR = 1;

    private KafkaBackend backend;
    private Admin admin;
    private String ownerId;

    private KafkaFixture() {
    }

    /** Returns a fixture that starts its broker before the first test of the class that registers it. */
    public static KafkaFixture create() {
        return new KafkaFixture();
    }

    /** Returns {@code prefix} followed by a random suffix, for topics, group ids and application ids. */
    public static String uniqueName(final String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void beforeAll(final ExtensionContext context) {
        if (backend != null) {
            return; // a @Nested class reuses its enclosing class's broker
        }
        ownerId = context.getUniqueId();
        backend = startBackend(Mode.fromSystemProperty());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, backend.bootstrapServers()));
    }

    @Override
    public void afterAll(final ExtensionContext context) {
        if (backend == null || !context.getUniqueId().equals(ownerId)) {
            return;
        }
        admin.close();
        backend.close();
        backend = null;
        admin = null;
    }

    /** Returns the bootstrap servers of the running broker. */
    public String bootstrapServers() {
        return running().bootstrapServers();
    }

    /** Returns which kind of broker this fixture started. */
    public Kind kind() {
        return running().kind();
    }

    /** Creates a topic with one partition and a unique name starting with {@code prefix}; returns the name. */
    public String createTopic(final String prefix) {
        return createTopic(prefix, 1);
    }

    /** Creates a topic with {@code partitions} partitions and a unique name starting with {@code prefix}. */
    public String createTopic(final String prefix, final int partitions) {
        running();
        final String name = uniqueName(prefix);
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, REPLICATION_FACTOR)))
                    .all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topic " + name, e);
        }
        LOG.debug("Created topic {} with {} partition(s)", name, partitions);
        return name;
    }

    private KafkaBackend running() {
        if (backend == null) {
            throw new IllegalStateException("KafkaFixture is not started: register it with @RegisterExtension on a static field");
        }
        return backend;
    }

    private static KafkaBackend startBackend(final Mode mode) {
        final Kind kind = switch (mode) {
            case CONTAINER -> Kind.CONTAINER;
            case EMBEDDED -> Kind.EMBEDDED;
            case AUTO -> DockerDetection.isDockerAvailable() ? Kind.CONTAINER : Kind.EMBEDDED;
        };
        final long startNanos = System.nanoTime();
        final KafkaBackend started = kind == Kind.CONTAINER ? KafkaBackend.startContainer() : KafkaBackend.startEmbedded();
        LOG.info("KafkaFixture chose the {} broker ({}) at {}, mode {}, started in {} ms", kind, started.description(),
                started.bootstrapServers(), mode.name().toLowerCase(Locale.ROOT),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        return started;
    }

    /** Which broker a fixture runs. */
    public enum Kind {
        /** A Testcontainers {@code apache/kafka} container. */
        CONTAINER,
        /** The in-process {@link io.newswire.broker.EmbeddedKafkaBroker}. */
        EMBEDDED
    }

    private enum Mode {
        AUTO, EMBEDDED, CONTAINER;

        static Mode fromSystemProperty() {
            final String value = System.getProperty(MODE_PROPERTY, AUTO.name());
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(MODE_PROPERTY + " must be auto, embedded or container: " + value, e);
            }
        }
    }
}
