package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleCoreference} looks for definite titles only at "the " or "The " opening a
 * three-letter word ({@link TitleCoreference#threeLetterWordStarts} from the story's {@link WordBits}); a
 * search for every "he " preceded by t or T found more places. Both must give the places where
 * the title pattern matches, on text with glued, hyphenated, non-ASCII and surrogate neighbours.
 */
class DefiniteTitleScanTest {
    private static final String[] PIECES = {"the ", "The ", "the president", "the minister", " ", "bathe ", "xthe ",
            "_the ", "2the ", "éthe ", "\u0301the ", "😀the ", "𝐀the ", "-the ", "(The ", "he ", "she ", "the", "theme ",
            "the foreign minister", " of", ", Kerry", "the envoy-", "THE ", "tHe ", "\n", ".", "’the "};

    @Test
    void findsTheSameTitlesAsASearchForEveryHe() {
        Random random = new Random(17);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(n % 50 == 0 ? 80 : 14);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(titles(s, threeLetterWordScan(s))).as(s).isEqualTo(titles(s, searchForHe(s)));
        }
    }

    @Test
    void findsTitlesAcrossTheBitSetsWordBoundaries() {
        for (int shift = 0; shift < 140; shift++) {
            String s = "x".repeat(shift) + " the president said the minister and The envoy.";
            assertThat(titles(s, threeLetterWordScan(s))).as(s).isEqualTo(titles(s, searchForHe(s))).hasSize(3);
        }
    }

    /** The places of {@code candidates} where the definite-title pattern matches. */
    private static List<Integer> titles(String text, List<Integer> candidates) {
        Matcher m = TitleCoreference.DEFINITE_TITLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Integer> found = new ArrayList<>();
        for (int at : candidates) {
            if (m.region(at, text.length()).lookingAt()) {
                found.add(at);
            }
        }
        return found;
    }

    private static List<Integer> threeLetterWordScan(String text) {
        long[] three = TitleCoreference.threeLetterWordStarts(WordBits.of(text));
        List<Integer> found = new ArrayList<>();
        for (int at = Chars.nextSetBit(three, 0); at >= 0; at = Chars.nextSetBit(three, at + 1)) {
            if (TitleCoreference.opensThe(text, at)) {
                found.add(at);
            }
        }
        return found;
    }

    /** The search the scan replaced: every "he " after a t or T. */
    private static List<Integer> searchForHe(String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf("he ", 1); i >= 0; i = text.indexOf("he ", i + 1)) {
            char t = text.charAt(i - 1);
            if (t == 't' || t == 'T') {
                found.add(i - 1);
            }
        }
        return found;
    }
}
