package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line start and end the scanner records with each quote are the ones a search back from its
 * opening mark and forward from its end find.
 */
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
            String text = randomText(random);
            for (QuoteSegment seg : new QuoteScanner().scan(text)) {
                segments++;
                assertThat(seg.paragraphStart()).as("%s at %d", text, seg.open())
                        .isEqualTo(text.lastIndexOf('\n', seg.open() - 1) + 1);
            }
        }
        assertThat(segments).isGreaterThan(10_000);
    }

    @Test
    void shouldRecordTheEndOfTheLineHoldingEachQuotesEnd() {
        Random random = new Random(4);
        int segments = 0;
        int runOn = 0;
        for (int t = 0; t < 20_000; t++) {
            String text = randomText(random);
            for (QuoteSegment seg : new QuoteScanner().scan(text)) {
                segments++;
                runOn += seg.closed() ? 0 : 1;
                int lineBreak = text.indexOf('\n', seg.after());
                assertThat(seg.paragraphEnd()).as("%s after %d", text, seg.after())
                        .isEqualTo(lineBreak < 0 ? text.length() : lineBreak);
            }
        }
        assertThat(segments).isGreaterThan(10_000);
        assertThat(runOn).isGreaterThan(500);
    }

    /** One to twenty pieces: quotation marks, line breaks, words. */
    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
