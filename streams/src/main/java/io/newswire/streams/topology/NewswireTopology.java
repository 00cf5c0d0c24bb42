package io.newswire.streams.topology;

import io.newswire.schemas.Statement;
import io.newswire.schemas.TaggedStory;
import io.newswire.streams.NewswireTopics;
import io.newswire.streams.feeds.FeedRules;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.tagger.Tagger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
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
 *   → mark-near-duplicates [global near-duplicate-index]  MinHash + LSH bands; nearDuplicateOf = most similar earlier copy
 *       → select-story-minhash → newswire.story-minhash (story id → StoryMinHash)
 *   → unwrap-signed-story
 *   → route-kills [story-feeds]        a kill (pubStatus CANCELED) goes to every feed the story reached
 *   → newswire.stories.tagged           (story id → TaggedStory)
 *   → route-feeds → newswire.feed.&lt;name&gt; (story id → TaggedStory, one record per matching feed)
 *   → split-statements → newswire.statements (speaker id → Statement)
 * newswire.statements
 *   → detect-new-statements [statements-seen, speaker-recent-quotes] → newswire.alerts (speaker id → Alert)
 * newswire.story-minhash (global, every instance reads every partition)
 *   → index-story-minhash [near-duplicate-index]  signature by story id, story added to its 16 band lists
 * </pre>
 *
 * <p>The alert detector reads the statements topic back rather than the in-memory stream, so its
 * store is partitioned by speaker: the same words from the same official in two different
 * stories meet in one store and alert once.
 *
 * <p>Near-duplicates come from other desks and agencies under other family ids, so they land on
 * other partitions: each signed story writes one record, its signature, to the compacted {@code
 * newswire.story-minhash} topic, and the global processor {@code index-story-minhash} on every
 * instance files it in the global store {@code near-duplicate-index}, both under the story's id
 * and in the lists of its sixteen band keys, which it recomputes from the signature (see {@link
 * NearDuplicateIndexer}, also for how the index is rebuilt on restart). Writing band lists to a
 * topic of their own, as before, cost 16 more records per story in the exactly-once transaction.
 */
public final class NewswireTopology {
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

        signed.flatMap((storyId, story) -> story.minHash(), Named.as("select-story-minhash"))
                .to(topics.minHashes().name(), topics.minHashes().produced("write-story-minhash"));

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

        // added last so the existing sub-topologies keep their numbers (and tasks their state directories);
        // the processor is named by the Consumed: index-story-minhash, its source index-story-minhash-source
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NearDuplicateIndex.STORE),
                        Serdes.String(), new IndexValueSerde(topics.minHashes().valueSerde(), topics.bandSerde())),
                topics.minHashes().name(),
                topics.minHashes().consumed("index-story-minhash"),
                () -> new NearDuplicateIndexer(settings.nearDuplicates()));

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
