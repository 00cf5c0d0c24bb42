package io.newswire.streams.topology;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * A tagged story, marked when it nearly duplicates an earlier one, with its signature (keyed by
 * family id) and the updated band lists that now name it (neither for kills and unsigned texts).
 * Lives only between two processors: it is never serialised.
 */
record SignedStory(
        TaggedStory story, List<KeyValue<String, StoryMinHash>> minHash, List<KeyValue<String, SignatureBand>> bands) {
    SignedStory {
        minHash = List.copyOf(minHash);
        bands = List.copyOf(bands);
    }

    static SignedStory unsigned(TaggedStory story) {
        return new SignedStory(story, List.of(), List.of());
    }
}
