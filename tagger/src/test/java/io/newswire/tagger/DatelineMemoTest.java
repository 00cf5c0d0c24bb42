package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineMemoTest {
    private final List<String> worked = new ArrayList<>();

    /** Evidence for datelines holding a comma, none for the others; records each dateline worked out. */
    private DatelineMemo memo(int maxEntries, int maxKeyLength) {
        return new DatelineMemo(maxEntries, maxKeyLength, dateline -> {
            worked.add(dateline);
            return dateline.contains(",") ? new Evidence("US", true, 0, Evidence.Source.DATELINE) : null;
        });
    }

    @Test
    void shouldWorkOutEachDatelineOnceAndGiveTheSameAnswerAfter() {
        DatelineMemo memo = memo(10, 40);
        Evidence first = memo.evidenceOf("HANOVER, N.H.");
        Evidence again = memo.evidenceOf(new String("HANOVER, N.H."));
        assertThat(again).isSameAs(first).isNotNull();
        assertThat(worked).containsExactly("HANOVER, N.H.");
    }

    @Test
    void shouldRememberADatelineNamingNoPlaceToo() {
        DatelineMemo memo = memo(10, 40);
        assertThat(memo.evidenceOf("March 3 -")).isNull();
        assertThat(memo.evidenceOf("March 3 -")).isNull();
        assertThat(worked).containsExactly("March 3 -");
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void shouldEmptyItselfWhenFullSoThatNewDatelinesHoldNoMore() {
        DatelineMemo memo = memo(3, 40);
        for (String dateline : List.of("A, B", "C, D", "E, F")) {
            memo.evidenceOf(dateline);
        }
        assertThat(memo.size()).isEqualTo(3);
        memo.evidenceOf("G, H");
        assertThat(memo.size()).isEqualTo(1);
        memo.evidenceOf("A, B");
        assertThat(worked).containsExactly("A, B", "C, D", "E, F", "G, H", "A, B");
        for (int i = 0; i < 100; i++) {
            memo.evidenceOf("PLACE " + i + ", X");
            assertThat(memo.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void shouldWorkOutALongDatelineEveryTimeWithoutKeepingIt() {
        DatelineMemo memo = memo(10, 12);
        String longDateline = "SADDLE BROOK, N.J., March 11";
        assertThat(memo.evidenceOf(longDateline)).isNotNull();
        assertThat(memo.evidenceOf(longDateline)).isNotNull();
        assertThat(worked).containsExactly(longDateline, longDateline);
        assertThat(memo.size()).isZero();
    }
}
