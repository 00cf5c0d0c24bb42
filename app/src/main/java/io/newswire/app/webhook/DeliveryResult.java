package io.newswire.app.webhook;

/** How posting one alert to one URL ended. */
public sealed interface DeliveryResult {
    int attempts();

    /** The endpoint answered 2xx. */
    record Delivered(int attempts, int status) implements DeliveryResult {}

    /**
     * The alert could not be delivered: a permanent refusal (a 4xx other than 408 and 429) or
     * retries exhausted. {@code status} is 0 when no HTTP answer came.
     */
    record Failed(int attempts, int status, String reason) implements DeliveryResult {}
}
