package io.newswire.producer;

import io.newswire.producer.IngestSummary.Stage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one story item: published, dropped as an exact re-send, or rejected. A file
 * is one item; a feed or a NewsML-G2 newsMessage is one item per story it carries.
 *
 * @param source where the item came from (file path, URL or push id)
 * @param kind its fate
 * @param storyId the story family id, null when the item did not parse
 * @param version the story version, 0 when the item did not parse
 * @param stage for a rejection, where it stopped; null otherwise
 * @param reason for a rejection, why; null otherwise
 * @param deadLetterFailure for a rejection, why it could not be written to the dead-letter
 *     topic; null when it was written (or for any other kind)
 * @param retriable for a rejection at {@link Stage#SEND}, whether the failure is transient (the
 *     broker was unreachable or timed out) so that the same input may succeed later; false for
 *     a failure that would repeat (a record over the size limit) and for every other outcome
 */
public record IngestOutcome(Path source, Kind kind, String storyId, int version, Stage stage, String reason,
        String deadLetterFailure, boolean retriable) {

    /** The fate of an item. */
    public enum Kind {
        /** Written to the raw stories topic and acknowledged by the broker. */
        PUBLISHED,
        /** An exact re-send of a story already published (same id, version and content): not sent again. */
        DUPLICATE,
        /** Not a story, or a story that could not be written; recorded in the dead-letter topic. */
        REJECTED
    }

    public IngestOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.REJECTED) != (stage != null && reason != null)) {
            throw new IllegalArgumentException("a rejection, and only a rejection, has a stage and a reason");
        }
        if (retriable && stage != Stage.SEND) {
            throw new IllegalArgumentException("only a failed send can be retriable");
        }
    }

    static IngestOutcome published(Path source, String storyId, int version) {
        return new IngestOutcome(source, Kind.PUBLISHED, storyId, version, null, null, null, false);
    }

    static IngestOutcome duplicate(Path source, String storyId, int version) {
        return new IngestOutcome(source, Kind.DUPLICATE, storyId, version, null, null, null, false);
    }

    static IngestOutcome rejected(RejectedInput rejection, int version, String deadLetterFailure, boolean retriable) {
        return new IngestOutcome(rejection.input().path(), Kind.REJECTED, rejection.storyId(), version,
                rejection.stage(), rejection.reason(), deadLetterFailure, retriable);
    }

    public boolean isRejected() {
        return kind == Kind.REJECTED;
    }

    /**
     * True when nothing more can be done for this item: published, a duplicate, or rejected for
     * good and recorded in the dead-letter topic. False when the same input must be offered again
     * later (a transient send failure, or a rejection the dead-letter topic did not take), so a
     * source must keep it (hot folder: leave the file; HTTP: answer 503; polling: fetch again).
     */
    public boolean settled() {
        return kind != Kind.REJECTED || deadLetterFailure == null && !retriable;
    }
}
