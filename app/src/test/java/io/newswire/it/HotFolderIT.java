package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestClients;
import io.newswire.producer.ProducerSettings;
import io.newswire.producer.source.hotfolder.HotFolder;
import io.newswire.producer.source.hotfolder.HotFolderEvent;
import io.newswire.producer.source.hotfolder.HotFolderSettings;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroSerde;
import io.newswire.schemas.serde.NewswireSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped into a hot folder reach the raw and rejected topics of a real broker, then done/ and error/. */
class HotFolderIT {
    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    private static final byte[] JUNK = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x41};
    private static final String STORY = """
            World

            Talks resume in Geneva

            Officials said on Monday that talks would resume in Geneva next week.
            """;
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link><description>d</description>
            <item><title>Ceasefire holds in the north</title><guid>https://example.org/1</guid>
            <description>A ceasefire held overnight, the army said on Tuesday.</description></item>
            <item><title>Vote counted in the capital</title><guid>https://example.org/2</guid>
            <description>Election officials finished counting the vote on Tuesday.</description></item>
            </channel></rss>
            """;

    @TempDir
    Path inbox;

    private final AvroSerde<WireStory> stories = NewswireSerdes.create().wireStory();

    @Test
    void shouldPublishDroppedFilesMoveThemToDoneOrErrorAndDeadLetterTheJunk() throws Exception {
        String raw = KAFKA.createTopic("hot-raw");
        String rejected = KAFKA.createTopic("hot-rejected");
        ProducerSettings settings = ProducerSettings.of(KAFKA.bootstrapServers()).withTopic(raw).withClientId("it-watch");
        Files.writeString(inbox.resolve("talks.txt"), STORY, StandardCharsets.UTF_8);
        Files.write(inbox.resolve("junk.bin"), JUNK);
        Files.writeString(inbox.resolve("feed.xml"), FEED, StandardCharsets.UTF_8);

        assertThat(watchUntilTaken(settings, rejected, 3)).hasSize(3);

        assertThat(inbox.resolve("done/talks.txt")).hasContent(STORY);
        assertThat(inbox.resolve("done/feed.xml")).hasContent(FEED);
        assertThat(inbox.resolve("error/junk.bin")).hasBinaryContent(JUNK);
        assertThat(Files.readString(inbox.resolve("error/junk.bin.reason"))).startsWith("parse: not valid UTF-8");
        try (var left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("done", "error", ".newswire-watch.lock");
        }

        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers()).readUntil(
                List.of(raw, rejected), read -> read.size() >= 4, Duration.ofMillis(500));
        List<ConsumerRecord<byte[], byte[]>> published = records.stream().filter(r -> r.topic().equals(raw)).toList();
        assertThat(published).hasSize(3).allSatisfy(record -> assertThat(new String(record.key(), StandardCharsets.UTF_8))
                .isEqualTo(stories.decode(record.value()).getId()));
        assertThat(published).extracting(record -> stories.decode(record.value()).getHeadline())
                .containsExactlyInAnyOrder("Talks resume in Geneva", "Ceasefire holds in the north",
                        "Vote counted in the capital");
        assertThat(records.stream().filter(r -> r.topic().equals(rejected)).toList()).singleElement().satisfies(dead -> {
            assertThat(dead.value()).isEqualTo(JUNK);
            assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo(inbox.resolve("junk.bin").toString());
            assertThat(new String(dead.headers().lastHeader(DeadLetterWriter.STAGE).value(), StandardCharsets.UTF_8))
                    .isEqualTo("parse");
        });
    }

    @Test
    void shouldSendAgainAfterARestartAFileThatWasPublishedButNotMoved() throws Exception {
        String raw = KAFKA.createTopic("hot-raw");
        String rejected = KAFKA.createTopic("hot-rejected");
        ProducerSettings settings = ProducerSettings.of(KAFKA.bootstrapServers()).withTopic(raw).withClientId("it-watch");
        Files.writeString(inbox.resolve("talks.txt"), STORY, StandardCharsets.UTF_8);
        watchUntilTaken(settings, rejected, 1);
        // a crash between the broker's ack and the move leaves the file where it was
        Files.copy(inbox.resolve("done/talks.txt"), inbox.resolve("talks.txt"));

        List<HotFolderEvent> afterRestart = watchUntilTaken(settings, rejected, 1);

        assertThat(afterRestart).singleElement().satisfies(event -> {
            assertThat(event.detail()).isEqualTo("published 1, duplicates 0");
            assertThat(event.movedTo()).isEqualTo(inbox.resolve("done/talks-1.txt"));
        });
        // the same story id and version twice: the topology's version gate drops the second (PipelineIT)
        List<ConsumerRecord<byte[], byte[]>> records = new TopicReader(KAFKA.bootstrapServers()).readUntil(List.of(raw),
                read -> read.size() >= 2, Duration.ofMillis(500));
        assertThat(records).hasSize(2).extracting(record -> stories.decode(record.value()))
                .extracting(WireStory::getId, WireStory::getVersion).containsOnly(
                        Tuple.tuple(new String(records.get(0).key(), StandardCharsets.UTF_8), 1));
    }

    /** A watcher in a fresh "process" (its own clients, so its own duplicate filter), run until it took {@code files}. */
    private List<HotFolderEvent> watchUntilTaken(ProducerSettings settings, String rejected, int files) throws Exception {
        List<HotFolderEvent> events = new ArrayList<>();
        try (IngestClients clients = IngestClients.open(settings, rejected, DeadLetterWriter.DEFAULT_MAX_VALUE_BYTES);
                HotFolder folder = HotFolder.open(inbox, clients.ingestor(),
                        HotFolderSettings.defaults().withSettle(Duration.ofMillis(200)), Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
                events.addAll(folder.scan());
                return events.size() >= files;
            });
        }
        return events;
    }
}
