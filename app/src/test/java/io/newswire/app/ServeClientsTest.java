package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServeClientsTest {

    @Test
    void shouldStopWaitingForAClientThatDoesNotCloseWithinTheBudget() {
        CountDownLatch never = new CountDownLatch(1);
        long started = System.nanoTime();

        boolean closed = ServeClients.closeWithin(Duration.ofMillis(200), List.of(() -> never.await()));

        assertThat(closed).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2_000);
        never.countDown();
    }

    @Test
    void shouldCloseEveryClientInOrderEvenWhenOneFails() {
        List<String> closedNames = new CopyOnWriteArrayList<>();
        AutoCloseable failing = () -> {
            closedNames.add("first");
            throw new IllegalStateException("broker gone");
        };

        boolean closed = ServeClients.closeWithin(Duration.ofSeconds(5), List.of(failing, () -> closedNames.add("second")));

        assertThat(closed).isTrue();
        assertThat(closedNames).containsExactly("first", "second");
    }
}
