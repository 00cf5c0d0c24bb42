package io.newswire.streams.topology;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.Statement;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import io.newswire.streams.NewswireTopics;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.tagger.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The Newswire topology. Every processor, store and topic is named so that names stay stable as
 * the topology grows; {@code NewswireTopologyTest} pins {@code describe()}.
 *
 * <pre>
 * newswire.stories.raw (story id → WireStory)
 *   → gate-versions [story-versions]   drop exact re-sends and stale versions
 *   → tag-story                        regions, actors, statements, feeds (dead-letters untaggable stories)
 *   → mark-near-duplicates [global story-signatures, story-minhash]  MinHash + LSH bands; nearDuplicateOf = most similar earlier copy
 *       → select-story-minhash → newswire.story-minhash (story id → StoryMinHash)
 *       → split-signature-bands → newswire.story-signatures (band key → SignatureBand)
 *   → unwrap-signed-story
 *   → route-kills [story-feeds]        a kill (pubStatus CANCELED) goes to every feed the story reached
 *   → newswire.stories.tagged           (story id → TaggedStory)
 *   → route-feeds → newswire.feed.&lt;name&gt; (story id → TaggedStory, one record per matching feed)
 *   → split-statements → newswire.statements (speaker id → Statement)
 * newswire.statements
 *   → detect-new-statements [statements-seen, speaker-recent-quotes] → newswire.alerts (speaker id → Alert)
 * </pre>
 *
 * <p>The alert detector reads the statements topic back rather than the in-memory stream, so its
 * store is partitioned by speaker: the same words from the same official in two different
 * stories meet in one store and alert once.
 *
 * <p>Near-duplicates come from other desks and agencies under other family ids, so they land on
 * other partitions: the signature bands go through the compacted {@code newswire.story-signatures}
 * topic and come back as the global table {@code story-signatures}, which every instance holds whole.
 * The bands name stories by id only; each story's whole signature goes once through the compacted
 * {@code newswire.story-minhash} topic into the global table {@code story-minhash}, where the
 * marker looks up the candidates the bands name.
 */
public final class NewswireTopology {
    /** The global store of story signature bands (band key → SignatureBand), for interactive queries. */
    public static final String SIGNATURE_STORE = NearDuplicateMarker.STORE;
    /** The global store of story signatures (story family id → StoryMinHash), for interactive queries. */
    public static final String MINHASH_STORE = NearDuplicateMarker.MINHASH_STORE;

    private NewswireTopology() {}

    /** Settings of the topology itself (not of the Kafka clients). */
    public record Settings(Duration alertWindow, NearDuplicateRule nearDuplicates, Clock clock) {
        public static Settings defaults() {
            return new Settings(Duration.ofDays(7), NearDuplicateRule.defaults(), Clock.systemUTC());
        }
    }

    public static Topology build(NewswireTopics topics, Tagger tagger, FeedRules feeds, Settings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(StoryGateProcessor.STORE));
        builder.addStateStore(store(AlertProcessor.STORE));
        builder.addStateStore(store(AlertProcessor.RECENT_STORE));
        builder.addStateStore(store(KillRouting.STORE));

        KStream<String, SignedStory> signed = builder
                .stream(topics.raw().name(), topics.raw().consumed("read-raw-stories"))
                .processValues(StoryGateProcessor::new, Named.as("gate-versions"), StoryGateProcessor.STORE)
                .mapValues(new TagStory(tagger, feeds, settings.clock()), Named.as("tag-story"))
                .processValues(() -> new NearDuplicateMarker(settings.nearDuplicates()),
                        Named.as("mark-near-duplicates"));

        // the signature first: a band entry naming the story should not reach the stores before it
        signed.flatMap((storyId, story) -> story.minHash(), Named.as("select-story-minhash"))
                .to(topics.minHashes().name(), topics.minHashes().produced("write-story-minhash"));

        signed.flatMap((storyId, story) -> story.bands(), Named.as("split-signature-bands"))
                .to(topics.signatures().name(), topics.signatures().produced("write-story-signatures"));

        KStream<String, TaggedStory> tagged = signed
                .mapValues(SignedStory::story, Named.as("unwrap-signed-story"))
                .processValues(KillRouting::new, Named.as("route-kills"), KillRouting.STORE);

        tagged.to(topics.tagged().name(), topics.tagged().produced("write-tagged-stories"));

        tagged.processValues(FeedRouter::new, Named.as("route-feeds"))
                .to(new FeedTopicExtractor(topics.names()), topics.tagged().produced("write-feeds"));

        tagged.flatMap(NewswireTopology::statementsBySpeaker, Named.as("split-statements"))
                .to(topics.statements().name(), topics.statements().produced("write-statements"));

        builder.stream(topics.statements().name(), topics.statements().consumed("read-statements"))
                .process(() -> new AlertProcessor(settings.alertWindow(), settings.clock()),
                        Named.as("detect-new-statements"), AlertProcessor.STORE, AlertProcessor.RECENT_STORE)
                .to(topics.alerts().name(), topics.alerts().produced("write-alerts"));

        // added last so the existing sub-topologies keep their numbers (and tasks their state directories)
        builder.globalTable(topics.signatures().name(), topics.signatures().consumed("read-story-signatures"),
                Materialized.<String, SignatureBand, KeyValueStore<Bytes, byte[]>>as(NearDuplicateMarker.STORE)
                        .withKeySerde(topics.signatures().keySerde())
                        .withValueSerde(topics.signatures().valueSerde()));
        builder.globalTable(topics.minHashes().name(), topics.minHashes().consumed("read-story-minhash"),
                Materialized.<String, StoryMinHash, KeyValueStore<Bytes, byte[]>>as(NearDuplicateMarker.MINHASH_STORE)
                        .withKeySerde(topics.minHashes().keySerde())
                        .withValueSerde(topics.minHashes().valueSerde()));

        return builder.build();
    }

    private static List<KeyValue<String, Statement>> statementsBySpeaker(String storyId, TaggedStory story) {
        return story.getStatements().stream()
                .map(statement -> KeyValue.pair(statement.getSpeakerId(), statement))
                .toList();
    }

    private static StoreBuilder<KeyValueStore<String, String>> store(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
    }
}
