package io.newswire.streams.topology;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.SignatureEntry;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.streams.neardup.BandEntry;
import io.newswire.streams.neardup.Match;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.streams.neardup.Sighting;
import io.newswire.streams.neardup.Signature;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks a story that nearly duplicates an earlier one of another family (the same copy re-sent by
 * another desk or agency with small edits): signs headline and body ({@link MinHash}), looks up
 * the signature's sixteen band keys in the global store {@value #STORE}, which lists the recent
 * stories under each key by id and time only; fetches the whole signature of each story listed
 * there (each id once, only those that could be the original by time, see {@link
 * NearDuplicateRule#candidateIds}) from the global store {@value #MINHASH_STORE}, and sets
 * {@code nearDuplicateOf} and {@code nearDuplicateSimilarity} to the most similar match under the
 * {@link NearDuplicateRule}. It then hands on this story's signature, which the topology writes
 * once to {@code newswire.story-minhash} (key: family id, value: StoryMinHash), and the band lists
 * with this story added, written to {@code newswire.story-signatures} (key: band key, value:
 * SignatureBand); every instance reads both back into the global stores, so stories on other
 * partitions and instances find this one.
 *
 * <p>A candidate is compared with the signature its family last stored, and its time is that
 * version's. Kills and texts too short to sign pass unmarked and write nothing. The stores are
 * updated by the global thread once the records are committed, so a copy arriving within that
 * moment of its original (or before the original's signature record is read back, though its band
 * entries are), or two instances updating one band at the same instant, can miss a match.
 */
final class NearDuplicateMarker implements FixedKeyProcessor<String, TaggedStory, SignedStory> {
    static final String STORE = "story-signatures";
    static final String MINHASH_STORE = "story-minhash";
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateMarker.class);

    private final NearDuplicateRule rule;
    private FixedKeyProcessorContext<String, SignedStory> context;
    private TimestampedKeyValueStore<String, SignatureBand> bands;
    private TimestampedKeyValueStore<String, StoryMinHash> minHashes;

    NearDuplicateMarker(NearDuplicateRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, SignedStory> context) {
        this.context = context;
        this.bands = context.getStateStore(STORE);
        this.minHashes = context.getStateStore(MINHASH_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedStory> record) {
        TaggedStory story = record.value();
        Optional<Signature> signature = story.getStory().getPubStatus() == PubStatus.CANCELED
                ? Optional.empty()
                : MinHash.sign(textOf(story.getStory()));
        if (signature.isEmpty()) {
            context.forward(record.withValue(SignedStory.unsigned(story)));
            return;
        }
        // the family id: versions of one story must never match each other
        String id = record.key() != null ? record.key() : story.getStory().getId();
        Sighting own = new Sighting(id, signature.get(), record.timestamp());
        BandEntry ownEntry = own.entry();
        Map<String, List<BandEntry>> seen = lookUp(MinHash.bandKeys(own.signature()));
        List<BandEntry> listed = seen.values().stream().flatMap(List::stream).toList();
        List<Sighting> candidates = new ArrayList<>();
        for (String candidateId : rule.candidateIds(ownEntry, listed)) {
            signatureOf(candidateId).ifPresent(candidates::add);
        }
        Optional<Match> match = rule.mostSimilar(own, candidates);
        TaggedStory marked = match.map(m -> mark(story, m)).orElse(story);
        match.ifPresent(m -> LOG.info("story {} is a near-duplicate of {} (similarity {})",
                id, m.storyId(), m.similarity()));
        List<KeyValue<String, SignatureBand>> updates = new ArrayList<>();
        seen.forEach((bandKey, entries) -> updates.add(KeyValue.pair(bandKey, toBand(rule.remember(entries, ownEntry)))));
        StoryMinHash minHash = new StoryMinHash(bytesOf(own.signature()), Instant.ofEpochMilli(own.seenAt()));
        context.forward(record.withValue(new SignedStory(marked, List.of(KeyValue.pair(id, minHash)), updates)));
    }

    private Map<String, List<BandEntry>> lookUp(List<String> bandKeys) {
        Map<String, List<BandEntry>> seen = new LinkedHashMap<>();
        for (String bandKey : bandKeys) {
            ValueAndTimestamp<SignatureBand> band = bands.get(bandKey);
            seen.put(bandKey, band == null || band.value() == null ? List.of() : entries(band.value()));
        }
        return seen;
    }

    /** The stored signature of a story, empty when it is not (yet, or no longer) in the store. */
    private Optional<Sighting> signatureOf(String storyId) {
        ValueAndTimestamp<StoryMinHash> stored = minHashes.get(storyId);
        if (stored == null || stored.value() == null
                // a signature of another size cannot be compared: skip it rather than fail the task
                || stored.value().getSignature().remaining() != MinHash.SIZE * Integer.BYTES) {
            return Optional.empty();
        }
        int[] values = new int[MinHash.SIZE];
        stored.value().getSignature().duplicate().asIntBuffer().get(values);
        return Optional.of(new Sighting(storyId, new Signature(values), stored.value().getSeenAt().toEpochMilli()));
    }

    /** The signature as StoryMinHash holds it: each value in 4 bytes, big-endian. */
    static ByteBuffer bytesOf(Signature signature) {
        ByteBuffer bytes = ByteBuffer.allocate(MinHash.SIZE * Integer.BYTES);
        bytes.asIntBuffer().put(signature.values());
        return bytes;
    }

    private static TaggedStory mark(TaggedStory story, Match match) {
        return TaggedStory.newBuilder(story)
                .setNearDuplicateOf(match.storyId())
                .setNearDuplicateSimilarity(match.similarity())
                .build();
    }

    /** Headline and body; the dateline field and bylines stay out, so another desk's furniture does not count. */
    static String textOf(WireStory story) {
        return story.getHeadline() + StoryText.PARAGRAPH_SEPARATOR + StoryText.bodyOf(story);
    }

    private static List<BandEntry> entries(SignatureBand band) {
        return band.getEntries().stream()
                .map(entry -> new BandEntry(entry.getStoryId(), entry.getSeenAt().toEpochMilli()))
                .toList();
    }

    private static SignatureBand toBand(List<BandEntry> entries) {
        return new SignatureBand(entries.stream()
                .map(e -> new SignatureEntry(e.storyId(), Instant.ofEpochMilli(e.seenAt())))
                .toList());
    }
}
