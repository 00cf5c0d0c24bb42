package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CapitalWords} lists, per ASCII capital, exactly the positions where that capital stands
 * after no letter or digit: where {@code ActorFinder}'s surname coreference, which took every
 * {@code String.indexOf} hit and dropped those after a letter or digit, can find a surname.
 */
class CapitalWordsTest {
    private static final String[] PIECES = {"Kerry", "kerry", " ", "-", "2", "é", "É", "\u0301", "😀", "?", "ß",
            "Ǆ", "K", "KK", "\n", ".", "'", "’", "x", "Ⅻ", "٣", "\u00a0", "Ke"};

    @Test
    void listsEachCapitalAfterNoLetterOrDigitInTextOrder() {
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertListsAsASearchDoes(text.toString());
        }
    }

    @Test
    void listsCapitalsAcrossTheBitSetsWordBoundaries() {
        for (int shift = 0; shift < 140; shift++) {
            assertListsAsASearchDoes("x".repeat(shift) + " Kerry-Kerry 2Kerry éKerry Kerry, KERRY.Kerry");
        }
    }

    private static void assertListsAsASearchDoes(String text) {
        CapitalWords words = new CapitalWords(text, WordBits.of(text));
        for (char capital = 'A'; capital <= 'Z'; capital++) {
            List<Integer> listed = new ArrayList<>();
            for (int k = words.first(capital); k >= 0; k = words.next(k)) {
                listed.add(words.at(k));
            }
            List<Integer> searched = new ArrayList<>();
            for (int at = text.indexOf(capital); at >= 0; at = text.indexOf(capital, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                    searched.add(at);
                }
            }
            assertThat(listed).as("%s in %s", capital, text).isEqualTo(searched);
        }
    }
}
