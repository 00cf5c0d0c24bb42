package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ClaimedText} answers as a list of claimed spans and {@link Span#overlaps} would. */
class ClaimedTextTest {

    @Test
    void overlapsExactlyWhenAClaimedSpanSharesACharacter() {
        ClaimedText claimed = new ClaimedText(200);
        claimed.claim(new Span(10, 20));
        claimed.claim(new Span(60, 70)); // crosses the first word boundary (64)

        assertThat(claimed.overlaps(new Span(19, 25))).isTrue();
        assertThat(claimed.overlaps(new Span(20, 25))).isFalse(); // touches, shares nothing
        assertThat(claimed.overlaps(new Span(5, 10))).isFalse();
        assertThat(claimed.overlaps(new Span(0, 200))).isTrue();
        assertThat(claimed.overlaps(new Span(64, 65))).isTrue();
        assertThat(claimed.overlaps(new Span(70, 199))).isFalse();
    }

    @Test
    void agreesWithSpanOverlapsOnRandomSpansAcrossWordBoundaries() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int length = 1 + random.nextInt(300);
            ClaimedText claimed = new ClaimedText(length);
            List<Span> spans = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                Span span = randomSpan(random, length);
                claimed.claim(span);
                spans.add(span);
            }
            for (int q = 0; q < 20; q++) {
                Span asked = randomSpan(random, length);
                boolean expected = spans.stream().anyMatch(s -> s.overlaps(asked));
                assertThat(claimed.overlaps(asked)).as("%s against %s", asked, spans).isEqualTo(expected);
            }
        }
    }

    private static Span randomSpan(Random random, int length) {
        int start = random.nextInt(length);
        return new Span(start, start + 1 + random.nextInt(Math.min(130, length - start)));
    }
}
