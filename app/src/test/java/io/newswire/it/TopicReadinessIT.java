package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.streams.TopicSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TopicReadinessIT {
    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    @Test
    void aCreatedTopicIsReadyOnceEveryPartitionHasALeader() throws InterruptedException {
        String topic = KAFKA.createTopic("ready", 3);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            assertThat(TopicSetup.awaitReady(admin, List.of(topic), Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void aTopicThatDoesNotExistIsNeverReady() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            assertThat(TopicSetup.awaitReady(admin, List.of(KafkaFixture.uniqueName("missing")), Duration.ofMillis(500)))
                    .isFalse();
        }
    }
}
