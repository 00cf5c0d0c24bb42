package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word table answers as a set of its words does, and the regex-space test as {@code \s}. */
class WordTableTest {
    private static final List<String> WORDS = List.of("said", "says", "say", "sang", "sings", "told", "a", "an",
            "according", "characterising", "abcdefghijklmnopqrstuvwxyzabcdef", "abcdefghijklmnopqrstuvwxyzabcdefg", "x");
    private static final String[] PIECES = {"s", "a", "i", "d", "y", "S", "A", "ng", "told", "n", "x", "\u00E9",
        "\u212A", "according", "characterising", "abcdefghijklmnopqrstuvwxyz", "abcdef", "g", " ", "-"};

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

    private static String asciiLowerCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= 'A' && c <= 'Z' ? Character.toString(c).toLowerCase(Locale.ROOT) : String.valueOf(c));
        }
        return b.toString();
    }
}
