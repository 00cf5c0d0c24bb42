package io.newswire.producer;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told about every input that did not become a published story, with its original bytes. In
 * production a {@link DeadLetterWriter} (the {@code newswire.rejected} topic); the default only
 * logs. The returned future completes once the rejection is durably recorded; the
 * {@link Ingestor} waits for it, and reports a failure to record as part of its summary.
 */
@FunctionalInterface
public interface RejectionHandler {

    CompletableFuture<?> rejected(RejectedInput rejection);

    /** Logs each rejection at WARN with its source and reason, never the content. */
    static RejectionHandler logging() {
        Logger log = LoggerFactory.getLogger(RejectionHandler.class);
        return rejection -> {
            log.warn("Rejected {} ({} bytes, {}): {}", rejection.input().path(), rejection.input().content().length,
                    rejection.stage(), rejection.reason());
            return CompletableFuture.completedFuture(null);
        };
    }
}
