package io.newswire.streams.neardup;

import java.util.Objects;

/**
 * A story listed under a band key: its family id and the record time of the version that wrote the
 * entry. The signature itself is not in the band; it is stored once per story and looked up by id.
 */
public record BandEntry(String storyId, long seenAt) {
    public BandEntry {
        Objects.requireNonNull(storyId, "storyId");
    }
}
