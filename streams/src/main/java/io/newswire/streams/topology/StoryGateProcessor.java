package io.newswire.streams.topology;

import io.newswire.schemas.StoryDigest;
import io.newswire.schemas.WireStory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version and duplicate gate. Remembers, per story family id, the newest version seen, a
 * digest of its content and its version time; passes a story on only when it is newer, or the
 * same version with changed content (a correction sent without a version bump) that is not
 * older than the copy already passed. Exact re-sends and stale copies stop here: a lower version,
 * or the same version whose version time is earlier than the one seen (a lagging mirror or a
 * delayed delivery of the text the correction replaced). When either copy has no version time,
 * a changed text of the same version passes as a correction.
 *
 * <p>Store {@value #STORE}: story family id → {@code <version>:<content digest>[:<version time,
 * epoch ms>]} ({@link StoryDigest}, the same definition the producer's duplicate filter uses).
 * Values written before version times were kept have two parts and are read as "time unknown".
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
        Seen current = new Seen(story.getVersion(), StoryDigest.of(story), versionTimeMillis(story.getVersionTime()));
        String stored = versions.get(id);
        if (stored != null) {
            Seen seen = Seen.parse(stored);
            if (current.version < seen.version) {
                LOG.info("story {} version {} is stale: version {} already seen", id, current.version, seen.version);
                return;
            }
            if (current.version == seen.version && current.digest.equals(seen.digest)) {
                LOG.info("story {} version {} is an exact re-send: dropped", id, current.version);
                return;
            }
            if (current.version == seen.version && current.isOlderThan(seen)) {
                LOG.info("story {} version {} from {} is stale: a copy of that version from {} already passed", id,
                        current.version, story.getVersionTime(), Instant.ofEpochMilli(seen.timeMillis));
                return;
            }
        }
        versions.put(id, current.format());
        context.forward(record);
    }

    /** The version time as epoch milliseconds, or null when absent or not ISO-8601. */
    static Long versionTimeMillis(String versionTime) {
        if (versionTime == null || versionTime.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(versionTime).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(versionTime).toEpochMilli();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** What the store remembers of the last copy passed. */
    private record Seen(int version, String digest, Long timeMillis) {
        static Seen parse(String stored) {
            String[] parts = stored.split(":", 3);
            Long time = parts.length > 2 && !parts[2].isEmpty() ? Long.valueOf(parts[2]) : null;
            return new Seen(Integer.parseInt(parts[0]), parts[1], time);
        }

        boolean isOlderThan(Seen other) {
            return timeMillis != null && other.timeMillis != null && timeMillis < other.timeMillis;
        }

        String format() {
            return version + ":" + digest + (timeMillis == null ? "" : ":" + timeMillis);
        }
    }
}
