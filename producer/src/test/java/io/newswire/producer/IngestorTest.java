package io.newswire.producer;

import static io.newswire.producer.TestStories.junkFile;
import static io.newswire.producer.TestStories.storyFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.producer.IngestSummary.Stage;
import io.newswire.producer.samples.Samples;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.WireStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class IngestorTest {
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<WireStory> sent = new ArrayList<>();
    private final List<String> rejectedPaths = new ArrayList<>();

    @Test
    void shouldPublishParsedStoriesAndCountRejectedInputs() {
        IngestSummary summary = ingestor(this::accept).ingest(List.of(
                storyFile("a.txt", "Talks resume"), junkFile("b.bin"), storyFile("c.txt", "Ceasefire holds")));

        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.published()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.source()).isEqualTo(Path.of("b.bin"));
            assertThat(rejection.stage()).isEqualTo(Stage.PARSE);
            assertThat(rejection.reason()).startsWith("not valid UTF-8");
        });
        assertThat(sent).extracting(WireStory::getHeadline).containsExactly("Talks resume", "Ceasefire holds");
        assertThat(sent).extracting(WireStory::getReceivedAt).containsOnly(NOW);
    }

    @Test
    void shouldHandEachParseRejectionToTheRejectionHandlerWithItsBytes() {
        List<byte[]> contents = new ArrayList<>();
        Ingestor ingestor = new Ingestor(this::accept, CLOCK, rejection -> {
            rejectedPaths.add(rejection.input().path() + ": " + rejection.reason());
            contents.add(rejection.input().content());
            return CompletableFuture.completedFuture(null);
        }, new DuplicateFilter());

        ingestor.ingest(List.of(junkFile("junk.bin"), new SourceFile(Path.of("empty.txt"), new byte[0])));

        assertThat(rejectedPaths).containsExactly(
                "junk.bin: not valid UTF-8: malformed byte sequence at byte offset 0 (binary data or another charset?)",
                "empty.txt: empty input: 0 bytes");
        assertThat(contents.get(0)).containsExactly(0xFF, 0xFE, 0, 0);
    }

    @Test
    void shouldReportAFailedSendAsARejectionAtTheSendStage() {
        StorySink failing = story -> CompletableFuture.failedFuture(new IllegalStateException("broker gone"));

        IngestSummary summary = ingestor(failing).ingest(List.of(storyFile("a.txt", "Talks resume")));

        assertThat(summary.read()).isEqualTo(summary.published() + summary.duplicates() + summary.rejected());
        assertThat(summary.published()).isZero();
        assertThat(summary.failed()).isEqualTo(1);
        IngestOutcome rejection = summary.rejections().get(0);
        assertThat(rejection.stage()).isEqualTo(Stage.SEND);
        assertThat(rejection.storyId()).matches("[0-9a-f]{16}");
        assertThat(rejection.reason()).contains("broker gone");
    }

    @Test
    void shouldWaitForSendsThatCompleteLater() {
        StorySink slow = story -> CompletableFuture.supplyAsync(() -> metadata(),
                CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        IngestSummary summary = ingestor(slow).ingest(List.of(storyFile("a.txt", "Talks resume"), storyFile("b.txt", "Vote counted")));

        assertThat(summary.published()).isEqualTo(2);
    }

    @Test
    void shouldAwaitSendsAlreadyMadeWhenReadingTheInputsFails() {
        CompletableFuture<RecordMetadata> inFlight = new CompletableFuture<>();
        Iterable<SourceFile> breaksAfterOne = () -> new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SourceFile next() {
                if (given) {
                    inFlight.complete(metadata());
                    throw new IllegalStateException("disk went away");
                }
                given = true;
                return storyFile("a.txt", "Talks resume");
            }
        };

        assertThatThrownBy(() -> ingestor(story -> inFlight).ingest(breaksAfterOne)).hasMessageContaining("disk went away");
        assertThat(inFlight).isCompleted();
    }

    @Test
    void shouldSendEverySampleToKafkaKeyedByItsStoryId() {
        MockProducer<String, WireStory> mock = StoryProducerTest.mockProducer(true);
        try (StoryProducer producer = new StoryProducer(mock, "test.raw")) {
            IngestSummary summary = new Ingestor(producer).ingest(Samples.load());

            assertThat(summary.published()).isEqualTo(6);
            assertThat(summary.rejections()).isEmpty();
            assertThat(mock.history()).hasSize(6).allSatisfy(record -> assertThat(record.key()).isEqualTo(record.value().getId()));
            assertThat(mock.history()).extracting(ProducerRecord::key).doesNotHaveDuplicates();
            assertThat(mock.flushed()).isTrue();
        }
    }

    @Test
    void shouldCountAnExactReSendAsADuplicateAndNotSendItAgain() {
        IngestSummary summary = ingestor(this::accept).ingest(List.of(
                storyFile("a.txt", "Talks resume"), storyFile("copy-of-a.txt", "Talks resume"), storyFile("c.txt", "Vote counted")));

        assertThat(summary.line()).isEqualTo("read 3 = published 2 + duplicates 1 + rejected 0");
        assertThat(sent).extracting(WireStory::getHeadline).containsExactly("Talks resume", "Vote counted");
    }

    @Test
    void shouldSendAStoryAgainWhenItsEarlierSendFailed() {
        List<Boolean> answers = new ArrayList<>(List.of(false, true));
        StorySink flaky = story -> answers.remove(0) ? accept(story)
                : CompletableFuture.failedFuture(new IllegalStateException("broker gone"));
        Ingestor ingestor = ingestor(flaky);

        IngestSummary first = ingestor.ingest(List.of(storyFile("a.txt", "Talks resume")));
        IngestSummary second = ingestor.ingest(List.of(storyFile("a.txt", "Talks resume")));

        assertThat(first.failed()).isEqualTo(1);
        assertThat(second.line()).isEqualTo("read 1 = published 1 + duplicates 0 + rejected 0");
    }

    @Test
    void shouldDeadLetterAStoryWhoseSendFailedWithItsStoryId() {
        List<RejectedInput> recorded = new ArrayList<>();
        Ingestor ingestor = new Ingestor(story -> CompletableFuture.failedFuture(new IllegalStateException("broker gone")),
                CLOCK, rejection -> {
                    recorded.add(rejection);
                    return CompletableFuture.completedFuture(null);
                }, new DuplicateFilter());

        ingestor.ingest(List.of(storyFile("a.txt", "Talks resume")));

        assertThat(recorded).singleElement().satisfies(rejection -> {
            assertThat(rejection.stage()).isEqualTo(Stage.SEND);
            assertThat(rejection.storyId()).matches("[0-9a-f]{16}");
            assertThat(rejection.receivedAt()).isEqualTo(NOW);
            assertThat(new String(rejection.input().content(), StandardCharsets.UTF_8)).contains("Talks resume");
        });
    }

    @Test
    void shouldReportARejectionThatCouldNotBeDeadLettered() {
        Ingestor ingestor = new Ingestor(this::accept, CLOCK,
                rejection -> CompletableFuture.failedFuture(new IllegalStateException("dead-letter topic unreachable")),
                new DuplicateFilter());

        IngestSummary summary = ingestor.ingest(List.of(junkFile("junk.bin")));

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.deadLetterFailures()).isEqualTo(1);
        assertThat(summary.rejections().get(0).deadLetterFailure()).contains("dead-letter topic unreachable");
    }

    @Test
    void shouldNameTheItemOfAFeedThatWasRejected() {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link><description>d</description>
                <item><title>Talks resume in Geneva</title><guid>https://example.org/1</guid>
                <description>Officials said on Monday that talks would resume in Geneva next week.</description></item>
                <item><title>No body here</title><guid>https://example.org/2</guid></item>
                </channel></rss>
                """;
        SourceFile input = new SourceFile(Path.of("feed.xml"), feed.getBytes(StandardCharsets.UTF_8));

        List<IngestOutcome> outcomes = ingestor(this::accept).submit(input).join();

        assertThat(outcomes).extracting(IngestOutcome::kind)
                .containsExactly(IngestOutcome.Kind.PUBLISHED, IngestOutcome.Kind.REJECTED);
        assertThat(outcomes.get(1).reason()).startsWith("item 2 of 2: ");
    }

    @Test
    void shouldAnswerAReSendOnlyOnceTheFirstCopyIsAcknowledged() {
        CompletableFuture<RecordMetadata> firstSend = new CompletableFuture<>();
        Ingestor ingestor = ingestor(story -> firstSend);

        CompletableFuture<List<IngestOutcome>> first = ingestor.submit(storyFile("a.txt", "Talks resume"));
        CompletableFuture<List<IngestOutcome>> resend = ingestor.submit(storyFile("a-again.txt", "Talks resume"));

        assertThat(resend).as("no answer before the broker has the story").isNotDone();
        firstSend.complete(metadata());
        assertThat(first.join()).extracting(IngestOutcome::kind).containsExactly(IngestOutcome.Kind.PUBLISHED);
        assertThat(resend.join()).extracting(IngestOutcome::kind).containsExactly(IngestOutcome.Kind.DUPLICATE);
    }

    @Test
    void shouldSendTheReSendItselfWhenTheFirstCopysSendFailed() {
        CompletableFuture<RecordMetadata> firstSend = new CompletableFuture<>();
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(List.of(firstSend,
                CompletableFuture.completedFuture(metadata())));
        Ingestor ingestor = ingestor(story -> sends.remove(0));

        CompletableFuture<List<IngestOutcome>> first = ingestor.submit(storyFile("a.txt", "Talks resume"));
        CompletableFuture<List<IngestOutcome>> resend = ingestor.submit(storyFile("a-again.txt", "Talks resume"));
        firstSend.completeExceptionally(new IllegalStateException("broker gone"));

        assertThat(first.join()).extracting(IngestOutcome::kind).containsExactly(IngestOutcome.Kind.REJECTED);
        assertThat(resend.join()).extracting(IngestOutcome::kind).containsExactly(IngestOutcome.Kind.PUBLISHED);
    }

    @Test
    void shouldTellATransientSendFailureFromOneThatWouldRepeat() {
        IngestOutcome timedOut = ingestor(story -> CompletableFuture.failedFuture(
                new org.apache.kafka.common.errors.TimeoutException("no broker")))
                .submit(storyFile("a.txt", "Talks resume")).join().get(0);
        IngestOutcome tooLarge = ingestor(story -> CompletableFuture.failedFuture(
                new org.apache.kafka.common.errors.RecordTooLargeException("over max.request.size")))
                .submit(storyFile("a.txt", "Talks resume")).join().get(0);

        assertThat(timedOut.retriable()).isTrue();
        assertThat(timedOut.settled()).as("offer it again later").isFalse();
        assertThat(tooLarge.retriable()).isFalse();
        assertThat(tooLarge.settled()).as("rejected for good, dead-lettered").isTrue();
    }

    @Test
    void shouldRejectAnUnreadableInputAtTheReadStageAndDeadLetterIt() {
        List<RejectedInput> recorded = new ArrayList<>();
        Ingestor ingestor = new Ingestor(this::accept, CLOCK, rejection -> {
            recorded.add(rejection);
            return CompletableFuture.completedFuture(null);
        }, new DuplicateFilter());

        IngestSummary summary = ingestor.ingest(List.of(SourceFile.unreadable(Path.of("gone.xml"), "cannot read: gone"),
                storyFile("b.txt", "Vote counted")));

        assertThat(summary.line()).isEqualTo("read 2 = published 1 + duplicates 0 + rejected 1");
        assertThat(summary.rejections().get(0).stage()).isEqualTo(Stage.READ);
        assertThat(recorded).singleElement().extracting(RejectedInput::reason).isEqualTo("cannot read: gone");
    }

    @Test
    void shouldTellTheListenerAboutEveryInputRead() {
        List<Path> read = new ArrayList<>();

        ingestor(this::accept).ingest(List.of(storyFile("a.txt", "Talks resume"), junkFile("b.bin")),
                input -> read.add(input.path()));

        assertThat(read).containsExactly(Path.of("a.txt"), Path.of("b.bin"));
    }

    private Ingestor ingestor(StorySink sink) {
        return new Ingestor(sink, CLOCK, rejection -> {
            rejectedPaths.add(rejection.input().path().toString());
            return CompletableFuture.completedFuture(null);
        }, new DuplicateFilter());
    }

    private CompletableFuture<RecordMetadata> accept(WireStory story) {
        sent.add(story);
        return CompletableFuture.completedFuture(metadata());
    }

    private static RecordMetadata metadata() {
        return new RecordMetadata(new TopicPartition("test.raw", 0), 0, 0, 0, 0, 0);
    }
}
