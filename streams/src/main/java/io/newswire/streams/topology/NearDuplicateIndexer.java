package io.newswire.streams.topology;

import io.newswire.schemas.StoryMinHash;
import io.newswire.streams.neardup.BandEntry;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.streams.neardup.Sighting;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the near-duplicate index ({@link NearDuplicateIndex}) from {@code newswire.story-minhash}
 * (key: story family id, value: StoryMinHash, one record per signed story version): stores the
 * signature under the story's id, then adds the story to the list of each of its sixteen band keys
 * ({@link NearDuplicateRule#remember}: an earlier entry of the same family is replaced, entries
 * more than the near-duplicate window older than it are dropped, at most {@link
 * NearDuplicateRule#BAND_CAPACITY} newest kept). It runs on the global thread of every instance,
 * so each instance indexes the stories of all partitions; the stream tasks only read the index.
 *
 * <p>The store is not logged: it is rebuilt from {@code newswire.story-minhash}. Since KAFKA-7663
 * (apache/kafka#15414, Kafka 3.8) a store added with {@code StreamsBuilder.addGlobalStore} is
 * restored by running the topic's records through this processor, not by copying them into the
 * store as a {@code GlobalKTable} is (Kafka 4.4 {@code GlobalStateManagerImpl#reprocessState}: from
 * the checkpointed offset, from the start of the topic when the state directory is empty; records
 * without a key are skipped). So the band lists, which are on no topic, come back on restart;
 * {@code PipelineIT} checks it on an empty state directory.
 *
 * <p>Signatures leave the index when the topic's retention drops them ({@code
 * TopicSetup.SIGNATURE_RETENTION}, compact and delete) and the store is next rebuilt, or at once
 * on a tombstone (null value) for the story's id; band entries naming a story whose signature is
 * gone are skipped by the marker. A rebuild after compaction sees only each family's newest
 * version, so the bands only an older version had are not rebuilt; a candidate is compared with
 * the family's newest signature either way.
 */
final class NearDuplicateIndexer implements Processor<String, StoryMinHash, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateIndexer.class);

    private final NearDuplicateRule rule;
    private KeyValueStore<String, IndexValue> store;
    private NearDuplicateIndex index;

    NearDuplicateIndexer(NearDuplicateRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(NearDuplicateIndex.STORE);
        this.index = new NearDuplicateIndex(store);
    }

    @Override
    public void process(Record<String, StoryMinHash> record) {
        String storyId = record.key();
        if (storyId == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(NearDuplicateIndex.storyKey(storyId));
            return;
        }
        Optional<Sighting> sighting = NearDuplicateIndex.sightingOf(storyId, record.value());
        if (sighting.isEmpty()) {
            // a signature of another size cannot be compared: skip it rather than stop the global thread
            LOG.warn("story {}: signature of {} bytes not indexed", storyId, record.value().getSignature().remaining());
            return;
        }
        // the signature first: a band that names the story should find it
        store.put(NearDuplicateIndex.storyKey(storyId), new IndexValue.StoredSignature(record.value()));
        BandEntry entry = sighting.get().entry();
        for (String bandKey : MinHash.bandKeys(sighting.get().signature())) {
            store.put(NearDuplicateIndex.bandKeyOf(bandKey),
                    NearDuplicateIndex.storedBand(rule.remember(index.band(bandKey), entry)));
        }
    }
}
