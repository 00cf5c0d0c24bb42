package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The story's sentence-mark search ends sentences where the character scan of {@link Sentences} does. */
class SentenceMarksTest {
    private static final String[] PIECES = {
        ".", "!", "?", "?!", "...", ". ", "! ", "? ", ".\n", ".\"", ".\u201D ", ".) ", ".' ", ".\u2019 ", " ", "\n", "\"",
        "\u201C", "Mr.", " Mr. ", "U.S.", " U.S. ", " J. ", "Jan.", "etc.", " No. ", "Aug..", "word", "Word", " he", " He",
        " said", "Kirby", ",", "\u00C9t\u00E9.", " \u00E9l", "\u0130.", "x", "3.5", " a.m. ",
    };

    @Test
    void shouldEndEachSentenceWhereTheCharacterScanDoesWhateverTheOrderOfTheQuestions() {
        Random random = new Random(11);
        int ends = 0;
        for (int t = 0; t < 4_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(24);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            SentenceMarks marks = new SentenceMarks(text);
            int len = text.length();
            // mostly forward, as the quotes ask, with jumps back that must not reuse a stale answer
            int pos = 0;
            for (int q = 0; q < 60; q++) {
                pos = random.nextInt(4) == 0 ? random.nextInt(len + 1) : Math.min(len, pos + random.nextInt(6));
                int ceil = pos + random.nextInt(len - pos + 1);
                int end = Sentences.endAfter(text, pos, ceil);
                assertThat(marks.endAfter(pos, ceil)).as("endAfter(%d, %d) in [%s]", pos, ceil, text).isEqualTo(end);
                ends += end < ceil ? 1 : 0;
            }
        }
        assertThat(ends).isGreaterThan(50_000);
    }
}
