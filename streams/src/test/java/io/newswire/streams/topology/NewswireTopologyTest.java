package io.newswire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.Alert;
import io.newswire.schemas.PubStatus;
import io.newswire.schemas.Statement;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.NewswireSerdes;
import io.newswire.streams.NewswireTopics;
import io.newswire.streams.StreamsSettings;
import io.newswire.streams.config.NewswireConfig;
import io.newswire.streams.config.TopicNames;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.neardup.BandEntry;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.streams.neardup.Sighting;
import io.newswire.tagger.Tagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewswireTopologyTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final Instant NOW = Instant.parse("2016-08-05T10:00:01Z");

    private final NewswireSerdes serdes = NewswireSerdes.create();
    private final TopicNames names = TopicNames.DEFAULT;
    private final NewswireTopics topics = NewswireTopics.create(names, serdes);
    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, WireStory> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, TaggedStory> tagged;
    private TestOutputTopic<String, Statement> statements;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<byte[], byte[]> rejected;
    private TestOutputTopic<String, StoryMinHash> minHashes;

    @BeforeEach
    void startDriver() {
        NewswireTopology.Settings settings =
                new NewswireTopology.Settings(
                Duration.ofDays(7), NearDuplicateRule.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        Properties props = StreamsSettings.from(NewswireConfig.defaults().withBootstrapServers("unused:9092"));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newswire-topology-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // TopologyTestDriver under exactly_once_v2 drops the dead-letter records of the
        // deserialization handler (the processing handler's arrive); the driver has no real
        // transactions anyway. Exactly-once, dead letters included, is covered by PipelineIT.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(
                NewswireTopology.build(topics, TAGGER, FeedRules.loadDefault(), settings), props);
        raw = driver.createInputTopic(names.raw(), new StringSerializer(), serdes.wireStory().serializer());
        rawBytes = driver.createInputTopic(names.raw(), new StringSerializer(), new ByteArraySerializer());
        tagged = driver.createOutputTopic(names.tagged(), new StringDeserializer(), serdes.taggedStory().deserializer());
        statements = driver.createOutputTopic(
                names.statements(), new StringDeserializer(), serdes.statement().deserializer());
        alerts = driver.createOutputTopic(names.alerts(), new StringDeserializer(), serdes.alert().deserializer());
        rejected = driver.createOutputTopic(names.rejected(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        minHashes = driver.createOutputTopic(
                names.minHashes(), new StringDeserializer(), serdes.storyMinHash().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private TestOutputTopic<String, TaggedStory> feed(String name) {
        return driver.createOutputTopic(names.feed(name), new StringDeserializer(), serdes.taggedStory().deserializer());
    }

    /** This driver's near-duplicate index, as the marker reads it. */
    private NearDuplicateIndex index() {
        return new NearDuplicateIndex(driver.<String, IndexValue>getKeyValueStore(NearDuplicateIndex.STORE));
    }

    private void send(WireStory story) {
        raw.pipeInput(story.getId(), story, Stories.RECEIVED);
    }

    @Test
    void shouldTagStoryAndWriteItToTheFirehoseKeyedByStoryId() {
        send(Stories.aleppo());

        TestRecord<String, TaggedStory> record = tagged.readRecord();
        assertThat(record.key()).isEqualTo("aleppo-talks");
        assertThat(record.value().getCountries()).contains("SY", "US", "RU");
        assertThat(record.value().getFocusCountries()).containsExactly("SY");
        assertThat(record.value().getMacroRegions()).contains("middle-east");
        assertThat(record.value().getTaggedAt()).isEqualTo(NOW);
        assertThat(tagged.isEmpty()).isTrue();
    }

    @Test
    void shouldRouteStoryToSyriaFeedWhenAleppoIsMentioned() {
        send(Stories.aleppo());

        TestOutputTopic<String, TaggedStory> syria = feed("syria");
        TestRecord<String, TaggedStory> record = syria.readRecord();
        assertThat(record.key()).isEqualTo("aleppo-talks");
        assertThat(record.value().getFeeds()).contains("syria", "middle-east", "united-states", "russia");
        Header header = record.headers().lastHeader(FeedRouter.FEED_HEADER);
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo("syria");
        assertThat(syria.isEmpty()).isTrue();
        assertThat(feed("middle-east").readValuesToList()).hasSize(1);
        assertThat(feed("latin-america").isEmpty()).isTrue();
    }

    @Test
    void shouldWriteEachStatementKeyedBySpeakerAndAlertOnOfficialsOnly() {
        send(Stories.aleppo());

        List<TestRecord<String, Statement>> said = statements.readRecordsToList();
        assertThat(said).extracting(r -> r.value().getQuote())
                .contains("We remain very concerned about the situation in Aleppo,");
        TestRecord<String, Statement> kirby = said.stream()
                .filter(r -> r.value().getSpeaker().equals("John Kirby")).findFirst().orElseThrow();
        assertThat(kirby.key()).isEqualTo(kirby.value().getSpeakerId());
        assertThat(kirby.value().getOfficial()).isTrue();

        List<Alert> fired = alerts.readValuesToList();
        assertThat(fired).extracting(Alert::getSpeaker).containsExactly("John Kirby");
        assertThat(fired.get(0).getHeadline()).isEqualTo(Stories.aleppo().getHeadline());
        assertThat(fired.get(0).getStoryReceivedAt()).isEqualTo(Stories.RECEIVED);
        assertThat(fired.get(0).getEmittedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldNotAlertTwiceWhenTheSameStoryIsSentTwice() {
        send(Stories.aleppo());
        send(Stories.aleppo());

        assertThat(tagged.readValuesToList()).hasSize(1);
        assertThat(alerts.readValuesToList()).hasSize(1);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotAlertTwiceWhenAnotherStoryCarriesTheSameQuoteFromTheSameSpeaker() {
        send(Stories.aleppo());
        send(Stories.story("other-desk-copy", "Kirby: concerned about Aleppo",
                "\u201cWe remain very concerned about the situation in Aleppo,\u201d State Department spokesman"
                        + " John Kirby said on Friday, as shelling continued."));

        assertThat(tagged.readValuesToList()).hasSize(2);
        assertThat(alerts.readValuesToList()).extracting(Alert::getStoryId).containsExactly("aleppo-talks");
    }

    @Test
    void shouldNotAlertAgainForANewVersionWithTheSameQuotes() {
        send(Stories.aleppo());
        WireStory update = Stories.aleppo(2, List.of(
                "Heavy fighting raged in the Syrian city of Aleppo on Friday, residents said.",
                "\u201cWe remain very concerned about the situation in Aleppo,\u201d State Department spokesman"
                        + " John Kirby said on Friday."));
        send(update);

        assertThat(tagged.readValuesToList()).extracting(t -> t.getStory().getVersion()).containsExactly(1, 2);
        assertThat(statements.readValuesToList()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldNotAlertAgainWhenAPartialQuoteGrowsIntoAFullerVersion() {
        send(Stories.story("partial", "Talks on Aleppo",
                "State Department spokesman John Kirby said the talks had made \"limited progress\" on Friday."));
        send(Stories.story("fuller", "More on the Aleppo talks",
                "\"We have made limited progress, but we keep talking,\" State Department spokesman John Kirby said."));

        assertThat(statements.readValuesToList()).hasSize(2);
        assertThat(alerts.readValuesToList()).extracting(Alert::getQuote).containsExactly("limited progress");
    }

    @Test
    void shouldAlertAgainWhenTheSameWordsComeBackAfterTheAlertWindow() {
        raw.pipeInput("aleppo-talks", Stories.aleppo(), Stories.RECEIVED);
        WireStory weeksLater = Stories.story("later", "Aleppo, weeks later",
                "\"We remain very concerned about the situation in Aleppo,\" State Department spokesman John Kirby said.");
        raw.pipeInput("later", weeksLater, Stories.RECEIVED.plus(Duration.ofDays(8)));

        assertThat(alerts.readValuesToList()).extracting(Alert::getStoryId).containsExactly("aleppo-talks", "later");
    }

    @Test
    void shouldSendAKillToEveryFeedTheStoryReached() {
        send(Stories.aleppo());
        WireStory kill = WireStory.newBuilder(Stories.aleppo(2, List.of()))
                .setPubStatus(PubStatus.CANCELED).setHeadline("KILL - Fighting rages in Aleppo").build();
        send(kill);

        List<TaggedStory> syria = feed("syria").readValuesToList();
        assertThat(syria).extracting(t -> t.getStory().getPubStatus()).containsExactly(PubStatus.USABLE, PubStatus.CANCELED);
        assertThat(syria.get(1).getFeeds()).isEqualTo(syria.get(0).getFeeds());
        assertThat(feed("middle-east").readValuesToList()).hasSize(2);
        assertThat(feed("latin-america").isEmpty()).isTrue();
        assertThat(alerts.readValuesToList()).hasSize(1);
        assertThat(rejected.isEmpty()).isTrue();
    }

    @Test
    void shouldIgnoreAStaleVersionArrivingLate() {
        send(Stories.aleppo(2, Stories.aleppo().getParagraphs()));
        send(Stories.aleppo(1, List.of("An older draft about Aleppo.")));

        assertThat(tagged.readValuesToList()).extracting(t -> t.getStory().getVersion()).containsExactly(2);
    }

    @Test
    void shouldPassACorrectionOfTheSameVersionButDropAnOlderCopyArrivingLate() {
        WireStory first = WireStory.newBuilder(Stories.aleppo()).setVersionTime("2016-08-05T10:00:00+02:00").build();
        WireStory corrected = WireStory.newBuilder(first).setVersionTime("2016-08-05T10:30:00+02:00")
                .setParagraphs(List.of("Corrected: fighting raged in Aleppo on Friday.")).build();
        send(first);
        send(corrected);
        send(first); // the text the correction replaced, delivered late by a lagging mirror

        assertThat(tagged.readValuesToList()).extracting(t -> t.getStory().getVersionTime())
                .containsExactly("2016-08-05T10:00:00+02:00", "2016-08-05T10:30:00+02:00");
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordAndProcessTheNextOne() {
        byte[] poison = "this is not an Avro record".getBytes(StandardCharsets.UTF_8);
        rawBytes.pipeInput("poison", poison);
        send(Stories.aleppo());

        TestRecord<byte[], byte[]> dead = rejected.readRecord();
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
        assertThat(header(dead, "__streams.errors.message")).contains("cannot decode WireStory");
        assertThat(header(dead, "__streams.errors.topic")).isEqualTo(names.raw());
        assertThat(rejected.isEmpty()).isTrue();
        assertThat(tagged.readValuesToList()).extracting(t -> t.getStory().getId()).containsExactly("aleppo-talks");
    }

    @Test
    void shouldDeadLetterAStoryWithoutTextAndProcessTheNextOne() {
        WireStory empty = Stories.story("empty-1", " ", "");
        send(empty);
        send(Stories.aleppo());

        TestRecord<byte[], byte[]> dead = rejected.readRecord();
        assertThat(serdes.wireStory().decode(dead.value())).isEqualTo(empty);
        assertThat(header(dead, "__streams.errors.message"))
                .isEqualTo("story empty-1 cannot be tagged: it has neither headline nor body text");
        assertThat(rejected.isEmpty()).isTrue();
        assertThat(tagged.readValuesToList()).extracting(t -> t.getStory().getId()).containsExactly("aleppo-talks");
    }

    @Test
    void shouldMarkALightlyEditedCopyUnderAnotherIdWithTheOriginalsId() {
        WireStory original = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        WireStory otherDesk = Stories.aleppoFromDesk("agency-2-aleppo", "BEIRUT, Aug 5 (Other Agency) -");
        List<String> paragraphs = new ArrayList<>(otherDesk.getParagraphs());
        paragraphs.set(1, paragraphs.get(1).replaceFirst("\"", "\u201c").replace("\"", "\u201d"));
        paragraphs.set(2, paragraphs.get(2).replace("pushed the attackers back", "pushed the rebels back"));
        WireStory copy = WireStory.newBuilder(otherDesk).setParagraphs(paragraphs).build();
        raw.pipeInput(original.getId(), original, Stories.RECEIVED);
        raw.pipeInput(copy.getId(), copy, Stories.RECEIVED.plus(Duration.ofHours(1)));

        List<TaggedStory> out = tagged.readValuesToList();
        assertThat(out).extracting(t -> t.getStory().getId()).containsExactly("aleppo-desk-1", "agency-2-aleppo");
        assertThat(out.get(0).getNearDuplicateOf()).isNull();
        assertThat(out.get(1).getNearDuplicateOf()).isEqualTo("aleppo-desk-1");
        assertThat(out.get(1).getNearDuplicateSimilarity()).isBetween(NearDuplicateRule.DEFAULT_MIN_SIMILARITY, 1.0);
        assertThat(feed("syria").readValuesToList()).extracting(TaggedStory::getNearDuplicateOf)
                .containsExactly(null, "aleppo-desk-1");
    }

    @Test
    void shouldWriteOneSignatureRecordPerStoryAndIndexItUnderItsIdAndItsSixteenBandKeys() {
        WireStory original = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        raw.pipeInput(original.getId(), original, Stories.RECEIVED);

        List<TestRecord<String, StoryMinHash>> signed = minHashes.readRecordsToList();
        assertThat(signed).extracting(TestRecord::key).containsExactly("aleppo-desk-1");
        assertThat(signed.get(0).value().getSignature().remaining()).isEqualTo(MinHash.SIZE * Integer.BYTES);
        assertThat(signed.get(0).value().getSeenAt()).isEqualTo(Stories.RECEIVED);
        assertThat(driver.producedTopicNames().stream()
                        .filter(topic -> topic.startsWith("newswire.") && !topic.startsWith(names.feedPrefix())))
                .as("no topic but the signature's carries near-duplicate state")
                .containsExactlyInAnyOrder(names.tagged(), names.statements(), names.alerts(), names.minHashes());
        assertThat(driver.producedTopicNames()).as("the index has no changelog")
                .noneMatch(topic -> topic.contains(NearDuplicateIndex.STORE));

        Sighting indexed = index().signatureOf("aleppo-desk-1").orElseThrow();
        assertThat(indexed.seenAt()).isEqualTo(Stories.RECEIVED.toEpochMilli());
        List<String> bandKeys = MinHash.bandKeys(indexed.signature());
        assertThat(bandKeys).hasSize(MinHash.BANDS);
        for (String bandKey : bandKeys) {
            assertThat(index().band(bandKey)).as("band %s", bandKey)
                    .containsExactly(new BandEntry("aleppo-desk-1", Stories.RECEIVED.toEpochMilli()));
        }
        assertThat(index().storyIds()).containsExactly("aleppo-desk-1");
    }

    @Test
    void shouldMarkACopySentAMillisecondAfterItsOriginal() {
        WireStory original = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        WireStory copy = Stories.aleppoFromDesk("agency-2-aleppo", "BEIRUT, Aug 5 (Other Agency) -");
        raw.pipeInput(original.getId(), original, Stories.RECEIVED);
        raw.pipeInput(copy.getId(), copy, Stories.RECEIVED.plusMillis(1));

        assertThat(tagged.readValuesToList()).extracting(TaggedStory::getNearDuplicateOf)
                .containsExactly(null, "aleppo-desk-1");
    }

    @Test
    void shouldCompareACandidateWithTheNewestVersionItsFamilyIndexed() {
        WireStory original = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        WireStory rewritten = WireStory.newBuilder(Stories.centralBank("aleppo-desk-1")).setVersion(2).build();
        WireStory copy = Stories.aleppoFromDesk("agency-2-aleppo", "BEIRUT, Aug 5 (Other Agency) -");
        raw.pipeInput(original.getId(), original, Stories.RECEIVED);
        raw.pipeInput(rewritten.getId(), rewritten, Stories.RECEIVED.plusSeconds(60));
        raw.pipeInput(copy.getId(), copy, Stories.RECEIVED.plusSeconds(120));

        // the original's bands still name aleppo-desk-1, but its signature is now the rewrite's
        assertThat(tagged.readValuesToList()).extracting(TaggedStory::getNearDuplicateOf)
                .containsExactly(null, null, null);
    }

    @Test
    void shouldForgetAStorysSignatureOnATombstoneAndSkipTheBandsStillNamingIt() {
        WireStory original = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        raw.pipeInput(original.getId(), original, Stories.RECEIVED);
        TestInputTopic<String, StoryMinHash> signatures = driver.createInputTopic(
                names.minHashes(), new StringSerializer(), serdes.storyMinHash().serializer());
        signatures.pipeInput("aleppo-desk-1", null, Stories.RECEIVED.plusSeconds(1));
        WireStory copy = Stories.aleppoFromDesk("agency-2-aleppo", "BEIRUT, Aug 5 (Other Agency) -");
        raw.pipeInput(copy.getId(), copy, Stories.RECEIVED.plusSeconds(60));

        assertThat(index().signatureOf("aleppo-desk-1")).isEmpty();
        assertThat(tagged.readValuesToList()).extracting(TaggedStory::getNearDuplicateOf).containsExactly(null, null);
    }

    @Test
    void shouldNotMarkAnUnrelatedStory() {
        raw.pipeInput("aleppo-desk-1", Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -"),
                Stories.RECEIVED);
        raw.pipeInput("bank-rates", Stories.centralBank("bank-rates"), Stories.RECEIVED.plus(Duration.ofHours(1)));

        assertThat(tagged.readValuesToList()).extracting(TaggedStory::getNearDuplicateOf).containsExactly(null, null);
    }

    @Test
    void shouldNotMarkANewVersionOfTheSameStoryAsANearDuplicateOfItself() {
        WireStory first = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        WireStory second = WireStory.newBuilder(Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -"))
                .setVersion(2).setHeadline("UPDATE 1-Fighting rages in Aleppo as diplomats meet again").build();
        raw.pipeInput(first.getId(), first, Stories.RECEIVED);
        raw.pipeInput(second.getId(), second, Stories.RECEIVED.plus(Duration.ofHours(1)));

        List<TaggedStory> out = tagged.readValuesToList();
        assertThat(out).extracting(t -> t.getStory().getVersion()).containsExactly(1, 2);
        assertThat(out).extracting(TaggedStory::getNearDuplicateOf).containsExactly(null, null);
        Sighting newest = index().signatureOf("aleppo-desk-1").orElseThrow();
        assertThat(newest.seenAt()).isEqualTo(Stories.RECEIVED.plus(Duration.ofHours(1)).toEpochMilli());
        for (String bandKey : MinHash.bandKeys(newest.signature())) {
            assertThat(index().band(bandKey)).as("band %s", bandKey).containsExactly(newest.entry());
        }
    }

    @Test
    void shouldNotMarkACopyArrivingAfterTheNearDuplicateWindow() {
        WireStory original = Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -");
        WireStory copy = Stories.aleppoFromDesk("agency-2-aleppo", "BEIRUT, Aug 5 (Newswire) -");
        raw.pipeInput(original.getId(), original, Stories.RECEIVED);
        raw.pipeInput(copy.getId(), copy, Stories.RECEIVED.plus(NearDuplicateRule.DEFAULT_WINDOW).plusSeconds(1));

        assertThat(tagged.readValuesToList()).extracting(TaggedStory::getNearDuplicateOf).containsExactly(null, null);
    }

    @Test
    void shouldNeitherSignNorMarkAKill() {
        raw.pipeInput("aleppo-desk-1", Stories.aleppoFromDesk("aleppo-desk-1", "BEIRUT, Aug 5 (Newswire) -"),
                Stories.RECEIVED);
        minHashes.readRecordsToList();
        WireStory kill = WireStory.newBuilder(Stories.aleppoFromDesk("agency-2-aleppo", "BEIRUT, Aug 5 (Newswire) -"))
                .setPubStatus(PubStatus.CANCELED).build();
        raw.pipeInput(kill.getId(), kill, Stories.RECEIVED.plusSeconds(60));

        assertThat(tagged.readValuesToList()).extracting(TaggedStory::getNearDuplicateOf).containsExactly(null, null);
        assertThat(minHashes.isEmpty()).isTrue();
        assertThat(index().storyIds()).containsExactly("aleppo-desk-1");
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
