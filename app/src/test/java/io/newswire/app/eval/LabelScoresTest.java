package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelScoresTest {
    @Test
    void shouldPoolDecisionsForMicroAndAverageGoldLabelsForMacro() {
        LabelScores scores = new LabelScores();
        scores.add(Set.of("US"), Set.of("US"));
        scores.add(Set.of("US"), Set.of("US"));
        scores.add(Set.of("US"), Set.of("US"));
        scores.add(Set.of("LA"), Set.of("FR"));

        // micro: tp 3, predicted 4, gold 4 -> 0.75; macro: US 1.0 and LA 0.0 (FR never gold) -> 0.5
        assertThat(scores.micro()).isEqualTo(new Counts(3, 4, 4));
        assertThat(scores.micro().f1()).isCloseTo(0.75, within(1e-9));
        assertThat(scores.macroF1()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.goldLabels()).isEqualTo(2);
        assertThat(scores.falsePositives().top(5)).containsExactly(new ErrorTally.Entry("FR", 1));
        assertThat(scores.falseNegatives().top(5)).containsExactly(new ErrorTally.Entry("LA", 1));
    }

    @Test
    void shouldScoreZeroMacroF1WhenNoLabelOccursInGold() {
        LabelScores scores = new LabelScores();
        scores.add(Set.of(), Set.of("US"));

        assertThat(scores.macroF1()).isZero();
        assertThat(new LabelScores().micro().f1()).isEqualTo(1.0);
    }

    @Test
    void shouldListMostFrequentErrorsFirstThenAlphabetically() {
        ErrorTally tally = new ErrorTally();
        tally.add("Jordan");
        tally.add("Georgia");
        tally.add("Georgia");
        tally.add("Chad");

        assertThat(tally.top(2)).containsExactly(new ErrorTally.Entry("Georgia", 2), new ErrorTally.Entry("Chad", 1));
        assertThat(tally.total()).isEqualTo(4);
    }
}
