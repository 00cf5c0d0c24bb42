package io.newswire.producer.source.hotfolder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code .newswire-watch.lock} in the hot folder, so two watchers never
 * take the same file. The lock file is left in place (hidden, so never taken as input): deleting
 * it on close would let a third watcher lock a new file while a second still holds the old one.
 */
final class FolderLock implements AutoCloseable {
    static final String NAME = ".newswire-watch.lock";

    private final FileChannel channel;

    private FolderLock(FileChannel channel) {
        this.channel = channel;
    }

    static FolderLock acquire(Path folder) throws IOException {
        Path path = folder.resolve(NAME);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new FileSystemException(folder.toString(), null, "another process is watching it (it holds " + NAME + ")");
            }
            return new FolderLock(channel);
        } catch (OverlappingFileLockException e) {
            channel.close();
            FileSystemException inUse = new FileSystemException(folder.toString(), null, "this process is already watching it");
            inUse.initCause(e);
            throw inUse;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Releases the lock (closing the channel releases it). */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
