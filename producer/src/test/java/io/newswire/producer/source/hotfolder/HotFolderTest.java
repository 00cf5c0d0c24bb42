package io.newswire.producer.source.hotfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.producer.DuplicateFilter;
import io.newswire.producer.Ingestor;
import io.newswire.producer.RejectedInput;
import io.newswire.producer.StorySink;
import io.newswire.producer.source.hotfolder.HotFolderEvent.Result;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotFolderTest {
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final byte[] JUNK = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));
    private final List<WireStory> sent = new ArrayList<>();
    private final List<RejectedInput> deadLettered = new ArrayList<>();
    private boolean brokerUp = true;
    private boolean deadLetterUp = true;
    private HotFolder folder;

    @BeforeAll
    static void trustSchemas() {
        AvroTrust.trustNewswireSchemas();
    }

    @AfterEach
    void closeFolder() throws IOException {
        if (folder != null) {
            folder.close();
        }
    }

    @Test
    void shouldMoveAFileToDoneOnceTheBrokerAcknowledgedIt() throws IOException {
        open();
        Path story = write("talks.txt", story("Talks resume"));

        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(Result.DONE);
            assertThat(event.movedTo()).isEqualTo(dir.resolve("done/talks.txt"));
            assertThat(event.line(dir)).isEqualTo("done  talks.txt -> done/talks.txt: published 1, duplicates 0");
        });
        assertThat(sent).extracting(WireStory::getHeadline).containsExactly("Talks resume");
        assertThat(story).doesNotExist();
        assertThat(dir.resolve("done/talks.txt")).hasContent(story("Talks resume"));
        assertThat(folder.tally()).isEqualTo(new HotFolder.Tally(1, 0, 0));
    }

    @Test
    void shouldMoveAFileThatIsNotAStoryToErrorWithItsReason() throws IOException {
        open();
        Files.write(dir.resolve("junk.bin"), JUNK);

        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).singleElement().extracting(HotFolderEvent::result).isEqualTo(Result.ERROR);
        assertThat(dir.resolve("junk.bin")).doesNotExist();
        assertThat(dir.resolve("error/junk.bin")).hasBinaryContent(JUNK);
        assertThat(Files.readString(dir.resolve("error/junk.bin.reason"))).startsWith("parse: not valid UTF-8").endsWith("\n")
                .hasLineCount(1);
        assertThat(deadLettered).singleElement().satisfies(r -> assertThat(r.input().content()).isEqualTo(JUNK));
        assertThat(folder.tally().line()).isEqualTo("done 0, error 1, waiting to retry 0");
    }

    @Test
    void shouldMoveAFeedWithOneBadItemToErrorNamingTheItem() throws IOException {
        open();
        write("feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link><description>d</description>
                <item><title>Talks resume in Geneva</title><guid>https://example.org/1</guid>
                <description>Officials said on Monday that talks would resume in Geneva next week.</description></item>
                <item><title>No body here</title><guid>https://example.org/2</guid></item>
                </channel></rss>
                """);

        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(Result.ERROR);
            assertThat(event.detail()).startsWith("parse: item 2 of 2: ").endsWith("; published 1, duplicates 0");
        });
        assertThat(sent).hasSize(1);
        assertThat(Files.readString(dir.resolve("error/feed.xml.reason"))).startsWith("parse: item 2 of 2: ");
    }

    @Test
    void shouldLeaveARejectedFileInPlaceWhileTheDeadLetterTopicIsDown() throws IOException {
        deadLetterUp = false;
        open();
        Files.write(dir.resolve("junk.bin"), JUNK);

        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(Result.RETRY);
            assertThat(event.detail()).contains("not dead-lettered: java.lang.IllegalStateException: dead-letter topic down");
        });
        assertThat(dir.resolve("junk.bin")).exists();
        assertThat(dir.resolve("error/junk.bin")).doesNotExist();
    }

    @Test
    void shouldFileASymbolicLinkInErrorWithoutReadingItsTarget() throws IOException {
        open();
        Path secret = Files.writeString(dir.resolveSibling(dir.getFileName() + "-secret.txt"), "World\n\nSecret\n\nText.\n");
        Files.createSymbolicLink(dir.resolve("link.txt"), secret);

        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).singleElement().extracting(HotFolderEvent::result).isEqualTo(Result.ERROR);
        assertThat(sent).isEmpty();
        assertThat(Files.readString(dir.resolve("error/link.txt.reason"))).contains("links are not followed");
    }

    @Test
    void shouldNotTakeAGrowingFileUntilItHasSettled() throws IOException {
        open();
        Path story = write("talks.txt", "World\n\nTalks resume\n\n");
        assertThat(folder.scan()).isEmpty();

        clock.advance(SETTLE.dividedBy(2));
        Files.writeString(story, "Officials said on Monday that talks would resume.\n", StandardOpenOption.APPEND);
        assertThat(folder.scan()).isEmpty();
        clock.advance(SETTLE.dividedBy(2));
        assertThat(folder.scan()).as("changed half a settle time ago").isEmpty();
        assertThat(sent).isEmpty();

        clock.advance(SETTLE.dividedBy(2));
        assertThat(folder.scan()).extracting(HotFolderEvent::result).containsExactly(Result.DONE);
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.getParagraphs()).hasSize(1));
    }

    @Test
    void shouldNotTakeAFileWhoseModifiedTimeChangedEvenIfItsSizeDidNot() throws IOException {
        open();
        Path story = write("talks.txt", story("Talks resume"));
        folder.scan();
        clock.advance(SETTLE.dividedBy(2));
        Files.setLastModifiedTime(story, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        folder.scan();

        clock.advance(SETTLE.dividedBy(2));
        assertThat(folder.scan()).isEmpty();
        clock.advance(SETTLE);
        assertThat(folder.scan()).hasSize(1);
    }

    @Test
    void shouldIgnoreHiddenAndTemporaryFilesUntilTheyAreRenamed() throws IOException {
        open();
        List<String> ignored = List.of(".talks.txt", "talks.txt.part", "talks.TMP", "talks.txt.crdownload", "~talks.txt");
        for (String name : ignored) {
            write(name, story("Talks resume"));
        }
        Files.createDirectory(dir.resolve("subfolder"));

        assertThat(scanAfterSettling()).isEmpty();
        assertThat(sent).isEmpty();
        for (String name : ignored) {
            assertThat(dir.resolve(name)).exists();
        }

        Files.move(dir.resolve("talks.txt.part"), dir.resolve("talks.txt"));
        assertThat(scanAfterSettling()).extracting(HotFolderEvent::file).containsExactly(dir.resolve("talks.txt"));
    }

    @Test
    void shouldLeaveAFileInPlaceWhenTheSendFailsAndPublishItOnALaterScan() throws IOException {
        brokerUp = false;
        open();
        Path story = write("talks.txt", story("Talks resume"));

        assertThat(scanAfterSettling()).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(Result.RETRY);
            assertThat(event.movedTo()).isNull();
            assertThat(event.detail()).contains("broker down").endsWith("left in place, retry in 1000 ms");
        });
        assertThat(story).exists();
        assertThat(dir.resolve("error")).isEmptyDirectory();
        assertThat(folder.tally().waiting()).isEqualTo(1);

        assertThat(folder.scan()).as("still backing off").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(folder.scan()).singleElement().satisfies(event -> assertThat(event.detail()).endsWith("retry in 2000 ms"));

        brokerUp = true;
        clock.advance(Duration.ofSeconds(2));
        assertThat(folder.scan()).extracting(HotFolderEvent::result).containsExactly(Result.DONE);
        assertThat(sent).hasSize(1);
        assertThat(dir.resolve("done/talks.txt")).exists();
        assertThat(folder.tally()).isEqualTo(new HotFolder.Tally(1, 0, 0));
    }

    @Test
    void shouldGiveAClashingNameAUniqueSuffixRatherThanOverwrite() throws IOException {
        open();
        Files.writeString(dir.resolve("done/talks.txt"), "earlier");
        Files.writeString(dir.resolve("error/junk.bin"), "earlier");
        Files.writeString(dir.resolve("error/junk-1.bin.reason"), "earlier reason");
        write("talks.txt", story("Talks resume"));
        Files.write(dir.resolve("junk.bin"), JUNK);

        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).extracting(HotFolderEvent::movedTo)
                .containsExactlyInAnyOrder(dir.resolve("done/talks-1.txt"), dir.resolve("error/junk-2.bin"));
        assertThat(dir.resolve("done/talks.txt")).hasContent("earlier");
        assertThat(dir.resolve("error/junk.bin")).hasContent("earlier");
        assertThat(dir.resolve("error/junk-1.bin.reason")).hasContent("earlier reason");
        assertThat(dir.resolve("error/junk-2.bin.reason")).exists();
    }

    @Test
    void shouldProcessFilesLeftInTheFolderAtStartOldestFirst() throws IOException {
        Path newer = write("a-newer.txt", story("Vote counted"));
        Path older = write("b-older.txt", story("Talks resume"));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2024-03-01T11:00:00Z")));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2024-03-01T10:00:00Z")));

        open();
        List<HotFolderEvent> events = scanAfterSettling();

        assertThat(events).extracting(HotFolderEvent::file).containsExactly(older, newer);
        assertThat(sent).extracting(WireStory::getHeadline).containsExactly("Talks resume", "Vote counted");
        assertThat(dir.resolve("done")).isDirectoryContaining("glob:**/a-newer.txt").isDirectoryContaining("glob:**/b-older.txt");
    }

    @Test
    void shouldMoveAnExactReSendToDoneWithoutSendingItAgain() throws IOException {
        open();
        write("talks.txt", story("Talks resume"));
        scanAfterSettling();
        write("talks.txt", story("Talks resume"));

        assertThat(scanAfterSettling()).singleElement().satisfies(event -> {
            assertThat(event.detail()).isEqualTo("published 0, duplicates 1");
            assertThat(event.movedTo()).isEqualTo(dir.resolve("done/talks-1.txt"));
        });
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldRefuseASecondWatcherOnTheSameFolder() throws IOException {
        open();

        assertThatThrownBy(() -> HotFolder.open(dir, ingestor(), HotFolderSettings.defaults(), clock))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("already watching");
    }

    @Test
    void shouldCreateDoneAndErrorFoldersOnOpen() throws IOException {
        open();

        assertThat(dir.resolve("done")).isEmptyDirectory();
        assertThat(dir.resolve("error")).isEmptyDirectory();
    }

    private void open() throws IOException {
        folder = HotFolder.open(dir, ingestor(), HotFolderSettings.defaults().withSettle(SETTLE), clock);
    }

    /** A first scan sees the files, the second (a settle time later) takes them. */
    private List<HotFolderEvent> scanAfterSettling() {
        List<HotFolderEvent> first = new ArrayList<>(folder.scan());
        clock.advance(SETTLE);
        first.addAll(folder.scan());
        return first;
    }

    private Ingestor ingestor() {
        StorySink sink = story -> {
            if (!brokerUp) {
                return CompletableFuture.failedFuture(new TimeoutException("broker down"));
            }
            sent.add(story);
            return CompletableFuture.completedFuture(new RecordMetadata(new TopicPartition("raw", 0), 0, 0, 0, 0, 0));
        };
        return new Ingestor(sink, clock, rejection -> {
            if (!deadLetterUp) {
                return CompletableFuture.failedFuture(new IllegalStateException("dead-letter topic down"));
            }
            deadLettered.add(rejection);
            return CompletableFuture.completedFuture(null);
        }, new DuplicateFilter());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String story(String headline) {
        return "World\n\n" + headline + "\n\nOfficials said on Monday that " + headline.toLowerCase(Locale.ROOT) + ".\n";
    }

    /** A clock the test moves by hand, so settling and backoff need no sleeps. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
