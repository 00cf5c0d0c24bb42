package io.newswire.producer;

import io.newswire.producer.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told about every input the parser refused, with the original bytes, so that a dead-letter
 * writer (the {@code newswire.rejected} topic: original bytes + reason) can be plugged into the
 * {@link Ingestor} without changing it. The default only logs.
 */
@FunctionalInterface
public interface RejectionHandler {

    void rejected(SourceFile input, String reason);

    /** Logs each rejection at WARN with its path and reason, never the content. */
    static RejectionHandler logging() {
        Logger log = LoggerFactory.getLogger(RejectionHandler.class);
        return (input, reason) -> log.warn("Rejected {} ({} bytes): {}", input.path(), input.content().length, reason);
    }
}
