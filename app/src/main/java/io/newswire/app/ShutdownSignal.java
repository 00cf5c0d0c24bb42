package io.newswire.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command block until Ctrl-C and still close its resources: the shutdown
 * hook releases {@link #await()} and then waits (bounded) until the command says it has closed.
 */
final class ShutdownSignal implements AutoCloseable {
    /** How long the hook lets the command close after Ctrl-C; the JVM then exits regardless. */
    static final Duration CLOSE_BUDGET = Duration.ofSeconds(30);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    ShutdownSignal(String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested.countDown();
            try {
                closed.await(CLOSE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-shutdown"));
    }

    void await() throws InterruptedException {
        requested.await();
    }

    /** True when shutdown was requested within {@code timeout}. */
    boolean await(Duration timeout) throws InterruptedException {
        return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
