package io.newswire.producer.source.http;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an {@link HttpPushServer}.
 *
 * @param address where to listen; port 0 picks a free port
 * @param token the bearer token every push must present
 * @param maxBytes the largest body accepted; a larger one is refused with 413 unread
 * @param ackTimeout how long a request waits for the broker to acknowledge its stories before
 *     it is answered 503 (the stories may still be published: a retry is then a duplicate)
 * @param threads requests handled at once; further connections wait in a bounded queue
 * @param drainTimeout how long closing waits for requests in progress before it answers them
 *     503; closing takes at most this plus two seconds (the default leaves a 30-second shutdown
 *     enough time to close the Kafka clients after the server)
 */
public record HttpPushSettings(InetSocketAddress address, BearerToken token, int maxBytes, Duration ackTimeout,
        int threads, Duration drainTimeout) {
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_THREADS = 8;
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);
    /** Leaves headroom below the largest Java array. */
    public static final int MAX_MAX_BYTES = Integer.MAX_VALUE - 1024;

    public HttpPushSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_MAX_BYTES + ", was " + maxBytes);
        }
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive, was " + ackTimeout);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("drainTimeout must not be negative, was " + drainTimeout);
        }
    }

    /** Settings with the default size limit, timeouts and thread count. */
    public static HttpPushSettings of(InetSocketAddress address, BearerToken token) {
        return new HttpPushSettings(address, token, DEFAULT_MAX_BYTES, DEFAULT_ACK_TIMEOUT, DEFAULT_THREADS,
                DEFAULT_DRAIN_TIMEOUT);
    }

    public HttpPushSettings withMaxBytes(int newMaxBytes) {
        return new HttpPushSettings(address, token, newMaxBytes, ackTimeout, threads, drainTimeout);
    }

    public HttpPushSettings withAckTimeout(Duration newAckTimeout) {
        return new HttpPushSettings(address, token, maxBytes, newAckTimeout, threads, drainTimeout);
    }

    public HttpPushSettings withThreads(int newThreads) {
        return new HttpPushSettings(address, token, maxBytes, ackTimeout, newThreads, drainTimeout);
    }

    public HttpPushSettings withDrainTimeout(Duration newDrainTimeout) {
        return new HttpPushSettings(address, token, maxBytes, ackTimeout, threads, newDrainTimeout);
    }
}
