package io.newswire.tagger;

import java.util.Locale;
import java.util.Set;

/**
 * The word after a region or city name that makes it an administrative area: "Idlib province",
 * "Aleppo Governorate", "Rapides Parish", "Sichuan Province". The gazetteer holds bare names;
 * the mention takes the suffix in and reads as a region.
 */
final class AdminSuffix {
    static final Set<String> WORDS = Set.of("province", "governorate", "region",
            "prefecture", "oblast", "parish", "county", "district", "department", "state",
            "voivodeship", "canton", "krai", "territory", "emirate");
    /** {@link #WORDS} looked up from the text: the word after every city and region is tested. */
    private static final WordTable WORD_TABLE = new WordTable(WORDS);

    private AdminSuffix() {}

    /** "Glasgow, Ky.": a comma and a space after a capitalised word (or a dateline in capitals). */
    static boolean afterPlaceComma(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != ',') {
            return false;
        }
        int i = start - 3;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        return i + 1 < start - 2 && Character.isUpperCase(text.charAt(i + 1));
    }

    /** End of the suffix word directly after {@code end}, or -1 when none follows. */
    static int after(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLetter(text.charAt(end + 1))) {
            return -1;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        boolean wordEnds = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
        return wordEnds && isSuffixWord(text, end + 1, j) ? j : -1;
    }

    /**
     * {@code WORDS.contains(word.toLowerCase(Locale.ROOT))}: for an ASCII word that is the table's
     * ASCII case folding; other words go the long way (lower-casing may turn a non-ASCII letter,
     * the Kelvin sign, into an ASCII one).
     */
    private static boolean isSuffixWord(String text, int start, int end) {
        return Chars.isAscii(text, start, end) ? WORD_TABLE.containsIgnoreAsciiCase(text, start, end)
                : WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
