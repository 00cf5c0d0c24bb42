package io.newswire.producer.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one input and where they came from. {@code path} may be a logical path (the
 * bundled samples use {@code samples/<name>}) rather than a file on disk. The array is not
 * copied: treat it as read-only.
 *
 * <p>An input that could not be read at all is still an input: {@link #unreadable} carries its
 * path and why, with no content, so it is counted and dead-lettered like any other rejection
 * instead of ending a whole run.
 *
 * @param readError why the input could not be read, or null when {@code content} holds it
 */
public record SourceFile(Path path, byte[] content, String readError) {
    private static final byte[] NOTHING = new byte[0];

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    public SourceFile(Path path, byte[] content) {
        this(path, content, null);
    }

    /** An input at {@code path} whose bytes could not be read, and why. */
    public static SourceFile unreadable(Path path, String readError) {
        return new SourceFile(path, NOTHING, Objects.requireNonNull(readError, "readError"));
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + (readError != null ? "unreadable: " + readError : content.length + " bytes")
                + "]";
    }
}
