package io.newswire.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The broker's log directory: the caller's, kept on close, or a temporary one, deleted on close. */
final class BrokerDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerDirectory.class);
    private static final String TEMP_PREFIX = "newswire-kafka-";

    private final Path path;
    private final boolean owned;

    private BrokerDirectory(final Path path, final boolean owned) {
        this.path = path;
        this.owned = owned;
    }

    /** Uses {@code requested} (created if missing) or, when null, a new temporary directory. */
    static BrokerDirectory open(final Path requested) throws IOException {
        if (requested == null) {
            return new BrokerDirectory(Files.createTempDirectory(TEMP_PREFIX), true);
        }
        return new BrokerDirectory(Files.createDirectories(requested), false);
    }

    Path path() {
        return path;
    }

    /** Deletes the directory tree if this broker created it; failures are logged, not thrown. */
    void deleteIfOwned() {
        if (!owned) {
            return;
        }
        try {
            deleteTree(path);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete broker log dir {}", path, e);
        }
    }

    private static void deleteTree(final Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(final Path dir, final IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
