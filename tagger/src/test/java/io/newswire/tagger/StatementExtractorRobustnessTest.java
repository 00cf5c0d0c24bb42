package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Messy scraped copy must never make extraction throw or return spans outside the text. */
class StatementExtractorRobustnessTest {
    private static final String[] TOKENS = {
        "said", "told", "reporters", "according to", "he", "she", "the official", "a senior US official",
        "Lopez", "Maria Lopez", "Mr.", "U.S.", "adding", "\"", "\u201C", "\u201D", "'", "\u2019", ".", ",", ":",
        "?", "\n", "\n\n", " \u2014 ", "\u2015", "(", ")", "\u00A0", "we", "will", "not", "sign", "this"
    };

    @Test
    void shouldKeepEverySpanInsideTheTextForRandomQuoteSoup() {
        StatementExtractor extractor = StatementExtractor.loadDefault();
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            String text = soup(random);
            ActorTag lopez = ActorFixtures.person(text, "maria-lopez", "Maria Lopez", "minister", "ES", "Maria Lopez", "Lopez");
            List<StatementTag> found = extractor.extract(text, List.of(lopez));
            for (StatementTag s : found) {
                assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.quote());
                assertThat(s.speaker()).isNotBlank();
                assertThat(s.speakerSpan().end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void shouldTreatNullTextAndNullActorsAsEmpty() {
        StatementExtractor extractor = StatementExtractor.loadDefault();
        assertThat(extractor.extract(null, null)).isEmpty();
        assertThat(extractor.extract("\"We are ready,\" said Ana Ruiz.", null))
                .extracting(StatementTag::speaker).containsExactly("Ana Ruiz");
    }

    private static String soup(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
