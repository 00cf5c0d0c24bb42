package io.newswire.producer;

import io.newswire.producer.IngestSummary.Stage;
import io.newswire.producer.parse.ParseResult;
import io.newswire.producer.parse.Parsers;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.WireStory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns inputs into published stories. Each input is parsed (one or several story items); each
 * item is then published to a {@link StorySink} (in production a {@link StoryProducer} writing
 * {@code newswire.stories.raw}, key = story family id), dropped as an exact re-send by the
 * {@link DuplicateFilter}, or handed with its original bytes and the reason to a
 * {@link RejectionHandler} (in production a {@link DeadLetterWriter}). A story whose send fails
 * is rejected at the {@link Stage#SEND} stage, so every item ends in exactly one of those three.
 *
 * <p>{@link #submit} serves sources that answer per input (HTTP push, the hot folder);
 * {@link #ingest} serves batch replays and returns only once every send and every dead-letter
 * write has completed, so its summary is final. Thread-safe when the sink and handler are.
 */
public final class Ingestor {
    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final StorySink sink;
    private final Clock clock;
    private final RejectionHandler rejectionHandler;
    private final DuplicateFilter duplicates;

    public Ingestor(StorySink sink) {
        this(sink, Clock.systemUTC(), RejectionHandler.logging(), new DuplicateFilter());
    }

    public Ingestor(StorySink sink, Clock clock, RejectionHandler rejectionHandler, DuplicateFilter duplicates) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rejectionHandler = Objects.requireNonNull(rejectionHandler, "rejectionHandler");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    /**
     * Parses {@code input} and publishes, drops or rejects each of its items. The future completes
     * (never exceptionally) with one outcome per item once the broker has acknowledged every
     * send and every dead-letter write.
     */
    public CompletableFuture<List<IngestOutcome>> submit(SourceFile input) {
        Instant receivedAt = clock.instant();
        if (input.readError() != null) {
            return reject(new RejectedInput(input, Stage.READ, null, input.readError(), receivedAt), 0, false)
                    .thenApply(List::of);
        }
        List<ParseResult> items = parse(input, receivedAt).items();
        List<CompletableFuture<IngestOutcome>> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ParseResult item = items.get(i);
            if (item instanceof ParseResult.Rejected rejected) {
                String reason = items.size() == 1 ? rejected.reason()
                        : "item " + (i + 1) + " of " + items.size() + ": " + rejected.reason();
                outcomes.add(reject(new RejectedInput(input, Stage.PARSE, null, reason, receivedAt), 0, false));
            } else {
                outcomes.add(publish(input, ((ParseResult.Parsed) item).story(), receivedAt));
            }
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> outcomes.stream().map(CompletableFuture::join).toList());
    }

    /** Ingests every input, waits for every send and summarises. */
    public IngestSummary ingest(Iterable<SourceFile> inputs) {
        return ingest(inputs, IngestListener.NONE);
    }

    /**
     * Ingests every input, telling {@code listener} as each is read, waits for every send and
     * summarises. If reading the inputs fails part-way, the sends already made are still awaited
     * before the exception propagates.
     */
    public IngestSummary ingest(Iterable<SourceFile> inputs, IngestListener listener) {
        List<CompletableFuture<List<IngestOutcome>>> submitted = new ArrayList<>();
        try {
            for (SourceFile input : inputs) {
                CompletableFuture<List<IngestOutcome>> outcomes = submit(input);
                submitted.add(outcomes);
                listener.inputRead(input);
            }
        } finally {
            sink.flush();
            submitted.forEach(CompletableFuture::join);
        }
        IngestSummary summary = IngestSummary.of(submitted.stream().flatMap(f -> f.join().stream()).toList());
        log.info("Ingested: {} ({} failed to send, {} not dead-lettered)", summary.line(), summary.failed(),
                summary.deadLetterFailures());
        return summary;
    }

    private ParseResult parse(SourceFile input, Instant receivedAt) {
        try {
            return Parsers.parse(input.content(), input.path().toString(), receivedAt);
        } catch (RuntimeException e) {
            // A parser bug must not end the whole run; the input is refused with the cause.
            log.error("Parser failed on {}", input.path(), e);
            return new ParseResult.Rejected("parser error: " + e);
        }
    }

    private CompletableFuture<IngestOutcome> publish(SourceFile input, WireStory story, Instant receivedAt) {
        DuplicateFilter.Claim claim = duplicates.claim(story);
        if (!claim.first()) {
            // answer only once the earlier copy is acknowledged; if its send failed, this copy goes instead
            return claim.send().handle((ignored, error) -> error).thenCompose(error -> {
                if (error != null) {
                    return publish(input, story, receivedAt);
                }
                log.info("Story {} v{} from {} is an exact re-send: not sent again", story.getId(),
                        story.getVersion(), input.path());
                return CompletableFuture.completedFuture(
                        IngestOutcome.duplicate(input.path(), story.getId(), story.getVersion()));
            });
        }
        CompletableFuture<?> sent = send(story);
        sent.whenComplete((ignored, error) -> claim.settle(error));
        return sent.handle((metadata, error) -> error)
                .thenCompose(error -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(
                                IngestOutcome.published(input.path(), story.getId(), story.getVersion()));
                    }
                    Throwable cause = unwrap(error);
                    return reject(new RejectedInput(input, Stage.SEND, story.getId(), "send failed: " + cause,
                            receivedAt), story.getVersion(), cause instanceof RetriableException);
                });
    }

    private CompletableFuture<?> send(WireStory story) {
        try {
            return sink.send(story);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<IngestOutcome> reject(RejectedInput rejection, int version, boolean retriable) {
        CompletableFuture<?> recorded;
        try {
            recorded = rejectionHandler.rejected(rejection);
        } catch (RuntimeException e) {
            recorded = CompletableFuture.failedFuture(e);
        }
        return recorded.handle((ignored, error) -> IngestOutcome.rejected(rejection, version,
                error == null ? null : unwrap(error).toString(), retriable));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
