package io.newswire.broker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.server.config.ServerLogConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker running inside this JVM, in KRaft combined mode (one node is
 * both broker and controller), listening for PLAINTEXT clients on {@code 127.0.0.1}.
 *
 * <p>It reads and writes no topics of its own. Defaults suit one node and exactly-once clients:
 * internal topics have replication factor 1, the initial consumer-group rebalance delay is 0,
 * new topics have 1 partition and topics are not created on first use (the application creates
 * them explicitly). Any broker property can be overridden with
 * {@link Builder#brokerProperty(String, String)}.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
 *     String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 *
 * <p>The broker logs through SLF4J and is chatty at INFO; set the {@code kafka} and
 * {@code org.apache.kafka} loggers to WARN in the application's logging configuration.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int requestedPort;
    private final Path requestedLogDir;
    private final Map<String, String> overrides;

    private KafkaRaftServer server;
    private BrokerDirectory directory;
    private int port;

    private EmbeddedKafkaBroker(final Builder builder) {
        this.requestedPort = builder.port;
        this.requestedLogDir = builder.logDir;
        this.overrides = Map.copyOf(builder.overrides);
    }

    /** Returns a builder for a broker on a free port with a temporary log directory. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the log directory, starts the broker and returns once it answers an
     * {@code Admin.describeCluster} request, typically after 2-3 seconds.
     *
     * @return this broker, for chaining
     * @throws IllegalStateException if the broker was already started, or could not be started
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("Broker already started on " + bootstrapServers());
        }
        final long startNanos = System.nanoTime();
        try {
            directory = BrokerDirectory.open(requestedLogDir);
            port = requestedPort == 0 ? FreePorts.pick() : requestedPort;
            final Properties props = BrokerProperties.of(LOOPBACK, port, FreePorts.pick(), directory.path(), overrides);
            final KafkaConfig config = new KafkaConfig(props, false);
            KraftStorage.format(config, directory.path());
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (RuntimeException | IOException e) {
            close();
            throw new IllegalStateException("Could not start the embedded Kafka broker", e);
        }
        LOG.info("Embedded Kafka broker ready on {} in {} ms (log dir {})", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), directory.path());
        return this;
    }

    /**
     * Returns the bootstrap servers string for clients, {@code 127.0.0.1:PORT}.
     *
     * @throws IllegalStateException if the broker is not running
     */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("Broker is not running");
        }
        return LOOPBACK + ":" + port;
    }

    /** Returns the directory holding the broker's data and metadata logs, or null before start. */
    public synchronized Path logDir() {
        return directory == null ? null : directory.path();
    }

    /**
     * Shuts the broker down, waits for it to stop and deletes the log directory if this broker
     * created it. Safe to call more than once.
     */
    @Override
    public synchronized void close() {
        if (server != null) {
            LOG.debug("Stopping embedded Kafka broker on {}", LOOPBACK + ":" + port);
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
        if (directory != null) {
            directory.deleteIfOwned();
            directory = null;
        }
    }

    private void awaitReady() {
        final Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            final int nodes = admin.describeCluster().nodes()
                    .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            LOG.debug("Embedded Kafka broker sees {} node(s)", nodes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Broker did not answer within " + READY_TIMEOUT, e);
        }
    }

    /** Settings for an {@link EmbeddedKafkaBroker}; every setting is optional. */
    public static final class Builder {

        private int port;
        private Path logDir;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the client (PLAINTEXT) port; 0, the default, picks a free port. The controller
         * port is always a free port.
         */
        public Builder port(final int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Uses this directory for the broker's logs and keeps it on close. By default a
         * temporary directory is created and deleted on close. An already formatted directory
         * is reused as it is.
         */
        public Builder logDir(final Path logDir) {
            this.logDir = Objects.requireNonNull(logDir, "logDir");
            return this;
        }

        /** Sets the number of partitions of topics created without one (default 1). */
        public Builder defaultPartitions(final int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be positive: " + partitions);
            }
            return brokerProperty(ServerLogConfigs.NUM_PARTITIONS_CONFIG, Integer.toString(partitions));
        }

        /** Lets the broker create topics on first use (default false). */
        public Builder autoCreateTopics(final boolean enabled) {
            return brokerProperty(ServerLogConfigs.AUTO_CREATE_TOPICS_ENABLE_CONFIG, Boolean.toString(enabled));
        }

        /** Overrides any broker property, applied after the embedded defaults. */
        public Builder brokerProperty(final String name, final String value) {
            overrides.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Returns a broker with these settings; nothing is started until {@link #start()}. */
        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
