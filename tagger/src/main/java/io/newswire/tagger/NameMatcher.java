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
 * Word starts come from a bit set of the text's letters and digits, and {@link NameStarts}
 * rejects most of them (about 500 of a story's 670) before any walk.
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
    /** Rejects most word starts before a walk. */
    private final NameStarts starts;

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
        this.starts = new NameStarts(uncapitalisedNames);
    }

    /**
     * Finds all names in {@code text}, left to right, longest first, without overlaps. Word
     * starts (a word character after a non-word one, or opening the text) come from one bit set
     * of the word characters ({@link WordBits}); the trie is walked only from
     * those {@link NameStarts} lets through, in order, skipping those inside a name found.
     */
    List<NameMatch> findAll(String text) {
        return findAll(text, WordBits.of(text));
    }

    /** {@link #findAll(String)} with the text's {@link WordBits}, made once per story. */
    List<NameMatch> findAll(String text, WordBits bits) {
        List<NameMatch> found = new ArrayList<>();
        long[] words = bits.words();
        byte[] latin1 = bits.latin1();
        long[] candidates = starts.candidates(text, bits);
        for (int start = Chars.nextSetBit(candidates, 0); start >= 0;) {
            NameTrie trie = trieAt(text, start);
            int wordEnd = wordEnd(words, start);
            int node = trie.firstWordNode(text, latin1, start, wordEnd);
            long match = node == NameTrie.NONE ? NameTrie.NO_MATCH : trie.longestFrom(text, words, start, wordEnd, node);
            if (match == NameTrie.NO_MATCH) {
                start = Chars.nextSetBit(candidates, start + 1);
            } else {
                int end = (int) match;
                found.add(trie.match((int) (match >>> 32), text, start, end));
                start = Chars.nextSetBit(candidates, end);
            }
        }
        return found;
    }

    /** The trie walked from word start {@code start}: {@link #all} from a capital, else {@link #uncapitalised}. */
    private NameTrie trieAt(String text, int start) {
        return isUpperCase(text.charAt(start)) ? all : uncapitalised;
    }

    /** The end of the word at {@code start}: the first clear bit of {@code words} after it. */
    static int wordEnd(long[] words, int start) {
        int w = start >>> 6;
        long rest = ~words[w] & (-1L << start);
        while (rest == 0) {
            if (++w == words.length) {
                return w << 6; // the text's length: it fills the last word
            }
            rest = ~words[w];
        }
        return w << 6 | Long.numberOfTrailingZeros(rest);
    }

    private static boolean isUpperCase(char c) {
        return c < 0x80 ? (char) (c - 'A') < 26 : Character.isUpperCase(c);
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
