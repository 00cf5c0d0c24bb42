package io.newswire.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenQuotesTest {

    @Test
    void shouldCallAQuoteHeardForTheFirstTimeNew() {
        SpokenQuotes quotes = SpokenQuotes.decode(null);

        assertThat(quotes.hear("no doors are closed", 10)).isEqualTo(SpokenQuotes.Verdict.NEW);
        assertThat(quotes.hear("nothing has been decided", 20)).isEqualTo(SpokenQuotes.Verdict.NEW);
    }

    @Test
    void shouldCallTheSameWordsOrAPartOfThemRepeated() {
        SpokenQuotes quotes = SpokenQuotes.decode(null);
        quotes.hear("we have made limited progress on the deal", 10);

        assertThat(quotes.hear("we have made limited progress on the deal", 20)).isEqualTo(SpokenQuotes.Verdict.REPEATED);
        assertThat(quotes.hear("limited progress", 30)).isEqualTo(SpokenQuotes.Verdict.REPEATED);
        assertThat(quotes.hear("limited prog", 30)).isEqualTo(SpokenQuotes.Verdict.NEW);
    }

    @Test
    void shouldCallALongerVersionGrownAndRememberItWithTheFirstSighting() {
        SpokenQuotes quotes = SpokenQuotes.decode(null);
        quotes.hear("limited progress", 10);

        assertThat(quotes.hear("we have made limited progress", 20)).isEqualTo(SpokenQuotes.Verdict.GROWN);
        assertThat(quotes.encode()).isEqualTo("10\twe have made limited progress");
    }

    @Test
    void shouldForgetQuotesFirstHeardBeforeTheCutoff() {
        SpokenQuotes quotes = SpokenQuotes.decode("10\told words\n50\tnew words");

        assertThat(quotes.forgetBefore(20)).isTrue();
        assertThat(quotes.encode()).isEqualTo("50\tnew words");
        assertThat(quotes.forgetBefore(20)).isFalse();
    }

    @Test
    void shouldSurviveAnEncodeDecodeRoundTrip() {
        SpokenQuotes quotes = SpokenQuotes.decode(null);
        quotes.hear("first quote", 1);
        quotes.hear("second quote", 2);

        assertThat(SpokenQuotes.decode(quotes.encode()).encode()).isEqualTo(quotes.encode());
    }
}
