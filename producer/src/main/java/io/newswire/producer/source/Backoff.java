package io.newswire.producer.source;

import java.time.Duration;

/** Capped exponential backoff shared by the long-running sources: {@code first × 2^n}, at most {@code max}. */
public final class Backoff {
    private static final int MAX_DOUBLINGS = 30;

    private Backoff() {}

    /** The wait after {@code doublings} doublings of {@code first}, capped at {@code max}. */
    public static Duration doubling(Duration first, Duration max, int doublings) {
        Duration wait = first.multipliedBy(1L << Math.max(0, Math.min(doublings, MAX_DOUBLINGS)));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
