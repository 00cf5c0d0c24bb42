package io.newswire.streams.neardup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDuplicateRuleTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final Signature SIGNATURE = new Signature(IntStream.range(0, MinHash.SIZE).toArray());
    private final NearDuplicateRule rule = new NearDuplicateRule(Duration.ofDays(2), 0.8);

    @Test
    void shouldPickTheMostSimilarCandidateAndTheEarliestAmongEquallySimilar() {
        Sighting own = new Sighting("copy", SIGNATURE, 10 * HOUR);
        List<Sighting> candidates = List.of(
                new Sighting("ten-values-off", differingIn(10), 5 * HOUR),
                new Sighting("two-values-off-later", differingIn(2), 4 * HOUR),
                new Sighting("two-values-off-earlier", differingIn(2), 3 * HOUR));

        assertThat(rule.mostSimilar(own, candidates)).contains(new Match("two-values-off-earlier", 62.0 / 64));
    }

    @Test
    void shouldBreakATieInSimilarityAndTimeByTheSmallestId() {
        Sighting own = new Sighting("copy", SIGNATURE, 10 * HOUR);
        List<Sighting> candidates = List.of(
                new Sighting("b-desk", SIGNATURE, 5 * HOUR), new Sighting("a-desk", SIGNATURE, 5 * HOUR));

        assertThat(rule.mostSimilar(own, candidates)).contains(new Match("a-desk", 1.0));
    }

    @Test
    void shouldIgnoreTheSameFamilyLaterStoriesStoriesOutsideTheWindowAndDissimilarSignatures() {
        Sighting own = new Sighting("copy", SIGNATURE, 100 * HOUR);
        List<Sighting> candidates = List.of(
                new Sighting("copy", SIGNATURE, 99 * HOUR),
                new Sighting("later", SIGNATURE, 101 * HOUR),
                new Sighting("too-old", SIGNATURE, 100 * HOUR - Duration.ofDays(2).toMillis() - 1),
                new Sighting("thirteen-values-off", differingIn(13), 99 * HOUR));

        assertThat(rule.mostSimilar(own, candidates)).isEmpty();
    }

    @Test
    void shouldAcceptACandidateExactlyAtTheMinimumSimilarity() {
        Sighting own = new Sighting("copy", SIGNATURE, 10 * HOUR);
        NearDuplicateRule atThreshold = new NearDuplicateRule(Duration.ofDays(2), 52.0 / 64);

        assertThat(atThreshold.mostSimilar(own, List.of(new Sighting("twelve-values-off", differingIn(12), HOUR))))
                .contains(new Match("twelve-values-off", 52.0 / 64));
    }

    @Test
    void shouldRememberAtMostEightEntriesPerBandReplacingTheSameStoryAndDroppingTheOldest() {
        List<BandEntry> band = new ArrayList<>();
        for (int i = 0; i < NearDuplicateRule.BAND_CAPACITY; i++) {
            band.add(new BandEntry("story-" + i, i * HOUR));
        }
        BandEntry newVersionOfStory3 = new BandEntry("story-3", 20 * HOUR);
        BandEntry newcomer = new Sighting("newcomer", SIGNATURE, 21 * HOUR).entry();

        List<BandEntry> after = rule.remember(rule.remember(band, newVersionOfStory3), newcomer);

        assertThat(after).extracting(BandEntry::storyId).containsExactly(
                "story-1", "story-2", "story-4", "story-5", "story-6", "story-7", "story-3", "newcomer");
    }

    @Test
    void shouldLookUpEachCandidateOnceAndOnlyThoseThatCouldBeTheOriginalByIdAndTime() {
        BandEntry own = new BandEntry("copy", 100 * HOUR);
        List<BandEntry> listed = List.of(
                new BandEntry("desk-b", 90 * HOUR),
                new BandEntry("copy", 99 * HOUR),
                new BandEntry("later", 101 * HOUR),
                new BandEntry("too-old", 100 * HOUR - Duration.ofDays(2).toMillis() - 1),
                new BandEntry("desk-a", 95 * HOUR),
                new BandEntry("desk-b", 90 * HOUR));

        assertThat(rule.candidateIds(own, listed)).containsExactly("desk-b", "desk-a");
    }

    @Test
    void shouldLookUpTheCandidatesListedInMostBandsFirstAndNoMoreThanTheCap() {
        BandEntry own = new BandEntry("copy", 100 * HOUR);
        List<BandEntry> listed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            listed.add(new BandEntry("collision-" + i, 99 * HOUR)); // one band each
        }
        for (int band = 0; band < 6; band++) {
            listed.add(new BandEntry("original", 98 * HOUR));
        }

        Set<String> ids = rule.candidateIds(own, listed);

        assertThat(ids).hasSize(NearDuplicateRule.MAX_CANDIDATES);
        assertThat(ids.iterator().next()).isEqualTo("original");
    }

    @Test
    void shouldRefuseASimilarityOutsideZeroToOneAndAnEmptyWindow() {
        assertThatThrownBy(() -> new NearDuplicateRule(Duration.ofDays(1), 0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new NearDuplicateRule(Duration.ofDays(1), 1.01)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new NearDuplicateRule(Duration.ofDays(1), Double.NaN)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new NearDuplicateRule(Duration.ZERO, 0.8)).hasMessageContaining("positive");
        assertThat(new NearDuplicateRule(Duration.ofDays(1), 1.0).minSimilarity()).isEqualTo(1.0);
    }

    /** {@link #SIGNATURE} with its first {@code count} values changed. */
    private static Signature differingIn(int count) {
        int[] values = SIGNATURE.values();
        for (int i = 0; i < count; i++) {
            values[i] = -1 - i;
        }
        return new Signature(values);
    }
}
