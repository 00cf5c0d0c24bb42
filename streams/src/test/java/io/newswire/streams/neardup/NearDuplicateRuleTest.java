package io.newswire.streams.neardup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateRuleTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long SIGNATURE = 0x0123_4567_89ab_cdefL;
    private final NearDuplicateRule rule = new NearDuplicateRule(Duration.ofDays(2), 3);

    @Test
    void shouldPickTheClosestCandidateAndTheEarliestAmongEquallyClose() {
        Sighting own = new Sighting("copy", SIGNATURE, 10 * HOUR);
        List<Sighting> candidates = List.of(
                new Sighting("two-bits-off", SIGNATURE ^ 0b11, 5 * HOUR),
                new Sighting("one-bit-off-later", SIGNATURE ^ 0b100, 4 * HOUR),
                new Sighting("one-bit-off-earlier", SIGNATURE ^ 0b1000, 3 * HOUR));

        assertThat(rule.closest(own, candidates)).contains(new Match("one-bit-off-earlier", 1));
    }

    @Test
    void shouldIgnoreTheSameFamilyLaterStoriesStoriesOutsideTheWindowAndFarSignatures() {
        Sighting own = new Sighting("copy", SIGNATURE, 100 * HOUR);
        List<Sighting> candidates = List.of(
                new Sighting("copy", SIGNATURE, 99 * HOUR),
                new Sighting("later", SIGNATURE, 101 * HOUR),
                new Sighting("too-old", SIGNATURE, 100 * HOUR - Duration.ofDays(2).toMillis() - 1),
                new Sighting("four-bits-off", SIGNATURE ^ 0b1111, 99 * HOUR));

        assertThat(rule.closest(own, candidates)).isEmpty();
    }

    @Test
    void shouldRememberAtMostEightSightingsPerBandReplacingTheSameStoryAndDroppingTheOldest() {
        List<Sighting> band = new ArrayList<>();
        for (int i = 0; i < NearDuplicateRule.BAND_CAPACITY; i++) {
            band.add(new Sighting("story-" + i, SIGNATURE, i * HOUR));
        }
        Sighting newVersionOfStory3 = new Sighting("story-3", SIGNATURE ^ 1, 20 * HOUR);
        Sighting newcomer = new Sighting("newcomer", SIGNATURE, 21 * HOUR);

        List<Sighting> after = rule.remember(rule.remember(band, newVersionOfStory3), newcomer);

        assertThat(after).extracting(Sighting::storyId).containsExactly(
                "story-1", "story-2", "story-4", "story-5", "story-6", "story-7", "story-3", "newcomer");
    }

    @Test
    void shouldRefuseAThresholdTheBandsCannotGuaranteeToFind() {
        assertThatThrownBy(() -> new NearDuplicateRule(Duration.ofDays(1), 4)).hasMessageContaining("[0, 3]");
        assertThatThrownBy(() -> new NearDuplicateRule(Duration.ZERO, 3)).hasMessageContaining("positive");
    }
}
