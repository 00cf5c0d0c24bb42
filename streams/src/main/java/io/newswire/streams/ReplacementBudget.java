package io.newswire.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Allows a few stream-thread replacements per period; more means the failure is not transient. */
final class ReplacementBudget {
    static final int MAX_REPLACEMENTS = 3;
    static final Duration PERIOD = Duration.ofMinutes(10);

    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    ReplacementBudget(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(PERIOD))) {
            recent.removeFirst();
        }
        if (recent.size() >= MAX_REPLACEMENTS) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
