package io.newswire.tagger;

import java.util.Locale;
import java.util.Set;

/**
 * The word after a region or city name that makes it an administrative area: "Idlib province",
 * "Aleppo Governorate", "Rapides Parish", "Sichuan Province". The gazetteer holds bare names;
 * the mention takes the suffix in and reads as a region.
 */
final class AdminSuffix {
    private static final Set<String> WORDS = Set.of("province", "governorate", "region",
            "prefecture", "oblast", "parish", "county", "district", "department", "state",
            "voivodeship", "canton", "krai", "territory", "emirate");

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
        return wordEnds && WORDS.contains(text.substring(end + 1, j).toLowerCase(Locale.ROOT)) ? j : -1;
    }
}
