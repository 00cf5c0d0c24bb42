package io.newswire.streams.topology;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.TaggedStory;
import io.newswire.schemas.WireStory;
import io.newswire.streams.neardup.BandEntry;
import io.newswire.streams.neardup.Match;
import io.newswire.streams.neardup.MinHash;
import io.newswire.streams.neardup.NearDuplicateRule;
import io.newswire.streams.neardup.Sighting;
import io.newswire.streams.neardup.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks a story that nearly duplicates an earlier one of another family (the same copy re-sent by
 * another desk or agency with small edits): signs headline and body ({@link MinHash}), looks up
 * the signature's sixteen band keys in the near-duplicate index ({@link NearDuplicateIndex}, a
 * global store), which lists the recent stories under each key by id and time only; fetches from
 * the same index the whole signature of each story listed there (each id once, only those that
 * could be the original by time, at most {@link NearDuplicateRule#MAX_CANDIDATES}, see {@link
 * NearDuplicateRule#candidateIds}), and sets {@code nearDuplicateOf} and {@code
 * nearDuplicateSimilarity} to the most similar match under the {@link NearDuplicateRule}. It then
 * hands on this story's signature, which the topology writes once to {@code newswire.story-minhash}
 * (key: family id, value: StoryMinHash); on every instance the global thread reads it back and
 * {@link NearDuplicateIndexer} files it under its id and its band keys, so stories on other
 * partitions and instances find this one.
 *
 * <p>A candidate is compared with the signature its family last stored, and its time is that
 * version's. Kills and texts too short to sign pass unmarked and write nothing. The index is
 * updated by the global thread once the record is committed, so a copy arriving within that moment
 * of its original can miss a match, as with any global store.
 */
final class NearDuplicateMarker implements FixedKeyProcessor<String, TaggedStory, SignedStory> {
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateMarker.class);

    private final NearDuplicateRule rule;
    private FixedKeyProcessorContext<String, SignedStory> context;
    private NearDuplicateIndex index;

    NearDuplicateMarker(NearDuplicateRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, SignedStory> context) {
        this.context = context;
        this.index = new NearDuplicateIndex(context.getStateStore(NearDuplicateIndex.STORE));
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
        List<BandEntry> listed = new ArrayList<>();
        for (String bandKey : MinHash.bandKeys(own.signature())) {
            listed.addAll(index.band(bandKey));
        }
        List<Sighting> candidates = new ArrayList<>();
        for (String candidateId : rule.candidateIds(own.entry(), listed)) {
            index.signatureOf(candidateId).ifPresent(candidates::add);
        }
        Optional<Match> match = rule.mostSimilar(own, candidates);
        TaggedStory marked = match.map(m -> mark(story, m)).orElse(story);
        match.ifPresent(m -> LOG.info("story {} is a near-duplicate of {} (similarity {})",
                id, m.storyId(), m.similarity()));
        context.forward(record.withValue(new SignedStory(marked, List.of(NearDuplicateIndex.minHashRecord(own)))));
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
}
