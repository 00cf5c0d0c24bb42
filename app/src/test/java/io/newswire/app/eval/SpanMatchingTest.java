package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMatchingTest {
    @Test
    void shouldMatchOnlyIdenticalSpansInExactMode() {
        List<Span> gold = List.of(new Span(0, 6), new Span(10, 20));
        List<Span> predicted = List.of(new Span(0, 6), new Span(10, 15));

        Matching matching = SpanMatching.match(gold, predicted, MatchMode.EXACT);

        assertThat(matching.pairs()).containsExactly(new Matching.Pair(0, 0));
        assertThat(matching.counts()).isEqualTo(new Counts(1, 2, 2));
    }

    @Test
    void shouldMatchPartiallyOverlappingSpansInOverlapMode() {
        List<Span> gold = List.of(new Span(0, 6), new Span(10, 20));
        List<Span> predicted = List.of(new Span(0, 6), new Span(10, 15));

        assertThat(SpanMatching.match(gold, predicted, MatchMode.OVERLAP).counts()).isEqualTo(new Counts(2, 2, 2));
    }

    @Test
    void shouldNotMatchSpansThatOnlyTouch() {
        Matching matching = SpanMatching.match(List.of(new Span(0, 5)), List.of(new Span(5, 9)), MatchMode.OVERLAP);

        assertThat(matching.pairs()).isEmpty();
    }

    @Test
    void shouldCountAPredictionOverlappingTwoGoldSpansOnce() {
        // "New York City": gold marks "New York" and "City Hall" apart, the tagger one long span.
        List<Span> gold = List.of(new Span(0, 8), new Span(9, 18));
        List<Span> predicted = List.of(new Span(0, 13));

        Matching matching = SpanMatching.match(gold, predicted, MatchMode.OVERLAP);

        assertThat(matching.counts()).isEqualTo(new Counts(1, 1, 2));
        assertThat(matching.pairs()).containsExactly(new Matching.Pair(0, 0));
        assertThat(matching.unmatchedGold()).containsExactly(1);
    }

    @Test
    void shouldCountTwoPredictionsInsideOneGoldSpanOnce() {
        Matching matching = SpanMatching.match(List.of(new Span(0, 20)), List.of(new Span(0, 5), new Span(8, 20)),
                MatchMode.OVERLAP);

        assertThat(matching.counts()).isEqualTo(new Counts(1, 2, 1));
        assertThat(matching.pairs()).containsExactly(new Matching.Pair(0, 1));
        assertThat(matching.unmatchedPredicted()).containsExactly(0);
    }

    @Test
    void shouldFindTheLargestMatchingWhereGreedyPairingWouldLoseOne() {
        // Gold 0 overlaps both predictions (more of the first); gold 1 overlaps only the first.
        List<Span> gold = List.of(new Span(0, 10), new Span(10, 14));
        List<Span> predicted = List.of(new Span(2, 12), new Span(8, 10));

        Matching matching = SpanMatching.match(gold, predicted, MatchMode.OVERLAP);

        assertThat(matching.pairs()).containsExactly(new Matching.Pair(0, 1), new Matching.Pair(1, 0));
    }

    @Test
    void shouldScoreEmptyInputsWithoutNan() {
        Matching matching = SpanMatching.match(List.of(), List.of(), MatchMode.OVERLAP);

        assertThat(matching.counts().f1()).isEqualTo(1.0);
        assertThat(SpanMatching.match(List.of(new Span(0, 1)), List.of(), MatchMode.EXACT).counts().f1()).isZero();
    }
}
