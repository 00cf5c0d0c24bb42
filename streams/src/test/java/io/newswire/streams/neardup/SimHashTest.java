package io.newswire.streams.neardup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimHashTest {
    static final String ORIGINAL = "Fighting rages in Aleppo as diplomats meet again\n"
            + "BEIRUT, Aug 5 (Newswire) - Fighting raged in the Syrian city of Aleppo on Friday as United States and"
            + " Russian diplomats met again in Geneva to discuss a ceasefire that would let aid convoys reach the"
            + " besieged eastern districts of the city.\n\n"
            + "\"We remain very concerned about the situation in Aleppo,\" State Department spokesman John Kirby told"
            + " reporters in Washington, adding that talks between the two sides had made limited progress.\n\n"
            + "Rebel groups said they had broken through government lines in the south-west of the city, opening a"
            + " route for food and fuel, while the Syrian army said its forces had pushed the attackers back.\n\n"
            + "A local shopkeeper said everyone was tired of the shelling and that prices of bread and vegetables had"
            + " doubled in a week. Hospitals in the east of the city were running short of medicine and staff,"
            + " according to aid workers who asked not to be named.";

    static final String UNRELATED = "Central bank holds rates as inflation cools\n"
            + "FRANKFURT, Aug 5 (Newswire) - The central bank left its main interest rate unchanged on Thursday and"
            + " said inflation was cooling faster than it had expected in the spring, sending the euro lower against"
            + " the dollar in afternoon trading.\n\n"
            + "\"The outlook remains uncertain and we will act if needed,\" the bank's president told a news conference,"
            + " declining to say whether a cut was likely before the end of the year.\n\n"
            + "Economists polled before the meeting had expected no change. Several said weak factory orders and a"
            + " slowing labour market in the largest economies of the bloc made a cut in the autumn more likely.\n\n"
            + "Bond yields fell across the region after the decision, and shares of banks, which profit from higher"
            + " rates, were among the biggest losers on the main stock index, analysts in London and Paris said.";

    @Test
    void shouldGiveIdenticalTextsDistanceZero() {
        assertThat(distance(ORIGINAL, ORIGINAL)).isZero();
    }

    @Test
    void shouldIgnorePunctuationCurlyQuotesCaseAndSpacing() {
        String retyped = ORIGINAL.replace('"', '\u201c').replace(" - ", " \u2014 ").replace("Aleppo", "ALEPPO")
                .replace(", ", " ,  ").replace("\n\n", "\n");

        assertThat(distance(ORIGINAL, retyped)).isZero();
    }

    /**
     * One changed word alters two shingles out of ~155 here, which moves the signature by about 3
     * bits on average: most such copies, not all, fall within the threshold (the measured share on
     * longer stories is higher, on shorter ones lower).
     */
    @Test
    void shouldKeepMostCopiesWithOneChangedWordWithinTheThresholdAndAllClose() {
        long original = SimHash.sign(ORIGINAL).orElseThrow();
        String[] words = ORIGINAL.split(" ");
        int within = 0;
        int farthest = 0;
        for (int i = 0; i < words.length; i++) {
            String[] edited = words.clone();
            edited[i] = "replacement";
            int distance = SimHash.distance(original, SimHash.sign(String.join(" ", edited)).orElseThrow());
            within += distance <= SimHash.MAX_FINDABLE_DISTANCE ? 1 : 0;
            farthest = Math.max(farthest, distance);
        }

        assertThat(within).as("edits within the threshold, of %d", words.length).isGreaterThan(words.length * 6 / 10);
        assertThat(farthest).isLessThanOrEqualTo(8);
    }

    @Test
    void shouldKeepACopyWithAnotherDatelineAndDeskLineWithinTheThreshold() {
        String otherDesk = ORIGINAL.replace("BEIRUT, Aug 5 (Newswire) -", "BEIRUT (Middle East desk) -");

        assertThat(distance(ORIGINAL, otherDesk)).isBetween(1, SimHash.MAX_FINDABLE_DISTANCE);
    }

    @Test
    void shouldKeepUnrelatedStoriesOfSimilarLengthFarApart() {
        assertThat(distance(ORIGINAL, UNRELATED)).isGreaterThan(12);
    }

    @Test
    void shouldNotSignATextOfFewerThanEightShingles() {
        assertThat(SimHash.sign("Aleppo: fighting rages as diplomats meet")).isEmpty();
        assertThat(SimHash.sign("")).isEmpty();
        assertThat(SimHash.sign("Fighting rages in Aleppo as US and Russian diplomats meet again")).isPresent();
    }

    @Test
    void shouldSplitTheSignatureIntoFourSixteenBitBandKeys() {
        long signature = 0x0123_4567_89ab_cdefL;

        assertThat(SimHash.bandKeys(signature)).containsExactly("0:cdef", "1:89ab", "2:4567", "3:0123");
        assertThat(SimHash.band(signature, 3)).isEqualTo(0x0123);
        assertThatThrownBy(() -> SimHash.band(signature, 4)).hasMessageContaining("band index");
    }

    @Test
    void shouldShareABandWhenSignaturesAreWithinThreeBits() {
        long signature = 0x0123_4567_89ab_cdefL;
        long threeBitsOff = signature ^ (1L << 2) ^ (1L << 20) ^ (1L << 40);

        assertThat(SimHash.bandKeys(threeBitsOff)).containsAnyElementsOf(SimHash.bandKeys(signature));
    }

    private static int distance(String a, String b) {
        return SimHash.distance(SimHash.sign(a).orElseThrow(), SimHash.sign(b).orElseThrow());
    }
}
