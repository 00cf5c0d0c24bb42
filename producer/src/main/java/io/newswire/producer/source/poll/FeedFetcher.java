package io.newswire.producer.source.poll;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One conditional GET of a feed with the JDK's {@link HttpClient} (HTTP/1.1 and 2, no extra
 * dependency): the stored {@code ETag} goes out as {@code If-None-Match} and the stored
 * {@code Last-Modified} as {@code If-Modified-Since}, both exactly as received. Redirects are
 * followed (never from https to http); the whole exchange, body included, is bounded by the
 * request timeout and the body by the size limit. Never throws for a network or HTTP problem:
 * that is a {@link Fetch.Failed}.
 */
final class FeedFetcher {
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);
    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private final HttpClient client;
    private final PollSettings settings;

    FeedFetcher(PollSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Fetch fetch(URI url, Validators validators) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request.build(), this::body);
        try {
            return outcome(sent.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            sent.cancel(true);
            return new Fetch.Failed(0, "no complete response within " + settings.requestTimeout().toMillis() + " ms",
                    null);
        } catch (ExecutionException e) {
            return new Fetch.Failed(0, describe(e.getCause()), null);
        } catch (InterruptedException e) {
            sent.cancel(true);
            throw e;
        }
    }

    /** Only a successful response's body is read, and only up to the limit. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2) {
            return BodySubscribers.replacing(new byte[0]);
        }
        return new LimitedBody(settings.maxBodyBytes());
    }

    private static Fetch outcome(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 304) {
            return new Fetch.NotModified();
        }
        if (status / 100 == 2) {
            return new Fetch.Changed(status, response.body(), new Validators(
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null)));
        }
        Duration retryAfter = response.headers().firstValue("Retry-After")
                .map(value -> retryAfter(value, Instant.now()))
                .orElse(null);
        return new Fetch.Failed(status, "HTTP " + status, retryAfter);
    }

    /**
     * A {@code Retry-After} value, delay-seconds or an HTTP date, as a wait from {@code now},
     * clamped to [0, {@link #MAX_RETRY_AFTER}]; null when it is neither.
     */
    static Duration retryAfter(String value, Instant now) {
        String trimmed = value.strip();
        Duration wait;
        if (trimmed.matches("\\d{1,12}")) {
            wait = Duration.ofSeconds(Long.parseLong(trimmed));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    private static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge) {
                return cause.getMessage();
            }
        }
        String name = error.getClass().getSimpleName();
        return error.getMessage() == null ? name : name + ": " + error.getMessage();
    }
}
