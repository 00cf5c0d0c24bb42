package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiled multi-pattern matcher over every gazetteer and actor name: a case-folded character
 * trie walked from each token start, so one pass over the text finds all names. Matches are
 * token-boundary aware, leftmost-longest and never overlap. Capitals in a dictionary name must
 * be capitals in the text; all-capital abbreviations ("US") must match exactly.
 *
 * <p>The trie is frozen into sorted child arrays ({@link NameTrie}) so that a step costs a
 * short array scan instead of a boxed map lookup, and each name's case rule is computed once.
 * Immutable after construction and safe to share between threads.
 */
final class NameMatcher {
    private final NameTrie all;
    /**
     * Only the names that do not open on a capital ("al Qaeda", "de Mistura"): a name opening on
     * a capital never fits a word opening on anything else, so lower-case words, most of a
     * story, are looked up in this small trie.
     */
    private final NameTrie uncapitalised;

    NameMatcher(Iterable<NameEntry> entries) {
        List<NameEntry> allNames = new ArrayList<>();
        List<NameEntry> uncapitalisedNames = new ArrayList<>();
        for (NameEntry entry : entries) {
            allNames.add(entry);
            if (entry.name().isEmpty() || !Character.isUpperCase(entry.name().charAt(0))) {
                uncapitalisedNames.add(entry);
            }
        }
        this.all = NameTrie.of(allNames);
        this.uncapitalised = NameTrie.of(uncapitalisedNames);
    }

    /**
     * Finds all names in {@code text}, left to right, longest first, without overlaps. Word
     * starts come from one bit set of the word characters ({@link Chars#letterOrDigitBits}):
     * a walk begins only at a word character after a non-word one (or the text's start).
     */
    List<NameMatch> findAll(String text) {
        List<NameMatch> found = new ArrayList<>();
        long[] words = Chars.letterOrDigitBits(text);
        for (int i = nextWordStart(words, 0); i >= 0;) {
            NameTrie trie = isUpperCase(text.charAt(i)) ? all : uncapitalised;
            long match = trie.longestAt(text, words, i);
            if (match == NameTrie.NO_MATCH) {
                i = nextWordStart(words, i + 1);
            } else {
                int node = (int) (match >>> 32);
                int end = (int) match;
                found.add(new NameMatch(new Span(i, end), text.substring(i, end), trie.fitting(node, text, i)));
                i = nextWordStart(words, end);
            }
        }
        return found;
    }

    /**
     * The first word start at or after {@code from}: a word character whose predecessor is not
     * one (or which opens the text), or -1.
     */
    private static int nextWordStart(long[] words, int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long starts = words[w] & ~(words[w] << 1 | (w == 0 ? 0 : words[w - 1] >>> 63)) & (-1L << from);
        while (starts == 0) {
            if (++w == words.length) {
                return -1;
            }
            starts = words[w] & ~(words[w] << 1 | words[w - 1] >>> 63);
        }
        return w << 6 | Long.numberOfTrailingZeros(starts);
    }

    /** True when bit {@code k} of {@code words} (see {@link Chars#letterOrDigitBits}) is set. */
    static boolean isWordChar(long[] words, int k) {
        return (words[k >>> 6] & 1L << k) != 0;
    }

    private static boolean isUpperCase(char c) {
        return c < 0x80 ? (char) (c - 'A') < 26 : Character.isUpperCase(c);
    }

    static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c);
    }

    static char fold(char c) {
        if (c < 0x80) { // ASCII, most characters: what Character.toLowerCase gives, without its tables
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        switch (c) {
            case '\u2019':
            case '\u2018':
                return '\'';
            case '\u2013':
            case '\u2010':
                return '-';
            default:
                return Character.toLowerCase(c);
        }
    }
}
