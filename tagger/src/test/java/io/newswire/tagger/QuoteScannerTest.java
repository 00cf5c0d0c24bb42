package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line start the scanner records with each quote is the one a search back from its mark finds. */
class QuoteScannerTest {
    private static final String[] PIECES = {
        "\"", "\u201C", "\u201D", "\n", "\n\n", "\r\n", " \n \n", "\t", " ", "word", "Kirby said", ",", ".", "\n\"",
        "\n\u201C", "\n \u201D", "x\u201C ", " \u201Dy",
    };

    @Test
    void shouldRecordTheStartOfTheLineHoldingEachOpeningMark() {
        Random random = new Random(3);
        int segments = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(20);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (QuoteSegment seg : new QuoteScanner().scan(text)) {
                segments++;
                assertThat(seg.paragraphStart()).as("%s at %d", text, seg.open())
                        .isEqualTo(text.lastIndexOf('\n', seg.open() - 1) + 1);
            }
        }
        assertThat(segments).isGreaterThan(10_000);
    }
}
