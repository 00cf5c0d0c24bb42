package io.newswire.streams.topology;

import io.newswire.schemas.StoryDigest;
import io.newswire.schemas.WireStory;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version and duplicate gate. Remembers, per story family id, the newest version seen and a
 * hash of its content; passes a story on only when it is newer, or the same version with changed
 * content (a correction sent without a version bump). Exact re-sends and stale versions stop here.
 *
 * <p>Store {@value #STORE}: story family id → {@code <version>:<content digest>} ({@link StoryDigest},
 * the same definition the producer's duplicate filter uses).
 */
final class StoryGateProcessor implements FixedKeyProcessor<String, WireStory, WireStory> {
    static final String STORE = "story-versions";
    private static final Logger LOG = LoggerFactory.getLogger(StoryGateProcessor.class);

    private FixedKeyProcessorContext<String, WireStory> context;
    private KeyValueStore<String, String> versions;

    @Override
    public void init(FixedKeyProcessorContext<String, WireStory> context) {
        this.context = context;
        this.versions = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, WireStory> record) {
        WireStory story = record.value();
        if (story == null) {
            return;
        }
        // the record key decides the partition, so it is what the gate's state is keyed by
        String id = record.key() != null ? record.key() : story.getId();
        String hash = StoryDigest.of(story);
        String seen = versions.get(id);
        if (seen != null) {
            int colon = seen.indexOf(':');
            int seenVersion = Integer.parseInt(seen.substring(0, colon));
            if (story.getVersion() < seenVersion) {
                LOG.info("story {} version {} is stale: version {} already seen", id, story.getVersion(), seenVersion);
                return;
            }
            if (story.getVersion() == seenVersion && seen.substring(colon + 1).equals(hash)) {
                LOG.info("story {} version {} is an exact re-send: dropped", id, story.getVersion());
                return;
            }
        }
        versions.put(id, story.getVersion() + ":" + hash);
        context.forward(record);
    }
}
