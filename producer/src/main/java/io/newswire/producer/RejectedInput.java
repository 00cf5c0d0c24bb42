package io.newswire.producer;

import io.newswire.producer.IngestSummary.Stage;
import io.newswire.producer.source.SourceFile;
import java.time.Instant;
import java.util.Objects;

/**
 * An input, or one item of a multi-item input, that did not become a published story: the
 * original bytes, the stage it stopped at, the story id when it got that far, and why.
 */
public record RejectedInput(SourceFile input, Stage stage, String storyId, String reason, Instant receivedAt) {
    public RejectedInput {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
