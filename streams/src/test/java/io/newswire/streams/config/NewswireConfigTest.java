package io.newswire.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.streams.neardup.NearDuplicateRule;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewswireConfigTest {
    @Test
    void shouldDefaultTheNearDuplicateRuleToTwoDaysAndEightyPercent() {
        assertThat(NewswireConfig.defaults().nearDuplicates()).isEqualTo(NearDuplicateRule.defaults());
        assertThat(NearDuplicateRule.defaults().minSimilarity()).isEqualTo(0.8);
    }

    @Test
    void shouldReadTheNearDuplicateMinSimilarityAndWindowWithTheEnvironmentWinning() {
        NewswireConfig config = NewswireConfig.from(
                Map.of(NewswireConfig.NEAR_DUPLICATE_MIN_SIMILARITY, "0.9", NewswireConfig.NEAR_DUPLICATE_WINDOW, "PT6H"),
                Map.of("NEWSWIRE_NEAR_DUPLICATE_MIN_SIMILARITY", " 0.7 "));

        assertThat(config.nearDuplicates()).isEqualTo(new NearDuplicateRule(Duration.ofHours(6), 0.7));
    }

    @Test
    void shouldRefuseANearDuplicateMinSimilarityOutsideZeroToOneOrNotANumber() {
        for (String value : new String[] {"0", "-0.5", "1.5", "NaN", "eighty"}) {
            assertThatThrownBy(() -> NewswireConfig.from(
                            Map.of(NewswireConfig.NEAR_DUPLICATE_MIN_SIMILARITY, value), Map.of()))
                    .as(value)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(NewswireConfig.NEAR_DUPLICATE_MIN_SIMILARITY);
        }
    }
}
