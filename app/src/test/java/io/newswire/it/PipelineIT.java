package io.newswire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.producer.DeadLetterWriter;
import io.newswire.producer.IngestSummary;
import io.newswire.producer.parse.ParseResult;
import io.newswire.producer.parse.Parsers;
import io.newswire.producer.samples.Samples;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.Alert;
import io.newswire.schemas.Statement;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.streams.neardup.NearDuplicateRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on a real broker: producer → newswire.stories.raw → streams (exactly-once) →
 * firehose, feed topics, statements, alerts and dead letters, all read back read_committed.
 */
class PipelineIT {
    private static final Path SEED = Path.of("..", "..", "shared", "corpus", "seed");
    private static final Path REFERENCE = SEED.resolve("000_a46aa8765330f8b0.txt");

    private static final String ALEPPO_BODY = String.join("\n\n",
                "Fighting raged in the Syrian city of Aleppo on Friday as United States and Russian diplomats met"
                        + " again in Geneva to discuss a ceasefire that would let aid convoys reach the besieged eastern"
                        + " districts of the city.",
                "\"We remain very concerned about the situation in Aleppo,\" State Department spokesman John Kirby"
                        + " told reporters in Washington, adding that talks between the two sides had made limited"
                        + " progress.",
                "Rebel groups said they had broken through government lines in the south-west of the city, opening a"
                        + " route for food and fuel, while the Syrian army said its forces had pushed the attackers back.");

    @RegisterExtension
    static final KafkaFixture KAFKA = KafkaFixture.create();

    @TempDir
    Path stateDir;

    @Test
    void shouldCarryTheReferenceStoryToItsFeedsStatementsAndAlertsOnceEvenWhenResent() throws Exception {
        assumeTrue(Files.exists(REFERENCE), "shared corpus not found at " + REFERENCE.toAbsolutePath());
        JsonNode expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile());
        SourceFile reference = new SourceFile(REFERENCE, Files.readAllBytes(REFERENCE));

        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            IngestSummary ingest = pipeline.ingest(List.of(reference, reference));
            assertThat(ingest.line()).isEqualTo("read 2 = published 1 + duplicates 1 + rejected 0");
            // a second producer does not know the first one's stories: the version gate drops its re-send
            assertThat(pipeline.ingest(List.of(reference)).published()).isEqualTo(1);
            pipeline.send(newVersionWithSameQuotes(parse(reference)));

            List<String> feedTopics = List.of("syria", "middle-east", "russia", "united-states").stream()
                    .map(pipeline.names::feed).toList();
            List<String> topics = new ArrayList<>(feedTopics);
            topics.addAll(List.of(pipeline.names.tagged(), pipeline.names.statements(), pipeline.names.alerts()));
            List<ConsumerRecord<byte[], byte[]>> out = pipeline.reader().readUntil(topics,
                    records -> count(records, pipeline.names.tagged()) >= 2
                            && count(records, pipeline.names.alerts()) >= 11
                            && count(records, pipeline.names.statements()) >= 22,
                    Duration.ofSeconds(3));

