package io.newswire.producer.source.poll;

import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one poll of one feed did.
 *
 * @param feed the feed URL
 * @param status what the server answered, as far as the poller is concerned
 * @param httpStatus the HTTP status, 0 when there was no response
 * @param outcomes one per item of the feed when it was {@link Status#CHANGED}, else empty
 * @param reason for {@link Status#FAILED}, why; null otherwise
 * @param nextPollIn when the poller will (or would, for a one-off poll) ask again
 */
public record PollResult(URI feed, Status status, int httpStatus, List<IngestOutcome> outcomes, String reason,
        Duration nextPollIn) {

    /** The kind of answer. */
    public enum Status {
        /** New bytes: every item went through the ingestor (published, duplicate or rejected). */
        CHANGED,
        /** 304 Not Modified: the server honoured the validators. */
        NOT_MODIFIED,
        /** 200 with the very bytes of the last poll (validators ignored): not parsed again. */
        SAME_CONTENT,
        /** No feed this time (network error, HTTP error, body too large); retried after a backoff. */
        FAILED
    }

    public PollResult {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(status, "status");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(nextPollIn, "nextPollIn");
        if ((status == Status.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a failed poll, and only a failed poll, has a reason");
        }
    }

    /** The outcomes of this poll's items. */
    public IngestSummary summary() {
        return IngestSummary.of(outcomes);
    }

    /** One line for a terminal or a log: the feed and what it answered. */
    public String line() {
        String what = switch (status) {
            case CHANGED -> "HTTP " + httpStatus + ", " + summary().line();
            case NOT_MODIFIED -> "not modified (HTTP 304)";
            case SAME_CONTENT -> "unchanged (HTTP " + httpStatus + ", same bytes as the last poll)";
            case FAILED -> "failed: " + reason;
        };
        return feed + ": " + what;
    }
}
