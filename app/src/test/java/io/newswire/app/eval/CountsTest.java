package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void shouldComputePrecisionRecallAndF1FromCounts() {
        Counts counts = new Counts(3, 4, 6);

        assertThat(counts.precision()).isEqualTo(0.75);
        assertThat(counts.recall()).isEqualTo(0.5);
        assertThat(counts.f1()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void shouldScoreOneWhenNothingIsPredictedAndNothingIsGold() {
        assertThat(Counts.ZERO.precision()).isEqualTo(1.0);
        assertThat(Counts.ZERO.recall()).isEqualTo(1.0);
        assertThat(Counts.ZERO.f1()).isEqualTo(1.0);
    }

    @Test
    void shouldScoreZeroNotNanWhenOnlyOneSideIsEmpty() {
        Counts nothingPredicted = new Counts(0, 0, 5);
        Counts nothingGold = new Counts(0, 5, 0);

        assertThat(nothingPredicted.precision()).isZero();
        assertThat(nothingPredicted.f1()).isZero();
        assertThat(nothingGold.recall()).isZero();
        assertThat(nothingGold.f1()).isZero();
    }

    @Test
    void shouldScoreZeroAccuracyNotNanOverNoItems() {
        assertThat(Accuracy.ZERO.value()).isZero();
        assertThat(new Accuracy(2, 3).plus(true).value()).isEqualTo(0.75);
    }

    @Test
    void shouldRefuseMoreMatchesThanPredictions() {
        assertThatThrownBy(() -> new Counts(3, 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid counts");
    }
}
