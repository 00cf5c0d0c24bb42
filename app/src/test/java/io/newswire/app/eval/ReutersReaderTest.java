package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersReaderTest {
    private static List<ReutersDoc> sample() throws IOException {
        try (InputStream in = ReutersReaderTest.class.getResourceAsStream("reuters-sample.sgm")) {
            return ReutersReader.read(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void shouldReadPlacesPeopleTitleAndDatelineOfEachStory() throws IOException {
        List<ReutersDoc> docs = sample();

        assertThat(docs).extracting(ReutersDoc::id).containsExactly("11", "12");
        ReutersDoc first = docs.get(0);
        assertThat(first.places()).containsExactly("usa", "west-germany");
        assertThat(first.people()).containsExactly("james-baker", "stoltenberg");
        assertThat(first.title()).isEqualTo("BAKER <MEETS> STOLTENBERG IN BONN");
        assertThat(first.dateline()).isEqualTo("BONN");
    }

    @Test
    void shouldUndoLineWrapsDecodeEntitiesAndCutTheSignOff() throws IOException {
        ReutersDoc first = sample().get(0);

        assertThat(first.body()).isEqualTo("U.S. Treasury Secretary James Baker met West German Finance Minister"
                + " Gerhard Stoltenberg.\n\nThe talks on exchange rates went well, Baker & officials said.");
    }

    @Test
    void shouldLeaveBodyNullAndListsEmptyForABriefWithoutPlaces() throws IOException {
        ReutersDoc brief = sample().get(1);

        assertThat(brief.body()).isNull();
        assertThat(brief.places()).isEmpty();
        assertThat(brief.people()).isEmpty();
        assertThat(brief.title()).isEqualTo("MARKETS CLOSE HIGHER");
    }

    @Test
    void shouldDropControlCharacterReferences() {
        assertThat(ReutersReader.decode("a&#3;b&#127;c &lt;d&gt; &amp;")).isEqualTo("abc <d> &");
    }

    @Test
    void shouldMapEveryReutersPlaceIncludingHistoricStatesToIsoCodes() {
        ReutersPlaces places = ReutersPlaces.loadDefault();

        assertThat(places.size()).isEqualTo(175);
        assertThat(places.code("usa")).contains("US");
        assertThat(places.code("uk")).contains("GB");
        assertThat(places.code("west-germany")).contains("DE");
        assertThat(places.code("east-germany")).contains("DE");
        assertThat(places.code("ussr")).contains("RU");
        assertThat(places.code("ec")).isEmpty();
    }

    @Test
    void shouldMatchAGoldPersonToAPredictedPersonBySurnameOnce() {
        ErrorTally missed = new ErrorTally();
        ErrorTally extra = new ErrorTally();

        Counts counts = ReutersEval.matchPeople(List.of("james-baker", "stoltenberg", "reagan"),
                new ArrayList<>(List.of("James Baker", "Gerhard Stoltenberg", "Howard Baker")), missed, extra);

        assertThat(counts).isEqualTo(new Counts(2, 3, 3));
        assertThat(missed.top(5)).containsExactly(new ErrorTally.Entry("reagan", 1));
        assertThat(extra.top(5)).containsExactly(new ErrorTally.Entry("Howard Baker", 1));
    }
}
