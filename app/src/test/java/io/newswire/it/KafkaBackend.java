package io.newswire.it;

import io.newswire.broker.EmbeddedKafkaBroker;
import java.util.Map;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** A started single-node broker: a Docker container or the in-process embedded broker. */
interface KafkaBackend extends AutoCloseable {

    /** The official Apache Kafka image; KRaft, single node. */
    /** The official image of the same Kafka version as the clients and the embedded broker. */
    String KAFKA_IMAGE = "apache/kafka:" + System.getProperty("newswire.kafka.version", "4.4.0");

    /** Brings the container's defaults in line with {@link EmbeddedKafkaBroker}'s. */
    Map<String, String> CONTAINER_ENV = Map.of(
            "KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false",
            "KAFKA_NUM_PARTITIONS", "1",
            "KAFKA_TRANSACTION_STATE_LOG_NUM_PARTITIONS", "1");

    String bootstrapServers();

    KafkaFixture.Kind kind();

    /** What runs the broker, for the log. */
    String description();

    @Override
    void close();

    static KafkaBackend startContainer() {
        final KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE)).withEnv(CONTAINER_ENV);
        container.start();
        return new KafkaBackend() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public KafkaFixture.Kind kind() {
                return KafkaFixture.Kind.CONTAINER;
            }

            @Override
            public String description() {
                return KAFKA_IMAGE;
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }

    static KafkaBackend startEmbedded() {
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        return new KafkaBackend() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public KafkaFixture.Kind kind() {
                return KafkaFixture.Kind.EMBEDDED;
            }

            @Override
            public String description() {
                return "in-process KRaft, log dir " + broker.logDir();
            }

            @Override
            public void close() {
                broker.close();
            }
        };
    }
}
