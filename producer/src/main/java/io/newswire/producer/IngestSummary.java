package io.newswire.producer;

import io.newswire.producer.IngestOutcome.Kind;
import java.util.List;

/**
 * What one ingest run did. {@code read} counts story items: a file is one item, a feed or a
 * NewsML-G2 newsMessage is one per story it carries. Every item read is published, dropped as a
 * duplicate or rejected, so {@code read == published + duplicates + rejected} always holds;
 * {@code rejections} says for each rejected item at which stage it stopped and why, in input
 * order.
 *
 * <p>A rejection at {@link Stage#SEND} is a story that parsed but could not be written to Kafka
 * (see {@link #failed()}); it is reported here, never dropped. Duplicates are exact re-sends
 * seen by this process (see {@link DuplicateFilter}); re-sends of stories published by earlier
 * runs are dropped by the topology's version gate instead.
 */
public record IngestSummary(int read, int published, int duplicates, int rejected, List<IngestOutcome> rejections) {

    /** Where a rejected item stopped. */
    public enum Stage {
        /** The content was not a story (see the parser's reason). */
        PARSE,
        /** The story parsed but the send to Kafka failed. */
        SEND,
        /** The input could not be read at all (a file vanished or is unreadable). */
        READ
    }

    public IngestSummary {
        rejections = List.copyOf(rejections);
        if (rejected != rejections.size() || !rejections.stream().allMatch(IngestOutcome::isRejected)) {
            throw new IllegalArgumentException("rejected=" + rejected + " but " + rejections.size() + " rejections listed");
        }
        if (read != published + duplicates + rejected) {
            throw new IllegalArgumentException("read=" + read + " != published=" + published + " + duplicates="
                    + duplicates + " + rejected=" + rejected);
        }
    }

    /** The summary of {@code outcomes}, one per item read. */
    public static IngestSummary of(List<IngestOutcome> outcomes) {
        return new IngestSummary(outcomes.size(), count(outcomes, Kind.PUBLISHED), count(outcomes, Kind.DUPLICATE),
                count(outcomes, Kind.REJECTED), outcomes.stream().filter(IngestOutcome::isRejected).toList());
    }

    /** How many stories parsed but failed to send. */
    public int failed() {
        return (int) rejections.stream().filter(r -> r.stage() == Stage.SEND).count();
    }

    /** How many items must be offered again later (see {@link IngestOutcome#settled()}). */
    public int unsettled() {
        return (int) rejections.stream().filter(r -> !r.settled()).count();
    }

    /** How many rejections could not be written to the dead-letter topic (their source still holds them). */
    public int deadLetterFailures() {
        return (int) rejections.stream().filter(r -> r.deadLetterFailure() != null).count();
    }

    /** One line: {@code read N = published P + duplicates D + rejected R}. */
    public String line() {
        return "read " + read + " = published " + published + " + duplicates " + duplicates + " + rejected " + rejected;
    }

    private static int count(List<IngestOutcome> outcomes, Kind kind) {
        return (int) outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
    }
}
