package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap title prefilter of {@link StatementExtractor} never rejects a quote that the title
 * patterns take for a title, on quotes glued from capitalised words, small words, lower-case
 * words, marks, odd spaces and non-ASCII capitals.
 */
class QuoteTitleTest {
    private static final String[] PIECES = {
        " ", "  ", "\t", "\n", "\u2003", "\u00A0", ",", ";", ":", ".", "!", "?", "The", "the", "of", "Of", "a", "an",
        "and", "in", "on", "for", "to", "at", "with", "within", "tHe", "War", "Peace", "peace", "\u00C9cole",
        "\u00E9cole", "\uD835\uDC00bc", "\u0130stanbul", "2016", "\"", "-", "Al-Assad", "U.S.", "x",
    };

    @Test
    void shouldKeepEveryQuoteThatThePatternsTakeForATitle() {
        Random random = new Random(5);
        int titles = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder b = new StringBuilder("x\"");
            int n = 1 + random.nextInt(16);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.append("\" y").toString();
            Span inner = new Span(2, text.length() - 2);
            boolean title = StatementExtractor.isTitleByPattern(text, inner);
            if (title) {
                titles++;
                assertThat(StatementExtractor.mayBeTitle(text, inner)).as("%s", text).isTrue();
            }
        }
        assertThat(titles).as("generated titles").isGreaterThan(300);
    }

    @Test
    void shouldRejectAQuoteWhoseSecondWordIsLowerCaseAndNoSmallWord() {
        String text = "\"This agreement will create jobs,\"";
        assertThat(StatementExtractor.mayBeTitle(text, new Span(1, text.length() - 1))).isFalse();
    }

    @Test
    void shouldKeepATitleWithSmallWordsAndATrailingComma() {
        String text = "\"War and Peace in the East,\"";
        Span inner = new Span(1, text.length() - 1);
        assertThat(StatementExtractor.mayBeTitle(text, inner)).isTrue();
        assertThat(StatementExtractor.isTitleByPattern(text, inner)).isTrue();
    }
}