            List<TaggedStory> tagged = values(out, pipeline.names.tagged(), pipeline.serdes.taggedStory()::decode);
            assertThat(tagged).extracting(t -> t.getStory().getVersion()).containsExactly(1, 2);
            assertThat(tagged.get(0).getCountries()).containsExactlyInAnyOrder("SY", "RU", "US", "LA");
            assertThat(tagged.get(0).getFocusCountries()).containsExactly("SY");
            for (String feed : feedTopics) {
                assertThat(count(out, feed)).as("records on %s", feed).isEqualTo(2);
            }
            List<Statement> statements = values(out, pipeline.names.statements(), pipeline.serdes.statement()::decode);
            assertThat(statements).hasSize(22);
            List<Alert> alerts = values(out, pipeline.names.alerts(), pipeline.serdes.alert()::decode);
            assertThat(alerts).extracting(Alert::getQuote).containsExactlyInAnyOrderElementsOf(expectedQuotes(expected));
            assertThat(alerts.stream().collect(Collectors.groupingBy(Alert::getSpeaker, Collectors.counting())))
                    .isEqualTo(expectedSpeakers(expected));
        }
    }

    @Test
    void shouldRememberVersionsAndAlertedStatementsAcrossARestartOnAnEmptyStateDirectory(@TempDir Path freshStateDir)
            throws Exception {
        SourceFile first = Samples.load().get(0);
        WireStory v1 = parse(first);
        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            pipeline.ingest(List.of(first));
            List<ConsumerRecord<byte[], byte[]>> before = pipeline.reader().readUntil(
                    List.of(pipeline.names.tagged(), pipeline.names.alerts()),
                    records -> count(records, pipeline.names.tagged()) == 1 && count(records, pipeline.names.alerts()) >= 1,
                    Duration.ofSeconds(2));
            long alertsBefore = count(before, pipeline.names.alerts());

            pipeline.restartOnEmptyStateDir(freshStateDir);
            pipeline.ingest(List.of(first)); // a new producer: only the restored version gate can drop this
            List<String> paragraphs = new ArrayList<>(v1.getParagraphs());
            paragraphs.add("\"We will publish the list of names on Friday,\" Hrytsenko said.");
            pipeline.send(WireStory.newBuilder(v1).setVersion(2).setParagraphs(paragraphs).build());

            List<ConsumerRecord<byte[], byte[]>> after = pipeline.reader().readUntil(
                    List.of(pipeline.names.tagged(), pipeline.names.alerts()),
                    records -> count(records, pipeline.names.tagged()) >= 2
                            && count(records, pipeline.names.alerts()) > alertsBefore,
                    Duration.ofSeconds(3));

            List<TaggedStory> tagged = values(after, pipeline.names.tagged(), pipeline.serdes.taggedStory()::decode);
            assertThat(tagged).extracting(t -> t.getStory().getVersion()).as("v1 re-send dropped").containsExactly(1, 2);
            List<Alert> alerts = values(after, pipeline.names.alerts(), pipeline.serdes.alert()::decode);
            assertThat(alerts).hasSize((int) alertsBefore + 1);
            assertThat(alerts.get(alerts.size() - 1).getQuote()).contains("publish the list of names on Friday");
        }
    }

    @Test
    void shouldRouteTheSampleStoriesToTheirFeedsAndAlertOncePerOfficialStatement() throws Exception {
        List<SourceFile> samples = Samples.load();
        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            assertThat(pipeline.ingest(samples).published()).isEqualTo(samples.size());
            assertThat(pipeline.ingest(List.of(samples.get(0))).published()).isEqualTo(1);

            List<String> topics = List.of(pipeline.names.tagged(), pipeline.names.statements(), pipeline.names.alerts(),
                    pipeline.names.feed("ukraine"), pipeline.names.feed("east-asia"), pipeline.names.feed("syria"));
            List<ConsumerRecord<byte[], byte[]>> out = pipeline.reader().readUntil(topics,
                    records -> count(records, pipeline.names.tagged()) >= samples.size()
                            && count(records, pipeline.names.feed("syria")) >= 1,
                    Duration.ofSeconds(3));

            assertThat(count(out, pipeline.names.tagged())).as("re-send dropped").isEqualTo(samples.size());
            List<String> ukraine = values(out, pipeline.names.feed("ukraine"), pipeline.serdes.taggedStory()::decode)
                    .stream().map(t -> t.getStory().getHeadline()).toList();
            assertThat(ukraine).singleElement().asString().contains("Kyiv");
            assertThat(count(out, pipeline.names.feed("east-asia"))).isEqualTo(1);
            List<Statement> statements = values(out, pipeline.names.statements(), pipeline.serdes.statement()::decode);
            long officialStatements = statements.stream().filter(Statement::getOfficial).map(Statement::getId)
                    .distinct().count();
            List<Alert> alerts = values(out, pipeline.names.alerts(), pipeline.serdes.alert()::decode);
            assertThat(alerts).extracting(Alert::getStatementId).doesNotHaveDuplicates();
            assertThat(alerts).hasSize((int) officialStatements).isNotEmpty();
        }
    }

    @Test
    void shouldDeadLetterACorruptRecordWithItsOriginalBytesAndKeepProcessing() throws Exception {
        byte[] corrupt = "definitely not Avro".getBytes(StandardCharsets.UTF_8);
        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(pipeline.names.raw(), "bad".getBytes(StandardCharsets.UTF_8), corrupt)).get();
            }
            List<SourceFile> samples = Samples.load();
            pipeline.ingest(samples);

            List<ConsumerRecord<byte[], byte[]>> out = pipeline.reader().readUntil(
                    List.of(pipeline.names.rejected(), pipeline.names.tagged()),
                    records -> count(records, pipeline.names.rejected()) >= 1
                            && count(records, pipeline.names.tagged()) >= samples.size(),
                    Duration.ofSeconds(1));

            List<ConsumerRecord<byte[], byte[]>> dead = records(out, pipeline.names.rejected());
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(corrupt);
            assertThat(new String(dead.get(0).headers().lastHeader("__streams.errors.message").value(),
                    StandardCharsets.UTF_8)).contains("cannot decode WireStory");
            assertThat(count(out, pipeline.names.tagged())).isEqualTo(samples.size());
        }
    }

    @Test
    void shouldDeadLetterAnInputTheProducerRejectsWithItsOriginalBytesAndReason() throws Exception {
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x41};
        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            IngestSummary summary = pipeline.ingest(List.of(new SourceFile(Path.of("inbox/junk.bin"), junk)));

            assertThat(summary.line()).isEqualTo("read 1 = published 0 + duplicates 0 + rejected 1");
            assertThat(summary.deadLetterFailures()).isZero();
            List<ConsumerRecord<byte[], byte[]>> dead = pipeline.reader().readUntil(List.of(pipeline.names.rejected()),
                    records -> !records.isEmpty(), Duration.ofSeconds(1));
            assertThat(dead).singleElement().satisfies(record -> {
                assertThat(record.value()).isEqualTo(junk);
                assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("inbox/junk.bin");
                assertThat(new String(record.headers().lastHeader(DeadLetterWriter.REASON).value(), StandardCharsets.UTF_8))
                        .startsWith("not valid UTF-8");
                assertThat(new String(record.headers().lastHeader(DeadLetterWriter.STAGE).value(), StandardCharsets.UTF_8))
                        .isEqualTo("parse");
            });
        }
    }

    @Test
    void shouldMarkACopyFromAnotherDeskWithTheIdOfTheStoryItNearlyDuplicates() throws Exception {
        SourceFile original = textFile("desk-1.txt", "Fighting rages in Aleppo as diplomats meet again\n\n" + ALEPPO_BODY);
        SourceFile copy = textFile("agency-2.txt", "Fighting rages in Aleppo as diplomats meet again\n\n"
                + ALEPPO_BODY.replace("\"We remain", "\u201cWe remain").replace("Aleppo,\"", "Aleppo,\u201d"));
        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            String originalId = ingestAndAwaitIndexed(pipeline, original);
            assertThat(pipeline.ingest(List.of(copy)).published()).isEqualTo(1);

            assertCopyMarked(pipeline, originalId);
        }
    }

    @Test
    void shouldRebuildTheNearDuplicateIndexFromTheSignatureTopicAfterARestartOnAnEmptyStateDirectory(
            @TempDir Path freshStateDir) throws Exception {
        SourceFile original = textFile("desk-1.txt", "Fighting rages in Aleppo as diplomats meet again\n\n" + ALEPPO_BODY);
        SourceFile copy = textFile("agency-2.txt", "Fighting rages in Aleppo as diplomats meet again\n\n"
                + ALEPPO_BODY.replace("\"We remain", "\u201cWe remain").replace("Aleppo,\"", "Aleppo,\u201d"));
        try (PipelineHarness pipeline = new PipelineHarness(KAFKA, stateDir)) {
            String originalId = ingestAndAwaitIndexed(pipeline, original);

            // no changelog: only re-running newswire.story-minhash through the global processor brings back the bands
            pipeline.restartOnEmptyStateDir(freshStateDir);
            await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.isIndexed(originalId));
            assertThat(pipeline.signedStoryIds()).containsExactly(originalId);
            assertThat(pipeline.ingest(List.of(copy)).published()).isEqualTo(1);

            assertCopyMarked(pipeline, originalId);
        }
    }

    /** Ingests the story and waits until the global thread has indexed it: a copy is compared with what the index holds. */
    private static String ingestAndAwaitIndexed(PipelineHarness pipeline, SourceFile story) {
        assertThat(pipeline.ingest(List.of(story)).published()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.signedStoryIds().size() == 1);
        String storyId = pipeline.signedStoryIds().get(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.isIndexed(storyId));
        return storyId;
    }

    private static void assertCopyMarked(PipelineHarness pipeline, String originalId) {
        List<ConsumerRecord<byte[], byte[]>> out = pipeline.reader().readUntil(List.of(pipeline.names.tagged()),
                records -> count(records, pipeline.names.tagged()) >= 2, Duration.ofSeconds(1));

        List<TaggedStory> tagged = values(out, pipeline.names.tagged(), pipeline.serdes.taggedStory()::decode);
        assertThat(tagged).hasSize(2);
        TaggedStory first = tagged.stream().filter(t -> t.getStory().getId().equals(originalId)).findFirst()
                .orElseThrow();
        TaggedStory second = tagged.stream().filter(t -> t != first).findFirst().orElseThrow();
        assertThat(second.getStory().getId()).isNotEqualTo(originalId);
        assertThat(first.getNearDuplicateOf()).isNull();
        assertThat(second.getNearDuplicateOf()).isEqualTo(originalId);
        assertThat(second.getNearDuplicateSimilarity()).isBetween(NearDuplicateRule.DEFAULT_MIN_SIMILARITY, 1.0);
    }

    private static SourceFile textFile(String name, String text) {
        return new SourceFile(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static WireStory parse(SourceFile file) {
        ParseResult parsed = Parsers.parse(file.content(), file.path().toString(), Instant.now());
        assertThat(parsed).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) parsed).story();
    }

    private static WireStory newVersionWithSameQuotes(WireStory first) {
        List<String> paragraphs = new ArrayList<>(first.getParagraphs());
        paragraphs.add("This story has been updated with additional reporting.");
        return WireStory.newBuilder(first).setVersion(2).setParagraphs(paragraphs).build();
    }

    private static List<String> expectedQuotes(JsonNode expected) {
        List<String> quotes = new ArrayList<>();
        expected.get("statements").forEach(s -> quotes.add(s.get("quote").asText()));
        return quotes;
    }

    private static Map<String, Long> expectedSpeakers(JsonNode expected) {
        List<String> speakers = new ArrayList<>();
        expected.get("statements").forEach(s -> speakers.add(s.get("speaker").asText().replace(" (anonymous)", "")));
        return speakers.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    private static long count(List<ConsumerRecord<byte[], byte[]>> records, String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).count();
    }

    private static List<ConsumerRecord<byte[], byte[]>> records(List<ConsumerRecord<byte[], byte[]>> all, String topic) {
        return all.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private static <T> List<T> values(List<ConsumerRecord<byte[], byte[]>> all, String topic,
            Function<byte[], T> decode) {
        return records(all, topic).stream().map(r -> decode.apply(r.value())).toList();
    }
}
