package io.newswire.producer;

import io.newswire.schemas.StoryDigest;
import io.newswire.schemas.WireStory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recognises exact re-sends before they reach Kafka: the same story family id, the same version
 * and the same {@link StoryDigest content digest} as a story this process already published.
 * Remembers the last {@code capacity} families (least recently seen forgotten first), so memory
 * stays bounded during long replays and long-running sources.
 *
 * <p>A story is {@link #claim claimed} before it is sent and {@link #release released} when the
 * send fails, so a copy that never reached the broker is never counted as a duplicate of
 * itself. The topology's version gate applies the same rule with a durable store, so re-sends
 * across processes and restarts are still dropped there. Thread-safe.
 */
public final class DuplicateFilter {
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, String> seen;

    public DuplicateFilter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public DuplicateFilter() {
        this(DEFAULT_CAPACITY);
    }

    /** Records {@code story} as sent; false when it is an exact re-send of one already claimed. */
    public synchronized boolean claim(WireStory story) {
        String fingerprint = fingerprint(story);
        String previous = seen.put(story.getId(), fingerprint);
        return !fingerprint.equals(previous);
    }

    /** Forgets {@code story} if it is still the family's latest claim (its send failed). */
    public synchronized void release(WireStory story) {
        seen.remove(story.getId(), fingerprint(story));
    }

    private static String fingerprint(WireStory story) {
        return story.getVersion() + ":" + StoryDigest.of(story);
    }
}
