package io.newswire.app.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** What one probe saw of one phase. Written by the probe thread, read by the runner. */
final class PhaseStats {
    private static final long HIGHEST_TRACKABLE_MILLIS = TimeUnit.MINUTES.toMillis(30);

    private final Histogram latencyMillis = new Histogram(HIGHEST_TRACKABLE_MILLIS, 3);
    private long arrivals;
    private long lastArrivalNanos;
    private long timestampMismatches;

    synchronized void record(long latency, long arrivalNanos, boolean timestampIsSendTime) {
        latencyMillis.recordValue(Math.max(0, Math.min(latency, HIGHEST_TRACKABLE_MILLIS)));
        arrivals++;
        lastArrivalNanos = arrivalNanos;
        if (!timestampIsSendTime) {
            timestampMismatches++;
        }
        notifyAll();
    }

    /** Waits until {@code count} arrivals; false when the deadline (nanoTime) passed first. */
    synchronized boolean awaitArrivals(long count, long deadlineNanos) throws InterruptedException {
        while (arrivals < count) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized long arrivals() {
        return arrivals;
    }

    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    synchronized OutputLatency summary(String output) {
        return new OutputLatency(output, LatencySummary.of(latencyMillis), timestampMismatches);
    }
}
