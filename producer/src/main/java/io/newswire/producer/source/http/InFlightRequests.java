package io.newswire.producer.source.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Counts the requests being handled, so that closing can wait for them, and tells the ones
 * waiting for the broker to stop waiting when that takes longer than closing may.
 */
final class InFlightRequests {
    private final Object lock = new Object();
    private final CompletableFuture<Void> stopWaiting = new CompletableFuture<>();
    private int count;

    void enter() {
        synchronized (lock) {
            count++;
        }
    }

    void leave() {
        synchronized (lock) {
            if (--count == 0) {
                lock.notifyAll();
            }
        }
    }

    /** Waits until no request is being handled, or {@code timeoutMillis} passed; true when idle. */
    boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            long left;
            while (count > 0 && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return count == 0;
        }
    }

    /** Completes when requests should stop waiting for the broker and answer at once. */
    CompletableFuture<Void> stopWaiting() {
        return stopWaiting;
    }

    /** Releases every request waiting for the broker, now and from now on. */
    void releaseWaiting() {
        stopWaiting.complete(null);
    }

    int count() {
        synchronized (lock) {
            return count;
        }
    }
}
