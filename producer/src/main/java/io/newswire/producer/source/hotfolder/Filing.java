package io.newswire.producer.source.hotfolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves handled files into {@code done/} or {@code error/}, never over an existing file: a name
 * already taken gets a numbered suffix ({@code story-1.xml}). Moves are atomic where the file
 * system supports it, so a file is either still in the hot folder or wholly in its new place.
 */
final class Filing {
    static final String REASON_SUFFIX = ".reason";
    private static final int MAX_SUFFIX = 10_000;

    private final Path done;
    private final Path error;

    Filing(Path done, Path error) {
        this.done = done;
        this.error = error;
    }

    Path toDone(Path file) throws IOException {
        return move(file, freeName(done, file, false));
    }

    /**
     * Writes {@code <name>.reason} into {@code error/} and then moves the file beside it; the
     * reason goes first so that a crash in between leaves the file to be handled again rather
     * than an error file with no reason.
     */
    Path toError(Path file, String reason) throws IOException {
        Path target = freeName(error, file, true);
        Path reasonFile = target.resolveSibling(target.getFileName() + REASON_SUFFIX);
        Path temp = target.resolveSibling("." + target.getFileName() + REASON_SUFFIX + ".tmp");
        Files.writeString(temp, reason, StandardCharsets.UTF_8);
        move(temp, reasonFile);
        return move(file, target);
    }

    private static Path freeName(Path folder, Path file, boolean withReason) throws IOException {
        String name = file.getFileName().toString();
        for (int n = 0; n < MAX_SUFFIX; n++) {
            Path candidate = folder.resolve(n == 0 ? name : FileNames.numbered(name, n));
            if (!Files.exists(candidate)
                    && !(withReason && Files.exists(candidate.resolveSibling(candidate.getFileName() + REASON_SUFFIX)))) {
                return candidate;
            }
        }
        throw new FileAlreadyExistsException(folder.resolve(name).toString(), null, "no free name after " + MAX_SUFFIX + " tries");
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // without REPLACE_EXISTING this fails rather than overwrite
            return Files.move(from, to);
        }
    }
}
