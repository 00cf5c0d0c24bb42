package io.newswire.tagger;

import java.util.Collection;

/**
 * A fixed set of ASCII-initial words, looked up straight from a text range: no substring, no
 * hashing, usually rejected on the first character. For scans that test every word of a story.
 */
final class WordTable {
    private static final int ASCII = 128;
    private final String[][] byFirstChar = new String[ASCII][];

    WordTable(Collection<String> words) {
        for (char c = 0; c < ASCII; c++) {
            final char first = c;
            byFirstChar[c] = words.stream().filter(w -> !w.isEmpty() && w.charAt(0) == first).sorted()
                    .toArray(String[]::new);
        }
    }

    /** True when {@code text[start, end)} is exactly one of the words. */
    boolean contains(String text, int start, int end) {
        char first = text.charAt(start);
        if (first >= ASCII) {
            return false;
        }
        int length = end - start;
        for (String word : byFirstChar[first]) {
            if (word.length() == length && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }
}
