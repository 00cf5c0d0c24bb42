package io.newswire.streams.neardup;

import java.util.Objects;

/** A story seen with its signature: {@code seenAt} is the record time of the version that was signed. */
public record Sighting(String storyId, Signature signature, long seenAt) {
    public Sighting {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(signature, "signature");
    }

    /** This sighting as a band lists it: id and time, without the signature. */
    public BandEntry entry() {
        return new BandEntry(storyId, seenAt);
    }
}
