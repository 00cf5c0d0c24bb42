package io.newswire.streams.topology;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.SignatureEntry;
import io.newswire.schemas.StoryMinHash;
import io.newswire.streams.neardup.BandEntry;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.Sighting;
import io.newswire.streams.neardup.Signature;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read access to the near-duplicate index, the global store {@value #STORE}. Two kinds of keys
 * share it:
 *
 * <ul>
 *   <li>{@code story/<family id>} → the newest signature of that story family and the record time
 *       of the version signed;
 *   <li>{@code band/<band key>} ({@link MinHash#bandKeys}) → the recent stories with that band,
 *       by family id and time only, oldest first, at most {@link
 *       io.newswire.streams.neardup.NearDuplicateRule#BAND_CAPACITY}.
 * </ul>
 *
 * <p>Only {@link NearDuplicateIndexer} writes it, on the global thread, from the one record per
 * signed story on {@code newswire.story-minhash}; the marker on the stream threads and interactive
 * queries ({@link #query}) read it.
 */
public final class NearDuplicateIndex {
    public static final String STORE = "near-duplicate-index";
    private static final String STORY_PREFIX = "story/";
    private static final String BAND_PREFIX = "band/";

    private final ReadOnlyKeyValueStore<String, IndexValue> store;

    NearDuplicateIndex(ReadOnlyKeyValueStore<String, IndexValue> store) {
        this.store = store;
    }

    /** This instance's copy of the index, queryable once the app is RUNNING. */
    public static NearDuplicateIndex query(KafkaStreams streams) {
        return new NearDuplicateIndex(streams.store(
                StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.<String, IndexValue>keyValueStore())));
    }

    /** The stored signature of a story family, empty when it is not (yet, or no longer) indexed. */
    public Optional<Sighting> signatureOf(String storyId) {
        IndexValue value = store.get(storyKey(storyId));
        if (!(value instanceof IndexValue.StoredSignature stored)) {
            return Optional.empty();
        }
        return sightingOf(storyId, stored.minHash());
    }

    /** The stories listed under a band key ({@link MinHash#bandKeys}), oldest first. */
    public List<BandEntry> band(String bandKey) {
        IndexValue value = store.get(bandKeyOf(bandKey));
        if (!(value instanceof IndexValue.StoredBand stored)) {
            return List.of();
        }
        return stored.band().getEntries().stream()
                .map(entry -> new BandEntry(entry.getStoryId(), entry.getSeenAt().toEpochMilli()))
                .toList();
    }

    /** The family ids of the stories whose signature the index holds, in key order. */
    public List<String> storyIds() {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, IndexValue> stories = store.prefixScan(STORY_PREFIX, new StringSerializer())) {
            stories.forEachRemaining(story -> ids.add(story.key.substring(STORY_PREFIX.length())));
        }
        return ids;
    }

    static String storyKey(String storyId) {
        return STORY_PREFIX + storyId;
    }

    static String bandKeyOf(String bandKey) {
        return BAND_PREFIX + bandKey;
    }

    /** The record a signed story writes to {@code newswire.story-minhash}: signature and time; the key is its id. */
    static KeyValue<String, StoryMinHash> minHashRecord(Sighting sighting) {
        ByteBuffer bytes = ByteBuffer.allocate(MinHash.SIZE * Integer.BYTES);
        bytes.asIntBuffer().put(sighting.signature().values());
        return KeyValue.pair(sighting.storyId(), new StoryMinHash(bytes, Instant.ofEpochMilli(sighting.seenAt())));
    }

    /** The story's signature read back, empty when it has another size and cannot be compared. */
    static Optional<Sighting> sightingOf(String storyId, StoryMinHash minHash) {
        if (minHash.getSignature().remaining() != MinHash.SIZE * Integer.BYTES) {
            return Optional.empty();
        }
        int[] values = new int[MinHash.SIZE];
        minHash.getSignature().duplicate().asIntBuffer().get(values);
        return Optional.of(new Sighting(storyId, new Signature(values), minHash.getSeenAt().toEpochMilli()));
    }

    static IndexValue.StoredBand storedBand(List<BandEntry> entries) {
        return new IndexValue.StoredBand(new SignatureBand(entries.stream()
                .map(entry -> new SignatureEntry(entry.storyId(), Instant.ofEpochMilli(entry.seenAt())))
                .toList()));
    }
}
