package io.newswire.producer;

import io.newswire.producer.IngestSummary.Rejection;
import io.newswire.producer.IngestSummary.Stage;
import io.newswire.producer.parse.ParseResult;
import io.newswire.producer.parse.Parsers;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.WireStory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses inputs and sends the stories to a {@link StorySink} (in production a
 * {@link StoryProducer} writing {@code newswire.stories.raw}, key = story family id). Inputs the
 * parser refuses go to a {@link RejectionHandler}. {@link #ingest} returns only once every send
 * has completed, so its summary is final: a failed send is counted as a rejection at the
 * {@link Stage#SEND} stage, never lost.
 */
public final class Ingestor {
    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final StorySink sink;
    private final Clock clock;
    private final RejectionHandler rejectionHandler;

    public Ingestor(StorySink sink) {
        this(sink, Clock.systemUTC(), RejectionHandler.logging());
    }

    public Ingestor(StorySink sink, Clock clock, RejectionHandler rejectionHandler) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rejectionHandler = Objects.requireNonNull(rejectionHandler, "rejectionHandler");
    }

    /** The fate of one input: refused by the parser, or a send in flight. */
    private record Outcome(Path path, String parseRejection, String storyId, CompletableFuture<?> sent) {}

    /**
     * Ingests every input, waits for all sends and summarises. If reading the inputs fails
     * part-way, the sends already made are still awaited before the exception propagates.
     */
    public IngestSummary ingest(Iterable<SourceFile> inputs) {
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (SourceFile input : inputs) {
                outcomes.addAll(process(input));
            }
        } catch (RuntimeException e) {
            sink.flush();
            outcomes.forEach(outcome -> awaitQuietly(outcome.sent()));
            throw e;
        }
        sink.flush();
        IngestSummary summary = summarise(outcomes);
        log.info("Ingested {} inputs: {} published, {} rejected ({} failed to send)",
                summary.read(), summary.published(), summary.rejected(), summary.failed());
        return summary;
    }

    /** One outcome per story item in the input (a feed or a newsMessage carries several). */
    private List<Outcome> process(SourceFile input) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ParseResult result : parse(input).items()) {
            if (result instanceof ParseResult.Rejected rejected) {
                rejectionHandler.rejected(input, rejected.reason());
                outcomes.add(new Outcome(input.path(), rejected.reason(), null, null));
            } else {
                WireStory story = ((ParseResult.Parsed) result).story();
                log.debug("Parsed story {} from {}", story.getId(), input.path());
                outcomes.add(new Outcome(input.path(), null, story.getId(), send(story)));
            }
        }
        return outcomes;
    }

    private ParseResult parse(SourceFile input) {
        try {
            return Parsers.parse(input.content(), input.path().toString(), clock.instant());
        } catch (RuntimeException e) {
            // A parser bug must not end the whole run; the input is refused with the cause.
            log.error("Parser failed on {}", input.path(), e);
            return new ParseResult.Rejected("parser error: " + e);
        }
    }

    private CompletableFuture<?> send(WireStory story) {
        try {
            return sink.send(story);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static IngestSummary summarise(List<Outcome> outcomes) {
        int published = 0;
        List<Rejection> rejections = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.parseRejection() != null) {
                rejections.add(new Rejection(outcome.path(), Stage.PARSE, null, outcome.parseRejection()));
                continue;
            }
            try {
                outcome.sent().join();
                published++;
            } catch (CompletionException | CancellationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                rejections.add(new Rejection(outcome.path(), Stage.SEND, outcome.storyId(), "send failed: " + cause));
            }
        }
        return new IngestSummary(outcomes.size(), published, rejections.size(), rejections);
    }

    private static void awaitQuietly(CompletableFuture<?> sent) {
        if (sent != null) {
            sent.handle((ignored, error) -> null).join();
        }
    }
}
