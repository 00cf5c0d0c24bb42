package io.newswire.app.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one JSON document to one URL with retries and exponential backoff. Retried: I/O errors,
 * timeouts, 408, 429 and 5xx. Not retried: any other 4xx, which will not get better by asking
 * again. Uses the JDK's HttpClient: well maintained, HTTP/1.1 and 2, no extra dependency.
 */
public final class WebhookDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient client;
    private final WebhookSettings settings;
    private final Sleeper sleeper;

    public WebhookDelivery(WebhookSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    public DeliveryResult post(URI url, String json) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "newswire-webhook")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        int status = 0;
        String reason = "";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return new DeliveryResult.Delivered(attempt, status);
                }
                reason = "HTTP " + status;
                if (!retriable(status)) {
                    return new DeliveryResult.Failed(attempt, status, reason + " (not retried)");
                }
            } catch (IOException e) {
                status = 0;
                reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt < settings.maxAttempts()) {
                Duration wait = settings.backoffAfter(attempt);
                LOG.warn("webhook {} attempt {} failed ({}); retrying in {} ms", url, attempt, reason, wait.toMillis());
                sleeper.sleep(wait);
            }
        }
        return new DeliveryResult.Failed(settings.maxAttempts(), status, reason + " after "
                + settings.maxAttempts() + " attempts");
    }

    static boolean retriable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
