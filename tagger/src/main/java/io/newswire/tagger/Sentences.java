package io.newswire.tagger;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Sentence boundaries found locally around a position, without splitting the whole text. */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr",
            "sr", "prof", "rev", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs",
            "inc", "corp", "co", "ltd", "adm", "maj", "cmdr", "pres", "sec", "amb", "approx", "etc");
    /** Length of the longest of {@link #ABBREVIATIONS}; initials are at most four characters. */
    private static final int LONGEST_ABBREVIATION =
            Math.max(4, ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0));
    /** {@link #ABBREVIATIONS} for ASCII tokens, where lower-casing is ASCII folding. */
    private static final WordTable ABBREVIATION_TABLE = new WordTable(ABBREVIATIONS);
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)*\\p{L}");

    private Sentences() {}

    /** True when the character at {@code i} ends a sentence. */
    static boolean isEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && isCloser(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next)) && !isOpener(text, next)) {
            return false;
        }
        return c != '.' || !isAbbreviation(text, i);
    }

    /** Start of the sentence holding {@code pos}, not before {@code floor}. */
    static int startBefore(String text, int pos, int floor) {
        for (int j = pos - 1; j >= floor; j--) {
            if (isMark(text.charAt(j)) && isEnd(text, j) && followedByCapital(text, j)) {
                return j + 1;
            }
        }
        return floor;
    }

    /**
     * True when the sentence mark at {@code i} ends a sentence, as {@link #endAfter} and
     * {@link #startBefore} take it: {@link #isEnd}, and no lower-case letter opens the next word.
     */
    static boolean endsSentenceAt(String text, int i) {
        return isEnd(text, i) && followedByCapital(text, i);
    }

    /**
     * End (exclusive) of the sentence holding {@code pos}, not after {@code ceil}. The
     * specification of {@link SentenceMarks#endAfter}, which the extractor uses (see SentenceMarksTest).
     */
    static int endAfter(String text, int pos, int ceil) {
        for (int j = pos; j < ceil; j++) {
            if (isMark(text.charAt(j)) && isEnd(text, j) && followedByCapital(text, j)) {
                return j + 1;
            }
        }
        return ceil;
    }

    /**
     * The first test of {@link #isEnd}, inline in the scans: they read every character between a
     * quote and its sentence's ends, nearly all of which are no sentence mark.
     */
    private static boolean isMark(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean followedByCapital(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || isCloser(text.charAt(j)))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char c = text.charAt(j);
        return !Character.isLowerCase(c);
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == '\'' || c == '\u2019';
    }

    private static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        return c == '"' || c == '\u201C' || c == '\u201D' || Character.isUpperCase(c);
    }

    static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '"') {
            s--;
        }
        // longer than every abbreviation (lower-casing never shortens a word) and than initials
        if (s == dot || dot - s > LONGEST_ABBREVIATION) {
            return false;
        }
        if (Chars.isAscii(text, s, dot)) {
            return ABBREVIATION_TABLE.containsIgnoreAsciiCase(text, s, dot)
                    || dot - s <= 4 && isAsciiInitials(text, s, dot) && Character.isUpperCase(text.charAt(s));
        }
        String token = text.substring(s, dot);
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT))
                || (token.length() <= 4 && INITIALS.matcher(token).matches() && Character.isUpperCase(token.charAt(0)));
    }

    /** {@link #INITIALS} on ASCII text: letters with single dots between them ("U.S", "J"). */
    private static boolean isAsciiInitials(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean letterPlace = (i - from) % 2 == 0;
            char c = text.charAt(i);
            if (letterPlace ? !Chars.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }
}
