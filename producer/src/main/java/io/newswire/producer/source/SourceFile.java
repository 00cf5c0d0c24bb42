package io.newswire.producer.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one input and where they came from. {@code path} may be a logical path (the
 * bundled samples use {@code samples/<name>}) rather than a file on disk. The array is not
 * copied: treat it as read-only.
 */
public record SourceFile(Path path, byte[] content) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + content.length + " bytes]";
    }
}
