package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where {@link TitleDiscovery} looks for titles: capitals opening a run of letters. */
class TitleDiscoveryTest {
    @Test
    void findsATitleAfterAQualifierOrALowerCaseHead() {
        assertThat(roles("Russian Foreign Ministry spokeswoman Maria Zakharova said.")).containsExactly(
                "Russian Foreign Ministry spokeswoman=Maria Zakharova");
        assertThat(roles("He met Prime Minister Jane Doe and ex-President Foo Bar.")).containsExactly(
                "Prime Minister=Jane Doe", "President=Foo Bar");
    }

    @Test
    void findsAHeadGluedToADigitAsARunOfLettersOpensThere() {
        assertThat(roles("In 2016President Foo Bar said.")).containsExactly("President=Foo Bar");
        assertThat(roles("2Secretary-General Ban Kimoon said.")).containsExactly("Secretary-General=Ban Kimoon");
        assertThat(roles("2Vice President Foo Bar said.")).containsExactly("Vice President=Foo Bar");
    }

    @Test
    void findsTitlesAcrossTheBitSetsWordBoundaries() {
        String padding = "x".repeat(80);
        for (int shift = 0; shift < 70; shift += 3) {
            String text = padding.substring(0, shift) + " Finance Minister Ana Lopez said.";
            assertThat(roles(text)).as(text).containsExactly("Finance Minister=Ana Lopez");
        }
    }

    @Test
    void dropsLeadingDeterminersFromTheRoleAndTheTitleSpan() {
        assertThat(titles("He met the former Foreign Minister Jane Doe.")).containsExactly("Foreign Minister|Foreign Minister");
        assertThat(titles("a speech of the Oil Minister Jane Doe.")).containsExactly("Oil Minister|Oil Minister");
        assertThat(titles("The The Minister Jane Doe.")).containsExactly("Minister|Minister");
        assertThat(titles("then Russian Foreign Ministry spokeswoman Maria Zakharova said."))
                .containsExactly("Russian Foreign Ministry spokeswoman|Russian Foreign Ministry spokeswoman");
    }

    /**
     * The head tests reject on a word's first characters (capitalised heads) or last two
     * (lower-case heads) before reading it; they must answer as reading the letter run and
     * looking it up in {@link TitleDiscovery#HEAD_FIRST_WORDS} does, at every position of text
     * made of head words, near misses and odd characters.
     */
    @Test
    void headTestsAnswerAsLookingUpTheWholeLetterRun() {
        List<String> pieces = new ArrayList<>(TitleDiscovery.HEAD_FIRST_WORDS);
        pieces.addAll(List.of("Mali", "Mayo", "Amina", "Ministers", "Oi", "Oils", "In", "M", "envo", "chiefs", "xleader",
                "2minister", "éenvoy", "Tr", "Diallo", " ", " ", ", ", ",", "-", "2", "é", "Ł", "\u0301", "?", "."));
        Random random = new Random(5);
        for (int n = 0; n < 4000; n++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(10);
            for (int p = 0; p < count; p++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = text.toString();
            for (int i = 0; i < s.length(); i++) {
                if (Chars.isAsciiUpperCase(s.charAt(i))) {
                    assertThat(TitleDiscovery.isCapitalisedHead(s, i)).as("%s at %d", s, i)
                            .isEqualTo(isHeadWord(s, i, letterRunEnd(s, i)));
                }
                assertThat(TitleDiscovery.lowerCaseHeadBefore(s, i)).as("%s before %d", s, i)
                        .isEqualTo(lowerCaseHeadBeforeBySpecification(s, i));
            }
        }
    }

    private static int letterRunEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isHeadWord(String s, int from, int to) {
        return TitleDiscovery.HEAD_FIRST_WORDS.contains(s.substring(from, to));
    }

    /** A lower-case head word, then a space or ", ", before {@code name}: its start, else -1. */
    private static int lowerCaseHeadBeforeBySpecification(String s, int name) {
        int end = name - 1;
        if (end < 1 || s.charAt(end) != ' ') {
            return -1;
        }
        if (s.charAt(end - 1) == ',') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        boolean lowerCaseHead = start < end && !Character.isUpperCase(s.charAt(start)) && isHeadWord(s, start, end);
        return lowerCaseHead ? start : -1;
    }

    /** Each title's role, then the text its title span covers. */
    private static List<String> titles(String text) {
        return TitleDiscovery.find(text, WordBits.of(text)).stream()
                .map(t -> t.role() + "|" + text.substring(t.title().start(), t.title().end()))
                .toList();
    }

    private static List<String> roles(String text) {
        return TitleDiscovery.find(text, WordBits.of(text)).stream()
                .map(t -> t.role() + "=" + text.substring(t.name().start(), t.name().end()))
                .toList();
    }
}
