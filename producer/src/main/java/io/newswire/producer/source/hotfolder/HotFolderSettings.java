package io.newswire.producer.source.hotfolder;

import io.newswire.producer.source.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link HotFolder} decides a file is complete and how it retries files the broker could
 * not take.
 *
 * @param settle how long a file's size and last-modified time must stay unchanged, across scans,
 *     before it is taken; guards against ingesting a file that is still being written
 * @param initialBackoff the wait before the first retry of a file whose stories could not be sent
 * @param maxBackoff the longest wait between retries (the wait doubles up to it)
 * @param maxInFlight how many files are submitted before their outcomes are awaited
 */
public record HotFolderSettings(Duration settle, Duration initialBackoff, Duration maxBackoff, int maxInFlight) {
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(1);

    public HotFolderSettings {
        requireNotNegative(settle, "settle");
        requireNotNegative(initialBackoff, "initialBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        }
    }

    /** A one-second settle time, retries after 1 s doubling up to 1 min, 32 files in flight. */
    public static HotFolderSettings defaults() {
        return new HotFolderSettings(DEFAULT_SETTLE, Duration.ofSeconds(1), Duration.ofMinutes(1), 32);
    }

    public HotFolderSettings withSettle(Duration newSettle) {
        return new HotFolderSettings(newSettle, initialBackoff, maxBackoff, maxInFlight);
    }

    public HotFolderSettings withBackoff(Duration newInitial, Duration newMax) {
        return new HotFolderSettings(settle, newInitial, newMax, maxInFlight);
    }

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    Duration backoff(int attempt) {
        return Backoff.doubling(initialBackoff, maxBackoff, attempt - 1);
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
