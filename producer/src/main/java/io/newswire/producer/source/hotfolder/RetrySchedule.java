package io.newswire.producer.source.hotfolder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Files left in place because their stories could not be sent (or the file could not be read or
 * moved), with when each may be tried again. The wait grows with each failure; a file that
 * changes meanwhile is new content and is due as soon as it settles.
 */
final class RetrySchedule {
    private final HotFolderSettings settings;
    private final Map<Path, Waiting> waiting = new HashMap<>();

    RetrySchedule(HotFolderSettings settings) {
        this.settings = settings;
    }

    boolean isDue(Path file, FileSnapshot snapshot, Instant now) {
        Waiting entry = waiting.get(file);
        return entry == null || !entry.snapshot().equals(snapshot) || !now.isBefore(entry.notBefore());
    }

    /** Records one more failure of {@code file}; returns the wait before it is tried again. */
    Duration failed(Path file, FileSnapshot snapshot, Instant now) {
        Waiting previous = waiting.get(file);
        int attempt = previous == null || !previous.snapshot().equals(snapshot) ? 1 : previous.attempt() + 1;
        Duration wait = settings.backoff(attempt);
        waiting.put(file, new Waiting(snapshot, attempt, now.plus(wait)));
        return wait;
    }

    void forget(Path file) {
        waiting.remove(file);
    }

    void retainOnly(Set<Path> present) {
        waiting.keySet().retainAll(present);
    }

    int size() {
        return waiting.size();
    }

    private record Waiting(FileSnapshot snapshot, int attempt, Instant notBefore) {}
}
