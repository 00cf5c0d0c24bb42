package io.newswire.producer.source.hotfolder;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What a scan did with one file.
 *
 * @param file the file as found in the hot folder
 * @param result where it went
 * @param movedTo its new path in {@code done/} or {@code error/}; null when it was left in place
 * @param detail one line: what was published, why it was rejected, or why it waits
 */
public record HotFolderEvent(Path file, Result result, Path movedTo, String detail) {

    /** Where a file went. */
    public enum Result {
        /** Every story published (or dropped as an exact re-send): moved to {@code done/}. */
        DONE,
        /** Some item was not a story: moved to {@code error/} with a {@code .reason} file. */
        ERROR,
        /** Not the file's fault (broker unavailable, file unreadable): left in place, tried again later. */
        RETRY
    }

    public HotFolderEvent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
        if ((result == Result.RETRY) != (movedTo == null)) {
            throw new IllegalArgumentException("a file is moved unless, and only unless, it waits for a retry");
        }
    }

    /** {@code done  story.xml -> done/story.xml: published 1}, paths relative to {@code folder}. */
    public String line(Path folder) {
        String name = folder.relativize(file).toString();
        String where = movedTo == null ? "" : " -> " + folder.relativize(movedTo);
        return String.format("%-5s %s%s: %s", result.name().toLowerCase(Locale.ROOT), name, where, detail);
    }
}
