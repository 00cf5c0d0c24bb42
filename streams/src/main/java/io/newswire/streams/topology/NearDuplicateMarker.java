package io.newswire.streams.topology;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.SignatureEntry;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.streams.neardup.Match;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.streams.neardup.Sighting;
import io.newswire.streams.neardup.Signature;
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
 * the signature's sixteen band keys in the global store {@value #STORE}, compares the whole
 * signature of every story found there and sets {@code nearDuplicateOf} and
 * {@code nearDuplicateSimilarity} to the most similar match under the {@link NearDuplicateRule}.
 * It then hands on the band lists with this story added, which the topology writes to
 * {@code newswire.story-signatures} (key: band key, value: SignatureBand) and every instance reads
 * back into {@value #STORE}, so stories on other partitions and instances find this one.
 *
 * <p>Kills and texts too short to sign pass unmarked and write nothing. The store is updated by the
 * global thread once the band records are committed, so a copy arriving within that moment of its
 * original, or two instances updating one band at the same instant, can miss a match.
 */
final class NearDuplicateMarker implements FixedKeyProcessor<String, TaggedStory, SignedStory> {
    static final String STORE = "story-signatures";
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateMarker.class);

    private final NearDuplicateRule rule;
    private FixedKeyProcessorContext<String, SignedStory> context;
    private TimestampedKeyValueStore<String, SignatureBand> bands;

    NearDuplicateMarker(NearDuplicateRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, SignedStory> context) {
        this.context = context;
        this.bands = context.getStateStore(STORE);
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
        Map<String, List<Sighting>> seen = lookUp(MinHash.bandKeys(own.signature()));
        List<Sighting> candidates = seen.values().stream().flatMap(List::stream).toList();
        Optional<Match> match = rule.mostSimilar(own, candidates);
        TaggedStory marked = match.map(m -> mark(story, m)).orElse(story);
        match.ifPresent(m -> LOG.info("story {} is a near-duplicate of {} (similarity {})",
                id, m.storyId(), m.similarity()));
        List<KeyValue<String, SignatureBand>> updates = new ArrayList<>();
        seen.forEach((bandKey, sightings) -> updates.add(KeyValue.pair(bandKey, toBand(rule.remember(sightings, own)))));
        context.forward(record.withValue(new SignedStory(marked, updates)));
    }

    private Map<String, List<Sighting>> lookUp(List<String> bandKeys) {
        Map<String, List<Sighting>> seen = new LinkedHashMap<>();
        for (String bandKey : bandKeys) {
            ValueAndTimestamp<SignatureBand> band = bands.get(bandKey);
            seen.put(bandKey, band == null || band.value() == null ? List.of() : sightings(band.value()));
        }
        return seen;
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

    private static List<Sighting> sightings(SignatureBand band) {
        return band.getEntries().stream()
                // an entry of another signature size cannot be compared: skip it rather than fail the task
                .filter(entry -> entry.getSignature().size() == MinHash.SIZE)
                .map(entry -> new Sighting(
                        entry.getStoryId(), Signature.of(entry.getSignature()), entry.getSeenAt().toEpochMilli()))
                .toList();
    }

    private static SignatureBand toBand(List<Sighting> sightings) {
        return new SignatureBand(sightings.stream()
                .map(s -> new SignatureEntry(s.storyId(), s.signature().toList(), Instant.ofEpochMilli(s.seenAt())))
                .toList());
    }
}
