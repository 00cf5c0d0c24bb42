package io.newswire.app.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each story was sent (wall-clock millis, also set as its record timestamp) and when each
 * phase's first send happened (nanoTime, for throughput). Probes check outputs against it. One
 * log per scenario: both scenarios send the same story ids.
 */
final class SendLog {
    private final Map<String, Long> sentAtMillis = new ConcurrentHashMap<>();
    private final Map<Phase, Long> firstSendNanos = new EnumMap<>(Phase.class);

    void sent(String storyId, long wallMillis) {
        sentAtMillis.put(storyId, wallMillis);
    }

    synchronized void phaseStarted(Phase phase, long nanos) {
        firstSendNanos.put(phase, nanos);
    }

    synchronized long firstSendNanos(Phase phase) {
        Long nanos = firstSendNanos.get(phase);
        if (nanos == null) {
            throw new IllegalStateException("phase " + phase + " has not started");
        }
        return nanos;
    }

    /** The send time of a story, or null when the benchmark did not send it. */
    Long sentAt(String storyId) {
        return sentAtMillis.get(storyId);
    }
}
