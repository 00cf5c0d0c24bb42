package io.newswire.producer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one ingest run did. {@code read} counts story items: a file is one item, a feed or a
 * NewsML-G2 newsMessage is one per story it carries. Every item read is either published or rejected, so
 * {@code read == published + rejected} always holds; {@code rejections} says for each rejected
 * input at which stage it stopped and why, in input order.
 *
 * <p>A rejection at {@link Stage#SEND} is a story that parsed but could not be written to Kafka
 * (see {@link #failed()}); it is reported here, never dropped.
 */
public record IngestSummary(int read, int published, int rejected, List<Rejection> rejections) {

    /** Where an input stopped. */
    public enum Stage {
        /** The content was not a story (see the parser's reason). */
        PARSE,
        /** The story parsed but the send to Kafka failed. */
        SEND
    }

    /** One input that did not reach the topic. {@code storyId} is null for {@link Stage#PARSE}. */
    public record Rejection(Path path, Stage stage, String storyId, String reason) {
        public Rejection {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public IngestSummary {
        rejections = List.copyOf(rejections);
        if (rejected != rejections.size()) {
            throw new IllegalArgumentException("rejected=" + rejected + " but " + rejections.size() + " rejections listed");
        }
        if (read != published + rejected) {
            throw new IllegalArgumentException("read=" + read + " != published=" + published + " + rejected=" + rejected);
        }
    }

    /** How many stories parsed but failed to send. */
    public int failed() {
        return (int) rejections.stream().filter(r -> r.stage() == Stage.SEND).count();
    }
}
