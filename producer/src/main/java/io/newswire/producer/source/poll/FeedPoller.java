package io.newswire.producer.source.poll;

import io.newswire.producer.IngestOutcome;
import io.newswire.producer.Ingestor;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.StoryDigest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds and hands each new response to the {@link Ingestor}, which publishes
 * every item to {@code newswire.stories.raw} (key = story family id: the item's guid or Atom id,
 * else its link) or dead-letters it.
 *
 * <p>Each poll is a conditional GET ({@link FeedFetcher}); the validators of the last response
 * whose items all reached the broker are kept per URL, in memory. A 304, or a 200 with the very
 * bytes of the last poll, publishes nothing. A changed feed is parsed whole: items already
 * published by this process with the same text are counted as duplicates by the ingestor's
 * {@link io.newswire.producer.DuplicateFilter}, an item whose text changed under the same guid is
 * published again as a correction. Across restarts the topology's version gate drops the
 * re-sends instead, so a restarted poller may publish a feed's items once more to the raw topic
 * but never twice downstream.
 *
 * <p>{@link #start} polls each feed on its own schedule, every interval with jitter; a feed that
 * fails (connection refused, timeout, 4xx/5xx, body too large) is retried after an exponential,
 * capped backoff, or after its {@code Retry-After}, and never stops the others. {@link #poll}
 * polls one feed now, for one-off runs and tests. Thread-safe.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_THREADS = 4;

    private final Ingestor ingestor;
    private final PollSettings settings;
    private final FeedFetcher fetcher;
    private final DoubleSupplier random;
    private final Map<URI, FeedState> states = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    /** What the poller remembers about one feed between polls. */
    private static final class FeedState {
        Validators validators = Validators.NONE;
        String lastBodyDigest;
        int failures;
    }

    public FeedPoller(Ingestor ingestor, PollSettings settings) {
        this(ingestor, settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} yields uniform values in [0, 1) for the jitter. */
    FeedPoller(Ingestor ingestor, PollSettings settings, DoubleSupplier random) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
        this.fetcher = new FeedFetcher(settings);
    }

    /**
     * Polls {@code feed} now and waits until every item is published, dropped or dead-lettered.
     * Never throws for a network, HTTP or parse problem: that is a {@link PollResult.Status#FAILED}
     * result or a rejected outcome.
     */
    public PollResult poll(URI feed) throws InterruptedException {
        FeedState state = states.computeIfAbsent(feed, url -> new FeedState());
        synchronized (state) {
            Fetch fetch;
            try {
                fetch = fetcher.fetch(feed, state.validators);
            } catch (RuntimeException e) {
                log.error("Polling {} failed unexpectedly", feed, e);
                fetch = new Fetch.Failed(0, "unexpected error: " + e, null);
            }
            if (fetch instanceof Fetch.Changed changed) {
                return changed(feed, state, changed);
            }
            if (fetch instanceof Fetch.NotModified) {
                state.failures = 0;
                log.debug("Feed {} not modified", feed);
                return new PollResult(feed, PollResult.Status.NOT_MODIFIED, 304, List.of(), null, nextDelay(state, null));
            }
            Fetch.Failed failed = (Fetch.Failed) fetch;
            state.failures++;
            Duration next = nextDelay(state, failed.retryAfter());
            log.warn("Polling {} failed ({}), {} time(s) in a row; next poll in {} s", feed, failed.reason(),
                    state.failures, (next.toMillis() + 500) / 1000);
            return new PollResult(feed, PollResult.Status.FAILED, failed.status(), List.of(), failed.reason(), next);
        }
    }

    /** Polls each feed once, one after the other. */
    public List<PollResult> pollEach(List<URI> feeds) throws InterruptedException {
        List<PollResult> results = new ArrayList<>(feeds.size());
        for (URI feed : feeds) {
            results.add(poll(feed));
        }
        return results;
    }

    /**
     * Polls every feed on its own schedule until {@link #close}, telling {@code listener} about
     * each poll (on a poller thread). The first polls are spread over the jitter window.
     */
    public synchronized void start(List<URI> feeds, Consumer<PollResult> listener) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feeds to poll");
        }
        AtomicInteger threads = new AtomicInteger();
        scheduler = Executors.newScheduledThreadPool(Math.min(feeds.size(), MAX_THREADS), task -> {
            Thread thread = new Thread(task, "newswire-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (URI feed : List.copyOf(feeds)) {
            long firstDelay = Math.round(settings.interval().toMillis() * settings.jitter() * random.getAsDouble());
            schedule(feed, listener, Duration.ofMillis(firstDelay));
        }
    }

    /** Stops polling; a poll under way is interrupted and given a few seconds to finish. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
        }
        if (running != null) {
            running.shutdownNow();
            try {
                if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                    log.warn("A feed poll was still running 10 s after the poller was closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private PollResult changed(URI feed, FeedState state, Fetch.Changed changed) {
        state.failures = 0;
        String digest = StoryDigest.sha256Hex(changed.body());
        if (digest.equals(state.lastBodyDigest)) {
            // The server ignores the validators; parsing again would only re-count duplicates and
            // dead-letter the same rejected items once more.
            state.validators = changed.validators();
            log.debug("Feed {} returned the same bytes as the last poll", feed);
            return new PollResult(feed, PollResult.Status.SAME_CONTENT, changed.status(), List.of(), null,
                    nextDelay(state, null));
        }
        List<IngestOutcome> outcomes = ingestor.submit(new SourceFile(FeedUrls.logicalPath(feed), changed.body())).join();
        boolean allSent = outcomes.stream().allMatch(IngestOutcome::settled);
        // Items that did not reach the broker, or rejections the dead-letter topic did not take,
        // must come back in full next time, not as a 304.
        state.validators = allSent ? changed.validators() : Validators.NONE;
        state.lastBodyDigest = allSent ? digest : null;
        PollResult result = new PollResult(feed, PollResult.Status.CHANGED, changed.status(), outcomes, null,
                nextDelay(state, null));
        log.info("Polled {}: {}", feed, result.summary().line());
        return result;
    }

    private Duration nextDelay(FeedState state, Duration retryAfter) {
        Duration delay = settings.jittered(settings.delayAfter(state.failures), random.getAsDouble());
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    private void pollAndReschedule(URI feed, Consumer<PollResult> listener) {
        PollResult result;
        try {
            result = poll(feed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            listener.accept(result);
        } catch (RuntimeException e) {
            log.error("Poll listener failed on {}", feed, e);
        }
        schedule(feed, listener, result.nextPollIn());
    }

    private void schedule(URI feed, Consumer<PollResult> listener, Duration delay) {
        try {
            scheduler.schedule(() -> pollAndReschedule(feed, listener), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Poller closed; {} not rescheduled", feed);
        }
    }
}
