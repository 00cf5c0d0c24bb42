package io.newswire.producer.source.http;

import static org.awaitility.Awaitility.await;

import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectionHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send half a request must not stop the server. The build sets the JDK server's
 * request time limit to 2 s for the test JVM (producer/pom.xml), as an operator could.
 */
class HttpPushServerSlowClientTest {
    private static final byte[] HALF_A_REQUEST = "POST /stories HTTP/1.1\r\nHost: localhost\r\nAuthoriz"
            .getBytes(StandardCharsets.US_ASCII);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Socket> slowClients = new ArrayList<>();
    private HttpPushServer server;

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slowClients) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldAnswerHealthWithinSecondsWhileMoreClientsThanThreadsAndQueueSendHalfARequest() throws Exception {
        server = HttpPushServer.start(new Ingestor(story -> new CompletableFuture<>()), RejectionHandler.logging(),
                HttpPushSettings.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BearerToken.of("t"))
                        .withThreads(1));

        for (int i = 0; i < 20; i++) {
            Socket socket = new Socket(server.address().getAddress(), server.address().getPort());
            slowClients.add(socket);
            socket.getOutputStream().write(HALF_A_REQUEST);
            socket.getOutputStream().flush();
        }

        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250)).until(() -> health() == 200);
    }

    private int health() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.storiesUri().resolve(HttpPushServer.HEALTH_PATH))
                .timeout(Duration.ofSeconds(1)).GET().build();
        try {
            return client.send(request, BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
