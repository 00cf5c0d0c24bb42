package io.newswire.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
    private final List<Duration> waits = new ArrayList<>();
    private final WebhookSettings settings = new WebhookSettings(
            List.of(URI.create("http://127.0.0.1/unused")), 4, Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2));
    private final WebhookDelivery delivery = new WebhookDelivery(settings, waits::add);

    @Test
    void shouldPostTheJsonBodyOnceWhenTheEndpointAccepts() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(204)) {
            DeliveryResult result = delivery.post(server.url(), "{\"quote\":\"hi\"}");

            assertThat(result).isEqualTo(new DeliveryResult.Delivered(1, 204));
            assertThat(server.bodies()).containsExactly("{\"quote\":\"hi\"}");
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void shouldRetryServerErrorsWithExponentialBackoffUntilAccepted() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(200, 503, 429, 500)) {
            DeliveryResult result = delivery.post(server.url(), "{}");

            assertThat(result).isEqualTo(new DeliveryResult.Delivered(4, 200));
            assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1000));
        }
    }

    @Test
    void shouldNotRetryAPermanentRefusal() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(404)) {
            DeliveryResult result = delivery.post(server.url(), "{}");

            assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, failed -> {
                assertThat(failed.attempts()).isEqualTo(1);
                assertThat(failed.status()).isEqualTo(404);
                assertThat(failed.reason()).contains("not retried");
            });
            assertThat(server.bodies()).hasSize(1);
        }
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsWhenNobodyListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        DeliveryResult result = delivery.post(URI.create("http://127.0.0.1:" + closedPort + "/hook"), "{}");

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, failed -> {
            assertThat(failed.attempts()).isEqualTo(4);
            assertThat(failed.status()).isZero();
            assertThat(failed.reason()).contains("after 4 attempts");
        });
        assertThat(waits).hasSize(3);
    }
}
