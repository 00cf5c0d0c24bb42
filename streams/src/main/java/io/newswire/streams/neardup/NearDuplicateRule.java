package io.newswire.streams.neardup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a story counts as a near-duplicate of another: a different family id, seen no later than it
 * and at most {@code window} before it, with an estimated Jaccard similarity ({@link
 * Signature#similarity}) of at least {@code minSimilarity}. The most similar such story wins; among
 * equally similar ones the earliest, then the smallest id, so the verdict does not depend on the
 * order candidates are looked up in.
 */
public record NearDuplicateRule(Duration window, double minSimilarity) {
    /** Stories remembered per band; the oldest are dropped first. */
    public static final int BAND_CAPACITY = 8;
    /** Most signatures looked up and compared per story. */
    public static final int MAX_CANDIDATES = 16;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(2);
    /** The bands find pairs this similar with probability 0.9998 (see {@link MinHash}). */
    public static final double DEFAULT_MIN_SIMILARITY = 0.8;

    private static final Comparator<Candidate> MOST_SIMILAR_THEN_EARLIEST = Comparator.comparingDouble(
                    Candidate::similarity)
            .reversed()
            .thenComparingLong(candidate -> candidate.sighting().seenAt())
            .thenComparing(candidate -> candidate.sighting().storyId());

    public NearDuplicateRule {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("near-duplicate window must be positive, got " + window);
        }
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("near-duplicate min similarity must be in (0, 1], got " + minSimilarity);
        }
    }

    public static NearDuplicateRule defaults() {
        return new NearDuplicateRule(DEFAULT_WINDOW, DEFAULT_MIN_SIMILARITY);
    }

    /** The story that {@code own} nearly duplicates among {@code candidates}, if any. */
    public Optional<Match> mostSimilar(Sighting own, Collection<Sighting> candidates) {
        return candidates.stream()
                .filter(candidate -> !candidate.storyId().equals(own.storyId()))
                .filter(candidate -> inWindow(candidate.seenAt(), own.seenAt()))
                .map(candidate -> new Candidate(candidate, own.signature().similarity(candidate.signature())))
                .filter(candidate -> candidate.similarity() >= minSimilarity)
                .min(MOST_SIMILAR_THEN_EARLIEST)
                .map(candidate -> new Match(candidate.sighting().storyId(), candidate.similarity()));
    }

    /**
     * The ids of the stories listed in {@code entries} (the bands {@code own} shares) that could
     * be its near-duplicate original by id and time, each once, those listed in the most bands
     * first (ties in the order first listed), at most {@value #MAX_CANDIDATES}: these are the only
     * signatures worth looking up. A story of similarity 0.8 shares on average 6.6 of the 16
     * bands, while an accidental 16-bit key collision shares one, so the cut keeps the real
     * originals and bounds the look-ups when templated stories fill the bands.
     */
    public Set<String> candidateIds(BandEntry own, Collection<BandEntry> entries) {
        Map<String, Integer> bandsListing = new LinkedHashMap<>();
        for (BandEntry entry : entries) {
            if (!entry.storyId().equals(own.storyId()) && inWindow(entry.seenAt(), own.seenAt())) {
                bandsListing.merge(entry.storyId(), 1, Integer::sum);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        bandsListing.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_CANDIDATES)
                .forEach(entry -> ids.add(entry.getKey()));
        return ids;
    }

    /**
     * The band's entries with {@code own} added, oldest first: an earlier entry of the same story
     * is replaced, entries older than the window before {@code own} are dropped, and at most
     * {@value #BAND_CAPACITY} are kept.
     */
    public List<BandEntry> remember(List<BandEntry> band, BandEntry own) {
        List<BandEntry> kept = new ArrayList<>();
        for (BandEntry entry : band) {
            if (!entry.storyId().equals(own.storyId()) && own.seenAt() - entry.seenAt() <= window.toMillis()) {
                kept.add(entry);
            }
        }
        kept.add(own);
        kept.sort(Comparator.comparingLong(BandEntry::seenAt));
        return List.copyOf(kept.subList(Math.max(0, kept.size() - BAND_CAPACITY), kept.size()));
    }

    private boolean inWindow(long candidateSeenAt, long ownSeenAt) {
        return candidateSeenAt <= ownSeenAt && ownSeenAt - candidateSeenAt <= window.toMillis();
    }

    private record Candidate(Sighting sighting, double similarity) {}
}
