package io.newswire.tagger;

import java.util.Arrays;
import java.util.Collection;

/**
 * A fixed set of ASCII-initial words, looked up straight from a text range: no substring, no
 * hashing, usually rejected on the first character. For scans that test every word of a story.
 */
final class WordTable {
    private static final int ASCII = 128;
    private final String[][] byFirstChar = new String[ASCII][];
    /** Bit {@code n} set when some word of that first character has length {@code n} (63 for longer ones). */
    private final long[] lengthsByFirstChar = new long[ASCII];
    /** Bit {@code c & 63} set when some word of that first character ends in {@code c}. */
    private final long[] lastCharsByFirstChar = new long[ASCII];
    /** Lengths up to this have their own candidate lists; longer words are found among their first character's. */
    private static final int MAX_INDEXED_LENGTH = 31;
    /**
     * The words by first character and length ({@code first * (MAX_INDEXED_LENGTH + 1) + length}),
     * {@code null} where there are none: a look-up compares only words of the range's length.
     */
    private final String[][] byFirstAndLength = new String[ASCII * (MAX_INDEXED_LENGTH + 1)][];

    WordTable(Collection<String> words) {
        for (char c = 0; c < ASCII; c++) {
            final char first = c;
            byFirstChar[c] = words.stream().filter(w -> !w.isEmpty() && w.charAt(0) == first).sorted()
                    .toArray(String[]::new);
            for (String w : byFirstChar[c]) {
                lengthsByFirstChar[c] |= lengthBit(w.length());
                lastCharsByFirstChar[c] |= 1L << (w.charAt(w.length() - 1) & 63);
            }
            for (int length = 1; length <= MAX_INDEXED_LENGTH; length++) {
                final int n = length;
                String[] same = Arrays.stream(byFirstChar[c]).filter(w -> w.length() == n).toArray(String[]::new);
                byFirstAndLength[slot(c, length)] = same.length == 0 ? null : same;
            }
        }
    }

    /** The range's first character when the range is not empty and it is ASCII, else -1. */
    private static int asciiFirst(String text, int start, int end) {
        if (start >= end) {
            return -1;
        }
        char first = text.charAt(start);
        return first < ASCII ? first : -1;
    }

    private static int slot(int first, int length) {
        return first * (MAX_INDEXED_LENGTH + 1) + length;
    }

    /** The words of the range's (folded) first character and its length, or {@code null} for none. */
    private String[] sameLength(int first, int length) {
        return byFirstAndLength[slot(first, length)];
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /**
     * True when {@code text[start, end)} is one of the words (all lower case) but for the case
     * of ASCII letters, as a regex {@code (?i)} without {@code UNICODE_CASE} compares them.
     */
    boolean containsIgnoreAsciiCase(String text, int start, int end) {
        int first = asciiFirst(text, start, end);
        int length = end - start;
        int folded = first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first;
        if (first < 0 || (lengthsByFirstChar[folded] & lengthBit(length)) == 0) {
            return false;
        }
        if (length <= MAX_INDEXED_LENGTH) {
            for (String word : sameLength(folded, length)) {
                if (asciiEqualsIgnoreCase(text, start, word)) {
                    return true;
                }
            }
            return false;
        }
        for (String word : byFirstChar[folded]) {
            if (word.length() == length && asciiEqualsIgnoreCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiEqualsIgnoreCase(String text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text[start, end)} is exactly one of the words. */
    boolean contains(String text, int start, int end) {
        int first = asciiFirst(text, start, end);
        int length = end - start;
        if (first < 0 || (lengthsByFirstChar[first] & lengthBit(length)) == 0
                || (lastCharsByFirstChar[first] & 1L << (text.charAt(end - 1) & 63)) == 0) {
            return false;
        }
        if (length <= MAX_INDEXED_LENGTH) {
            for (String word : sameLength(first, length)) {
                if (text.startsWith(word, start)) {
                    return true;
                }
            }
            return false;
        }
        for (String word : byFirstChar[first]) {
            if (word.length() == length && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code contains(text, start, Chars.asciiLowerCaseRunEnd(text, start))} for a table of
     * lower-case ASCII words, without reading the run first: true when one of the words stands at
     * {@code start} and no lower-case letter follows it. Most runs are rejected on their first
     * letter.
     */
    boolean containsLowerCaseRunAt(String text, int start) {
        char first = start < text.length() ? text.charAt(start) : 0;
        if (first < 'a' || first > 'z') {
            return false; // an empty run is no word
        }
        for (String word : byFirstChar[first]) {
            int end = start + word.length();
            if (text.startsWith(word, start) && (end == text.length() || text.charAt(end) < 'a' || text.charAt(end) > 'z')) {
                return true;
            }
        }
        return false;
    }
}
