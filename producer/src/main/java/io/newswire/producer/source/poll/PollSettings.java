package io.newswire.producer.source.poll;

import io.newswire.producer.source.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How feeds are polled.
 *
 * @param interval wait between two polls of one feed while it answers
 * @param jitter each wait is stretched or shrunk by up to this fraction (0 to 0.5), at random, so
 *     feeds started together do not stay in lock-step
 * @param connectTimeout time allowed to open a connection
 * @param requestTimeout time allowed for one whole request, body included
 * @param maxBodyBytes a larger response is refused (and counted as a failed poll)
 * @param maxBackoff upper bound of the wait after consecutive failures (which doubles from
 *     {@code interval}); a longer {@code Retry-After} from the server is still honoured
 * @param userAgent sent with every request
 */
public record PollSettings(Duration interval, double jitter, Duration connectTimeout, Duration requestTimeout,
        int maxBodyBytes, Duration maxBackoff, String userAgent) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    private static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

    public PollSettings {
        requirePositive(interval, "interval");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(maxBackoff, "maxBackoff");
        Objects.requireNonNull(userAgent, "userAgent");
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("jitter must be between 0 and 0.5, was " + jitter);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
        }
    }

    /** Every minute, 10% jitter, 10 s to connect, 30 s per request, 10 MiB, back off up to an hour. */
    public static PollSettings defaults() {
        return new PollSettings(DEFAULT_INTERVAL, 0.1, Duration.ofSeconds(10), Duration.ofSeconds(30),
                DEFAULT_MAX_BODY_BYTES, Duration.ofHours(1), "newswire-poll");
    }

    public PollSettings withInterval(Duration newInterval) {
        return new PollSettings(newInterval, jitter, connectTimeout, requestTimeout, maxBodyBytes,
                maxBackoff.compareTo(newInterval) < 0 ? newInterval : maxBackoff, userAgent);
    }

    public PollSettings withJitter(double newJitter) {
        return new PollSettings(interval, newJitter, connectTimeout, requestTimeout, maxBodyBytes, maxBackoff, userAgent);
    }

    public PollSettings withMaxBodyBytes(int newMaxBodyBytes) {
        return new PollSettings(interval, jitter, connectTimeout, requestTimeout, newMaxBodyBytes, maxBackoff, userAgent);
    }

    public PollSettings withMaxBackoff(Duration newMaxBackoff) {
        return new PollSettings(interval, jitter, connectTimeout, requestTimeout, maxBodyBytes, newMaxBackoff, userAgent);
    }

    /**
     * The wait after {@code failures} consecutive failed polls (0 = the last poll worked): the
     * interval doubled per failure, capped at {@code maxBackoff} but never below the interval.
     */
    Duration delayAfter(int failures) {
        if (failures == 0) {
            return interval;
        }
        Duration capped = Backoff.doubling(interval, maxBackoff, failures);
        return capped.compareTo(interval) < 0 ? interval : capped;
    }

    /** {@code delay} stretched by {@code random} (uniform in [0, 1)) within the jitter. */
    Duration jittered(Duration delay, double random) {
        double factor = 1 + jitter * (2 * random - 1);
        return Duration.ofNanos(Math.round(delay.toNanos() * factor));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
