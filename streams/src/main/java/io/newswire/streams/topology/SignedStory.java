package io.newswire.streams.topology;

import io.newswire.schemas.StoryMinHash;
import io.newswire.schemas.TaggedStory;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * A tagged story, marked when it nearly duplicates an earlier one, with the one signature record
 * it writes to {@code newswire.story-minhash} (keyed by family id; none for kills and unsigned
 * texts). Lives only between two processors: it is never serialised.
 */
record SignedStory(TaggedStory story, List<KeyValue<String, StoryMinHash>> minHash) {
    SignedStory {
        minHash = List.copyOf(minHash);
    }

    static SignedStory unsigned(TaggedStory story) {
        return new SignedStory(story, List.of());
    }
}
