package io.newswire.producer;

import io.newswire.schemas.StoryDigest;
import io.newswire.schemas.WireStory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Recognises exact re-sends before they reach Kafka: the same story family id, the same version
 * and the same {@link StoryDigest content digest} as a story this process already sent or is
 * sending. Remembers the last {@code capacity} families (least recently seen forgotten first), so
 * memory stays bounded during long replays and long-running sources.
 *
 * <p>The first copy {@link #claim claims} the story and must {@link Claim#settle settle} the
 * claim when its send completes. A later copy gets the first copy's send to wait on: it is a
 * duplicate only once that send is acknowledged, and if the send failed the claim is gone and
 * the later copy can claim the story itself. So a copy that never reached the broker is never
 * counted as a duplicate, and a source never answers "duplicate" before the broker has the
 * story. The topology's version gate applies the same rule with a durable store, so re-sends
 * across processes and restarts are still dropped there. Thread-safe.
 */
public final class DuplicateFilter {
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, Claim> claims;

    public DuplicateFilter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.claims = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Claim> eldest) {
                return size() > capacity;
            }
        };
    }

    public DuplicateFilter() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * Claims {@code story} for sending, or returns the claim of an identical copy already sent or
     * in flight ({@link Claim#first()} false).
     */
    public synchronized Claim claim(WireStory story) {
        String fingerprint = fingerprint(story);
        Claim existing = claims.get(story.getId());
        if (existing != null && existing.fingerprint.equals(fingerprint)) {
            return existing.asSeenByAnotherCopy();
        }
        Claim mine = new Claim(story.getId(), fingerprint, true, new CompletableFuture<>());
        claims.put(story.getId(), mine);
        return mine;
    }

    private synchronized void release(Claim claim) {
        Claim current = claims.get(claim.storyId);
        if (current != null && current.sent == claim.sent) {
            claims.remove(claim.storyId);
        }
    }

    private static String fingerprint(WireStory story) {
        return story.getVersion() + ":" + StoryDigest.of(story);
    }

    /** A claim on one story version and content; {@link #send()} completes when its send does. */
    public final class Claim {
        private final String storyId;
        private final String fingerprint;
        private final boolean first;
        private final CompletableFuture<Void> sent;

        private Claim(String storyId, String fingerprint, boolean first, CompletableFuture<Void> sent) {
            this.storyId = storyId;
            this.fingerprint = fingerprint;
            this.first = first;
            this.sent = sent;
        }

        /** True for the copy that must be sent; false for an exact re-send of a claimed copy. */
        public boolean first() {
            return first;
        }

        /** Completes normally once the first copy is acknowledged, exceptionally if its send failed. */
        public CompletableFuture<Void> send() {
            return sent;
        }

        /** Records how the first copy's send ended; a failure frees the story for another copy. */
        public void settle(Throwable error) {
            if (!first) {
                throw new IllegalStateException("only the first copy settles its claim");
            }
            if (error == null) {
                sent.complete(null);
            } else {
                release(this);
                sent.completeExceptionally(error);
            }
        }

        private Claim asSeenByAnotherCopy() {
            return new Claim(storyId, fingerprint, false, sent);
        }
    }
}
