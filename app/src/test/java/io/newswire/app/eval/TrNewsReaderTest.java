package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrNewsReaderTest {
    private static List<TrNewsArticle> sample() throws IOException {
        try (InputStream in = TrNewsReaderTest.class.getResourceAsStream("trnews-sample.xml")) {
            return TrNewsReader.read(in);
        }
    }

    @Test
    void shouldReadArticlesWithUntrimmedTextAndToponymsWhoseOffsetsIndexIt() throws IOException {
        List<TrNewsArticle> articles = sample();

        assertThat(articles).extracting(TrNewsArticle::id).containsExactly("1", "2");
        TrNewsArticle first = articles.get(0);
        assertThat(first.title()).isEqualTo("Talks in Geneva");
        assertThat(first.toponyms()).extracting(GoldToponym::phrase).containsExactly("Geneva", "Syrian", "Damascus");
        assertThat(first.toponyms()).allSatisfy(t ->
                assertThat(first.text().substring(t.span().start(), t.span().end())).isEqualTo(t.phrase()));
        assertThat(first.toponyms()).extracting(GoldToponym::country).containsExactly("Switzerland", "Syria", "Syria");
        assertThat(first.realigned()).isZero();
    }

    @Test
    void shouldMoveADriftedToponymToTheNearestOccurrenceOfItsPhrase() throws IOException {
        TrNewsArticle second = sample().get(1);

        GoldToponym lyon = second.toponyms().get(1);
        assertThat(lyon.span()).isEqualTo(new Span(42, 46));
        assertThat(second.realigned()).isEqualTo(1);
    }

    @Test
    void shouldKeepToponymsWithoutCountryOrGazetteerEntry() throws IOException {
        TrNewsArticle second = sample().get(1);

        assertThat(second.toponyms()).extracting(GoldToponym::country).containsExactly(null, null);
    }

    @Test
    void shouldKeepTheGivenOffsetsWhenThePhraseIsNowhereNear() {
        assertThat(TrNewsReader.align("abc Paris def", "Rome", 4, 8)).isEqualTo(new Span(4, 8));
    }

    @Test
    void shouldMapGeoNamesCountryNamesToIsoCodesWithTheTaggerGazetteer() {
        CountryNames names = CountryNames.loadDefault();

        assertThat(names.code("Syria")).contains("SY");
        assertThat(names.code("United Kingdom")).contains("GB");
        assertThat(names.code("Macao")).contains("MO");
        assertThat(names.code("Bonaire")).contains("BQ");
        assertThat(names.code("SY")).contains("SY");
        assertThat(names.code("Atlantis")).isEmpty();
        assertThat(names.code(null)).isEmpty();
    }
}
