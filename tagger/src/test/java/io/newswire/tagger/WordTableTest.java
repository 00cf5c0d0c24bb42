package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word table answers as a set of its words does, also when it looks up a lower-case run at a
 * position; the regex-space test answers as {@code \s}.
 */
class WordTableTest {
    private static final List<String> WORDS = List.of("said", "says", "say", "sang", "sings", "told", "a", "an",
            "according", "characterising", "abcdefghijklmnopqrstuvwxyzabcdef", "abcdefghijklmnopqrstuvwxyzabcdefg", "x");
    private static final String[] PIECES = {"s", "a", "i", "d", "y", "S", "A", "ng", "told", "n", "x", "\u00E9",
        "\u212A", "according", "characterising", "abcdefghijklmnopqrstuvwxyz", "abcdef", "g", " ", "-"};

    private static final List<String> LOWER_CASE_WORDS = List.of("secretary", "sec", "minister", "min", "a", "president", "pope",
            "prime", "king", "queen", "envoy");
    private static final String[] RUN_PIECES = {"secretary", "sec", "minister", "min", "a", "president", "pope", "pop",
            "king", "kings", " ", "-", "S", "é", "2", "_", "x", "\u0301", "😀", "the "};

    @Test
    void shouldFindExactlyTheWordsOfItsSetWithAndWithoutAsciiCase() {
        WordTable table = new WordTable(WORDS);
        Set<String> words = Set.copyOf(WORDS);
        Random random = new Random(5);
        int found = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = "." + b + ".";
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            String range = text.substring(start, end);
            boolean exact = words.contains(range);
            assertThat(table.contains(text, start, end)).as("[%s]", range).isEqualTo(exact);
            String asciiLower = asciiLowerCase(range);
            assertThat(table.containsIgnoreAsciiCase(text, start, end)).as("[%s] ignoring case", range)
                    .isEqualTo(words.contains(asciiLower));
            found += exact ? 1 : 0;
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void shouldTakeAsRegexSpaceExactlyWhatBackslashSMatches() {
        Pattern space = Pattern.compile("\\s");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Chars.isRegexSpace(c)).as("U+%04X", (int) c).isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void aLowerCaseRunAtAPositionIsAWordExactlyWhenTheRunReadFirstIs() {
        WordTable table = new WordTable(LOWER_CASE_WORDS);
        Random random = new Random(11);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(RUN_PIECES[random.nextInt(RUN_PIECES.length)]);
            }
            String s = text.toString();
            for (int at = 0; at <= s.length() + 1; at++) {
                boolean read = at <= s.length() && table.contains(s, at, Chars.asciiLowerCaseRunEnd(s, at));
                assertThat(table.containsLowerCaseRunAt(s, at)).as("%s at %d", s, at).isEqualTo(read);
            }
        }
    }

    private static String asciiLowerCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= 'A' && c <= 'Z' ? Character.toString(c).toLowerCase(Locale.ROOT) : String.valueOf(c));
        }
        return b.toString();
    }
}
