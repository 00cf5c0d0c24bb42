package io.newswire.streams.topology;

import io.newswire.schemas.SignatureBand;
import io.newswire.schemas.StoryMinHash;
import java.util.Objects;

/**
 * A value of the near-duplicate index store ({@link NearDuplicateIndex}): under a story key the
 * story's signature, under a band key the recent stories with that band. One store holds both
 * because a global store has exactly one source topic and one processor.
 */
sealed interface IndexValue {
    /** The newest signature of a story family, as its record on {@code newswire.story-minhash} carries it. */
    record StoredSignature(StoryMinHash minHash) implements IndexValue {
        public StoredSignature {
            Objects.requireNonNull(minHash, "minHash");
        }
    }

    /** The recent stories listed under one band key. */
    record StoredBand(SignatureBand band) implements IndexValue {
        public StoredBand {
            Objects.requireNonNull(band, "band");
        }
    }
}
