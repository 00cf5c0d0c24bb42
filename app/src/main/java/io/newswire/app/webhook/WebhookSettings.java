package io.newswire.app.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where and how alerts are posted.
 *
 * @param urls every alert is posted to each of these
 * @param maxAttempts attempts per URL before the alert is dead-lettered for that URL
 * @param initialBackoff wait before the first retry; doubled after each failed attempt
 * @param maxBackoff upper bound of the wait between attempts
 * @param requestTimeout time allowed for one HTTP request
 */
public record WebhookSettings(
        List<URI> urls, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {

    public WebhookSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one webhook URL is needed");
        }
        for (URI url : urls) {
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("webhook URL must be http or https: " + url);
            }
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static WebhookSettings of(List<URI> urls) {
        return new WebhookSettings(urls, 5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** The wait after failed attempt {@code attempt} (1-based): exponential, capped. */
    Duration backoffAfter(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
