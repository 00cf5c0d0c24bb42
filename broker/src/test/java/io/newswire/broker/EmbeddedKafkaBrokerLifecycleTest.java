package io.newswire.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerLifecycleTest {

    @Test
    void shouldRunTwoBrokersAtOnceOnDifferentFreePorts() throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.builder().build().start();
             EmbeddedKafkaBroker second = EmbeddedKafkaBroker.builder().build().start()) {

            assertThat(first.bootstrapServers()).isNotEqualTo(second.bootstrapServers());
            assertThat(clusterId(first)).isNotEqualTo(clusterId(second));
        }
    }

    @Test
    void shouldDeleteTemporaryLogDirOnClose() {
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        final Path logDir = broker.logDir();
        assertThat(logDir.resolve("meta.properties")).exists();

        broker.close();

        assertThat(logDir).doesNotExist();
        assertThatThrownBy(broker::bootstrapServers).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldKeepCallerLogDirOnClose(@TempDir final Path tempDir) {
        final Path logDir = tempDir.resolve("kafka");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(logDir).build().start()) {
            assertThat(broker.logDir()).isEqualTo(logDir);
        }

        assertThat(logDir.resolve("meta.properties")).exists();
    }

    @Test
    void shouldFailToStartAndCleanUpWhenPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(taken.getLocalPort()).build();

            assertThatThrownBy(broker::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Could not start");
            assertThat(broker.logDir()).isNull();
        }
    }

    @Test
    void shouldRejectPortOutOfRange() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(70_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }

    private static String clusterId(final EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
        }
    }
}
