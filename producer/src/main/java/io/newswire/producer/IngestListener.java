package io.newswire.producer;

import io.newswire.producer.source.SourceFile;

/** Told as an {@link Ingestor} run moves through its inputs, for progress reporting. */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = input -> {};

    /** {@code input} was parsed and its items handed on (their sends may still be in flight). */
    void inputRead(SourceFile input);
}
