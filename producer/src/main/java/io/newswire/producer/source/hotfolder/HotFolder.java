package io.newswire.producer.source.hotfolder;

import io.newswire.producer.IngestOutcome;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.Ingestor;
import io.newswire.producer.source.FileSource;
import io.newswire.producer.source.SourceFile;
import io.newswire.producer.source.hotfolder.HotFolderEvent.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched folder: each complete file dropped into it is handed to the {@link Ingestor}
 * (stories to {@code newswire.stories.raw} keyed by story family id, rejections to
 * {@code newswire.rejected} with their original bytes) and then moved, never deleted:
 * <ul>
 *   <li>to {@code done/} once the broker has acknowledged every story in it (or each was an exact
 *       re-send);
 *   <li>to {@code error/} when any item was not a story, with {@code <name>.reason} beside it, one
 *       line per rejected item;
 *   <li>nowhere when a story could not be sent (broker unavailable) or the file could not be
 *       read: that is not the file's fault, so it stays and is tried again on a later scan, after a
 *       growing wait.
 * </ul>
 *
 * <p>Only regular files directly in the folder are inputs; hidden files and temporary names
 * ({@code *.part}, {@code *.tmp}, {@code *.crdownload}, {@code ~*}) are ignored, so a writer can
 * write under such a name and rename when done. A file is taken only once its size and
 * last-modified time have not changed for the settle time across scans, so a file half-written
 * when first seen is not ingested half. Ready files are taken oldest first.
 *
 * <p>Nothing is remembered across restarts: files left in the folder are processed when the next
 * watcher starts. A crash after the broker acknowledged a file's stories but before the move
 * sends them again on restart; the duplicate filter (within a process) and the topology's
 * version gate (across processes) drop such re-sends, so a story is not tagged twice.
 *
 * <p>Call {@link #scan()} periodically from one thread (polling works on network file systems,
 * where change notifications often do not). One watcher per folder: {@link #open} locks
 * {@code .newswire-watch.lock} in it.
 */
public final class HotFolder implements AutoCloseable {
    public static final String DONE = "done";
    public static final String ERROR = "error";
    private static final Logger log = LoggerFactory.getLogger(HotFolder.class);

    private final Path folder;
    private final Ingestor ingestor;
    private final HotFolderSettings settings;
    private final Clock clock;
    private final FolderLock lock;
    private final Filing filing;
    private final SettleTracker settling;
    private final RetrySchedule retries;
    private int done;
    private int failed;

    private HotFolder(Path folder, Ingestor ingestor, HotFolderSettings settings, Clock clock, FolderLock lock) {
        this.folder = folder;
        this.ingestor = ingestor;
        this.settings = settings;
        this.clock = clock;
        this.lock = lock;
        this.filing = new Filing(folder.resolve(DONE), folder.resolve(ERROR));
        this.settling = new SettleTracker(settings.settle());
        this.retries = new RetrySchedule(settings);
    }

    /**
     * Creates {@code done/} and {@code error/} in {@code folder} if missing and locks the folder.
     *
     * @throws java.nio.file.FileSystemException when another watcher holds the folder
     */
    public static HotFolder open(Path folder, Ingestor ingestor, HotFolderSettings settings, Clock clock)
            throws IOException {
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a directory");
        }
        Files.createDirectories(folder.resolve(DONE));
        Files.createDirectories(folder.resolve(ERROR));
        return new HotFolder(folder, ingestor, settings, clock, FolderLock.acquire(folder));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Looks at the folder once: notes which files are still changing, and ingests and moves every
     * file that has settled (and is not waiting for a retry). Returns what happened to each file
     * taken, oldest first.
     */
    public List<HotFolderEvent> scan() {
        Instant now = clock.instant();
        List<Candidate> ready = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (Path file : listInputs()) {
            FileSnapshot snapshot;
            try {
                snapshot = FileSnapshot.of(file);
            } catch (IOException e) {
                continue; // gone since the listing (renamed by its writer, say)
            }
            present.add(file);
            if (settling.isSettled(file, snapshot, now) && retries.isDue(file, snapshot, now)) {
                ready.add(new Candidate(file, snapshot));
            }
        }
        settling.retainOnly(present);
        retries.retainOnly(present);
        ready.sort(Comparator.comparing((Candidate c) -> c.snapshot().modified()).thenComparing(Candidate::file));
        List<HotFolderEvent> events = new ArrayList<>();
        for (int from = 0; from < ready.size(); from += settings.maxInFlight()) {
            List<Submitted> batch = new ArrayList<>();
            for (Candidate candidate : ready.subList(from, Math.min(ready.size(), from + settings.maxInFlight()))) {
                submit(candidate, now, events).ifPresent(batch::add);
            }
            batch.forEach(submitted -> events.add(finish(submitted)));
        }
        return events;
    }

    /** Files moved to {@code done/} and {@code error/} so far, and files waiting for a retry now. */
    public Tally tally() {
        return new Tally(done, failed, retries.size());
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** Running counts of a watcher. */
    public record Tally(int done, int error, int waiting) {
        public String line() {
            return "done " + done + ", error " + error + ", waiting to retry " + waiting;
        }
    }

    private List<Path> listInputs() {
        try (Stream<Path> entries = Files.list(folder)) {
            // a symbolic link is taken as a file (and refused below), so it is filed in error/, not left forever
            return entries.filter(entry -> !FileNames.isIgnored(entry)
                    && (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(entry))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the hot folder " + folder, e);
        }
    }

    private Optional<Submitted> submit(Candidate candidate, Instant now, List<HotFolderEvent> events) {
        Path file = candidate.file();
        if (Files.isSymbolicLink(file)) {
            // following links would let anyone who can drop a file publish any file the watcher can read
            return Optional.of(new Submitted(candidate, now, ingestor.submit(
                    SourceFile.unreadable(file, "a symbolic link: links are not followed in a hot folder"))));
        }
        if (candidate.snapshot().size() > FileSource.MAX_FILE_BYTES) {
            return Optional.of(new Submitted(candidate, now, ingestor.submit(SourceFile.unreadable(file,
                    "too large to read: " + candidate.snapshot().size() + " bytes, over the " + FileSource.MAX_FILE_BYTES
                            + "-byte input limit"))));
        }
        byte[] content;
        FileSnapshot after;
        try {
            content = Files.readAllBytes(file);
            after = FileSnapshot.of(file);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // renamed or removed by someone else since the listing
        } catch (IOException e) {
            events.add(retry(candidate, now, "cannot read: " + e));
            return Optional.empty();
        }
        if (!after.equals(candidate.snapshot()) || content.length != after.size()) {
            log.info("{} changed while being read; waiting for it to settle again", file);
            settling.changed(file, after, now);
            return Optional.empty();
        }
        return Optional.of(new Submitted(candidate, now, ingestor.submit(new SourceFile(file, content))));
    }

    private HotFolderEvent finish(Submitted submitted) {
        Candidate candidate = submitted.candidate();
        Path file = candidate.file();
        List<IngestOutcome> outcomes = submitted.outcomes().join();
        List<IngestOutcome> unsettled = outcomes.stream().filter(o -> !o.settled()).toList();
        if (!unsettled.isEmpty()) {
            IngestOutcome first = unsettled.get(0);
            return retry(candidate, submitted.at(), unsettled.size() + " of " + outcomes.size()
                    + " items to offer again: " + first.reason()
                    + (first.deadLetterFailure() == null ? "" : " (not dead-lettered: " + first.deadLetterFailure() + ")"));
        }
        try {
            HotFolderEvent event = file(file, outcomes);
            settling.forget(file);
            retries.forget(file);
            if (event.result() == Result.DONE) {
                done++;
                log.info("{}", event.line(folder));
            } else {
                failed++;
                log.warn("{}", event.line(folder));
            }
            return event;
        } catch (IOException e) {
            // the stories are in Kafka; the re-send after the retry is dropped as a duplicate
            return retry(candidate, submitted.at(), "cannot move: " + e);
        }
    }

    private HotFolderEvent file(Path file, List<IngestOutcome> outcomes) throws IOException {
        IngestSummary summary = IngestSummary.of(outcomes);
        if (summary.rejected() > 0) {
            Path movedTo = filing.toError(file, RejectionReport.of(summary));
            return new HotFolderEvent(file, Result.ERROR, movedTo, RejectionReport.firstLine(summary));
        }
        Path movedTo = filing.toDone(file);
        return new HotFolderEvent(file, Result.DONE, movedTo,
                "published " + summary.published() + ", duplicates " + summary.duplicates());
    }

    private HotFolderEvent retry(Candidate candidate, Instant now, String why) {
        Duration wait = retries.failed(candidate.file(), candidate.snapshot(), now);
        HotFolderEvent event = new HotFolderEvent(candidate.file(), Result.RETRY, null, why + "; left in place, retry in "
                + wait.toMillis() + " ms");
        log.warn("{}", event.line(folder));
        return event;
    }

    private record Candidate(Path file, FileSnapshot snapshot) {}

    private record Submitted(Candidate candidate, Instant at, CompletableFuture<List<IngestOutcome>> outcomes) {}
}
