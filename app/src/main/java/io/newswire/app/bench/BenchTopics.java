package io.newswire.app.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes a scenario's topics afterwards, so a run against a shared broker leaves nothing behind. */
final class BenchTopics {
    private static final Logger LOG = LoggerFactory.getLogger(BenchTopics.class);
    private static final long TIMEOUT_SECONDS = 30;

    private BenchTopics() {}

    /** Deletes every topic whose name starts with one of the prefixes; logs, never throws. */
    static void deleteStartingWith(Admin admin, List<String> prefixes) {
        try {
            List<String> doomed = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .filter(topic -> prefixes.stream().anyMatch(topic::startsWith))
                    .sorted()
                    .toList();
            if (!doomed.isEmpty()) {
                admin.deleteTopics(doomed).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.info("deleted {} benchmark topics starting with {}", doomed.size(), prefixes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while deleting benchmark topics starting with {}", prefixes);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("could not delete benchmark topics starting with {}", prefixes, e);
        }
    }
}
