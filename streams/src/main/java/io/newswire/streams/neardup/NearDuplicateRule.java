package io.newswire.streams.neardup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a story counts as a near-duplicate of another: a different family id, seen no later than it
 * and at most {@code window} before it, with a signature at most {@code maxDistance} bits away. The
 * closest such story wins; among equally close ones the earliest, then the smallest id, so the
 * verdict does not depend on the order candidates are looked up in.
 */
public record NearDuplicateRule(Duration window, int maxDistance) {
    /** Stories remembered per band; the oldest are dropped first. */
    public static final int BAND_CAPACITY = 8;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(2);
    public static final int DEFAULT_MAX_DISTANCE = SimHash.MAX_FINDABLE_DISTANCE;

    private static final Comparator<Candidate> CLOSEST_THEN_EARLIEST = Comparator.comparingInt(Candidate::distance)
            .thenComparingLong(candidate -> candidate.sighting().seenAt())
            .thenComparing(candidate -> candidate.sighting().storyId());

    public NearDuplicateRule {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("near-duplicate window must be positive, got " + window);
        }
        if (maxDistance < 0 || maxDistance > SimHash.MAX_FINDABLE_DISTANCE) {
            // the bands only guarantee to find signatures up to MAX_FINDABLE_DISTANCE bits apart
            throw new IllegalArgumentException("near-duplicate max distance must be in [0, "
                    + SimHash.MAX_FINDABLE_DISTANCE + "], got " + maxDistance);
        }
    }

    public static NearDuplicateRule defaults() {
        return new NearDuplicateRule(DEFAULT_WINDOW, DEFAULT_MAX_DISTANCE);
    }

    /** The story that {@code own} nearly duplicates among {@code candidates}, if any. */
    public Optional<Match> closest(Sighting own, Collection<Sighting> candidates) {
        return candidates.stream()
                .filter(candidate -> !candidate.storyId().equals(own.storyId()))
                .filter(candidate -> candidate.seenAt() <= own.seenAt()
                        && own.seenAt() - candidate.seenAt() <= window.toMillis())
                .map(candidate -> new Candidate(candidate, SimHash.distance(own.signature(), candidate.signature())))
                .filter(candidate -> candidate.distance() <= maxDistance)
                .min(CLOSEST_THEN_EARLIEST)
                .map(candidate -> new Match(candidate.sighting().storyId(), candidate.distance()));
    }

    /**
     * The band's sightings with {@code own} added, oldest first: an earlier sighting of the same
     * story is replaced, sightings older than the window before {@code own} are dropped, and at
     * most {@value #BAND_CAPACITY} are kept.
     */
    public List<Sighting> remember(List<Sighting> band, Sighting own) {
        List<Sighting> kept = new ArrayList<>();
        for (Sighting sighting : band) {
            if (!sighting.storyId().equals(own.storyId()) && own.seenAt() - sighting.seenAt() <= window.toMillis()) {
                kept.add(sighting);
            }
        }
        kept.add(own);
        kept.sort(Comparator.comparingLong(Sighting::seenAt));
        return List.copyOf(kept.subList(Math.max(0, kept.size() - BAND_CAPACITY), kept.size()));
    }

    private record Candidate(Sighting sighting, int distance) {}
}
