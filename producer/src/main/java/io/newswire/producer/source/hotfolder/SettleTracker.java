package io.newswire.producer.source.hotfolder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers what each scan saw of each file and says when a file has stopped changing: its size
 * and last-modified time the same in every scan for at least the settle time. Times come from
 * the watcher's clock, not the file system's, so a writer on a host with a skewed clock (a network
 * share) cannot make a file look older than it is.
 */
final class SettleTracker {
    private final Duration settle;
    private final Map<Path, Seen> seen = new HashMap<>();

    SettleTracker(Duration settle) {
        this.settle = settle;
    }

    /** Records {@code snapshot} of {@code file} seen at {@code now}; true once it has been unchanged for the settle time. */
    boolean isSettled(Path file, FileSnapshot snapshot, Instant now) {
        Seen previous = seen.get(file);
        Seen current = previous != null && previous.snapshot().equals(snapshot) ? previous : new Seen(snapshot, now);
        seen.put(file, current);
        return Duration.between(current.since(), now).compareTo(settle) >= 0;
    }

    /** {@code file} changed after it was thought settled: it must settle again from {@code now}. */
    void changed(Path file, FileSnapshot snapshot, Instant now) {
        seen.put(file, new Seen(snapshot, now));
    }

    void forget(Path file) {
        seen.remove(file);
    }

    /** Drops files that are gone (renamed or deleted by someone else). */
    void retainOnly(Set<Path> present) {
        seen.keySet().retainAll(present);
    }

    private record Seen(FileSnapshot snapshot, Instant since) {}
}
