package io.newswire.app;

import io.newswire.producer.IngestClients;
import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectionHandler;
import io.newswire.streams.config.NewswireConfig;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka clients of {@code serve}: the {@link IngestClients} every push goes through, whose
 * dead-letter writer also records bodies the server refuses as too large before any is parsed.
 * Closing is bounded by {@link #CLOSE_BUDGET}: with the broker reachable it is immediate (every
 * push waited for its acknowledgement), and with the broker gone a producer would wait 30 s for
 * records whose pushes were already answered 503, longer than shutdown allows.
 */
final class ServeClients implements AutoCloseable {
    static final Duration CLOSE_BUDGET = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ServeClients.class);

    private final IngestClients clients;

    private ServeClients(IngestClients clients) {
        this.clients = clients;
    }

    static ServeClients open(NewswireConfig config, KafkaConnection connection, String clientId) {
        return new ServeClients(Publishing.open(config, connection, clientId));
    }

    Ingestor ingestor() {
        return clients.ingestor();
    }

    RejectionHandler oversize() {
        return clients.deadLetters();
    }

    @Override
    public void close() {
        if (!closeWithin(CLOSE_BUDGET, List.of(clients))) {
            log.warn("The Kafka producers did not close within {} s; records not yet acknowledged are dropped "
                    + "(their pushes were answered 503)", CLOSE_BUDGET.toSeconds());
        }
    }

    /**
     * Closes {@code resources} in order on a daemon thread and waits at most {@code budget}; true
     * when all were closed in time. A failure to close one is logged and the next still closed.
     */
    static boolean closeWithin(Duration budget, List<? extends AutoCloseable> resources) {
        Thread closing = new Thread(() -> {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    log.warn("Closing {} failed", resource, e);
                }
            }
        }, "newswire-serve-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(Math.max(1, budget.toMillis())); // join(0) would wait for ever
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !closing.isAlive();
    }
}
