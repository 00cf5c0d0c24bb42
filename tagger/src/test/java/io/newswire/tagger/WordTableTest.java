package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WordTable}'s look-up of a lower-case run at a position agrees with reading the run first. */
class WordTableTest {
    private static final List<String> WORDS = List.of("secretary", "sec", "minister", "min", "a", "president", "pope",
            "prime", "king", "queen", "envoy");
    private static final String[] PIECES = {"secretary", "sec", "minister", "min", "a", "president", "pope", "pop",
            "king", "kings", " ", "-", "S", "é", "2", "_", "x", "\u0301", "😀", "the "};

    @Test
    void aLowerCaseRunAtAPositionIsAWordExactlyWhenTheRunReadFirstIs() {
        WordTable table = new WordTable(WORDS);
        Random random = new Random(11);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            for (int at = 0; at <= s.length() + 1; at++) {
                boolean read = at <= s.length() && table.contains(s, at, Chars.asciiLowerCaseRunEnd(s, at));
                assertThat(table.containsLowerCaseRunAt(s, at)).as("%s at %d", s, at).isEqualTo(read);
            }
        }
    }
}
