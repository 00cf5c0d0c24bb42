package io.newswire.producer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads story files from the given files and directories, in a stable order: the given paths in
 * the order given, each directory walked depth-first with entries sorted by name. Hidden entries
 * (name starting with a dot) found while walking are skipped, and symbolic links to directories
 * met while walking are not followed. Files are listed and read lazily, one at a time, as the iteration advances.
 *
 * <p>A file that cannot be read (it vanished after listing, or is unreadable) is yielded as
 * {@link SourceFile#unreadable}, so it is counted and rejected with its reason rather than
 * skipped or ending the run. A directory that cannot be listed ends the iteration with an
 * {@link UncheckedIOException} naming it.
 */
public final class FileSource implements Iterable<SourceFile> {
    /** Larger files are not read: no parser takes more than 10 MB, so they could only be rejected. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final List<Path> roots;

    private FileSource(List<Path> roots) {
        this.roots = roots;
    }

    /** A source over {@code paths}; each must exist. */
    public static FileSource of(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
        }
        return new FileSource(List.copyOf(paths));
    }

    public static FileSource of(Path... paths) {
        return of(List.of(paths));
    }

    @Override
    public Iterator<SourceFile> iterator() {
        return new Walk(roots);
    }

    /** How many files an iteration would read, found by listing alone (no file is opened). */
    public long countFiles() {
        Walk walk = new Walk(roots);
        long count = 0;
        while (walk.hasNext()) {
            walk.skip();
            count++;
        }
        return count;
    }

    /** Depth-first walk over a stack of pending paths; directories are expanded when reached. */
    private static final class Walk implements Iterator<SourceFile> {
        private final Set<Path> roots;
        private final Deque<Path> pending;
        private Path nextFile;

        Walk(List<Path> roots) {
            this.roots = Set.copyOf(roots);
            this.pending = new ArrayDeque<>(roots);
        }

        @Override
        public boolean hasNext() {
            while (nextFile == null && !pending.isEmpty()) {
                Path path = pending.pop();
                if (isDirectoryToWalk(path)) {
                    List<Path> children = children(path);
                    for (int i = children.size() - 1; i >= 0; i--) {
                        pending.push(children.get(i));
                    }
                } else if (Files.isRegularFile(path)) {
                    nextFile = path;
                }
            }
            return nextFile != null;
        }

        void skip() {
            nextFile = null;
        }

        @Override
        public SourceFile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path path = nextFile;
            nextFile = null;
            try {
                long size = Files.size(path);
                if (size > MAX_FILE_BYTES) {
                    return SourceFile.unreadable(path, "too large to read: " + size + " bytes, over the "
                            + MAX_FILE_BYTES + "-byte input limit");
                }
                return new SourceFile(path, Files.readAllBytes(path));
            } catch (IOException e) {
                return SourceFile.unreadable(path, "cannot read: " + e);
            }
        }

        // A root that is a link to a directory is walked; links met while walking are not,
        // which keeps a link cycle from walking forever.
        private boolean isDirectoryToWalk(Path path) {
            return roots.contains(path) ? Files.isDirectory(path) : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        }

        private static List<Path> children(Path directory) {
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.filter(entry -> !isHidden(entry)).sorted().toList();
            } catch (NoSuchFileException e) {
                return List.of();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }

        private static boolean isHidden(Path entry) {
            Path name = entry.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
