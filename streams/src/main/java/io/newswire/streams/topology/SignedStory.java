package io.newswire.streams.topology;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.TaggedStory;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * A tagged story, marked when it nearly duplicates an earlier one, with the updated band lists
 * its signature goes into (none for kills and unsigned texts). Lives only between two processors:
 * it is never serialised.
 */
record SignedStory(TaggedStory story, List<KeyValue<String, SignatureBand>> bands) {
    SignedStory {
        bands = List.copyOf(bands);
    }

    static SignedStory unsigned(TaggedStory story) {
        return new SignedStory(story, List.of());
    }
}
