package io.newswire.tagger;

import java.util.Arrays;
import java.util.List;

/**
 * Which word starts of a text may open a name, decided for all of them in one pass before any
 * trie walk. A story has some 670 word starts and opens a name at about 40: tested one by one
 * inside the walk, every start paid for unpredictable branches, and most lower-case words ("the",
 * "that", "for") walked a few nodes before failing. Here each start costs a few reads of small
 * tables and no data-dependent branch, and only the starts that pass are walked. Starts on an
 * ASCII capital are all walked (see {@link #candidates}); the others take two tests, both exact
 * in what they reject:
 *
 * <ul>
 *   <li>the first two characters: the trie the first character's case selects ({@link
 *       NameMatcher}) has a name opening on them, folded ({@link NameTrie#opens});
 *   <li>its shape: a name fits at a word start only if its
 *       first word (its folded characters up to the first that is not a letter or digit, or all
 *       of them) is the text's word there, folded, since a name ending inside a word ends at no
 *       boundary and folding keeps a character a letter or digit or not. So a word whose shape
 *       (first two characters, last character, length) is no uncapitalised name's first word's
 *       opens no name: of some 170 lower-case words a story has past the first test, about 50
 *       are left ("the", "a"). Shapes are bits by hash, about one in sixteen set: a collision
 *       only lets a walk through. The 22,000 first words of the capitalised names would need a
 *       table too large to stay in cache, and reject only one capitalised word in six.
 * </ul>
 *
 * A start whose first two characters are not ASCII, or that ends the text, is always walked; so
 * is one whose first two or last characters are not ASCII or are {@code '?'} when the test reads
 * the text's bytes ({@link WordBits#latin1}), where a {@code '?'} may stand for another character.
 */
final class NameStarts {
    private static final int ASCII = 0x80;
    /** Per ASCII first character as written and second character folded: may a name open so. */
    private final long[] pairs = new long[ASCII * ASCII / Long.SIZE];
    /** The first-word shapes of the names not opening on a capital, by hash (a few hundred bits). */
    private final long[] shapes;
    private final int shift;

    /**
     * @param all the trie of every name, walked from words opening on a capital
     * @param uncapitalised the trie of the names not opening on a capital, walked from the other words
     */
    NameStarts(NameTrie all, NameTrie uncapitalised, List<NameEntry> uncapitalisedNames) {
        for (char first = 0; first < ASCII; first++) {
            boolean capital = Chars.isAsciiUpperCase(first);
            NameTrie trie = capital ? all : uncapitalised;
            for (char second = 0; second < ASCII; second++) {
                if (trie.opens(NameMatcher.fold(first), second)) {
                    int index = first * ASCII + second;
                    pairs[index >>> 6] |= 1L << index;
                }
            }
        }
        int[] hashes = new int[uncapitalisedNames.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = shapeOf(uncapitalisedNames.get(i).name());
        }
        int distinct = (int) Arrays.stream(hashes).distinct().count();
        int size = Math.max(Long.SIZE, Integer.highestOneBit(distinct * 8) * 2);
        this.shapes = new long[size / Long.SIZE];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(size);
        for (int hash : hashes) {
            int bit = hash >>> shift;
            shapes[bit >>> 6] |= 1L << bit;
        }
    }

    /** The shape hash of a name's first word, folded; 0 for a name opening on no letter or digit (never asked). */
    private static int shapeOf(String name) {
        int length = 0;
        while (length < name.length() && Chars.isLetterOrDigit(NameMatcher.fold(name.charAt(length)))) {
            length++;
        }
        if (length == 0) {
            return 0;
        }
        char second = length > 1 ? NameMatcher.fold(name.charAt(1)) : 0;
        return hash(NameMatcher.fold(name.charAt(0)), second, NameMatcher.fold(name.charAt(length - 1)), length);
    }

    private static int hash(char first, char second, char last, int length) {
        return (((first * 31 + second) * 31 + last) * 64 + Math.min(length, 63)) * 0x9E3779B9;
    }

    /**
     * The word starts of {@code text} that may open a name, as a bit set like its {@link
     * WordBits#words}: a start is a word character after a non-word one. Starts on an ASCII
     * capital (one in five) are all let through, a word at a time: the pair test rejected almost
     * none of them, and the walk rejects a word that opens no name at its first look-up ({@link
     * NameTrie#longestAt}). Only the other starts are tested, so the loop does not branch on
     * the case of the word.
     */
    long[] candidates(String text, WordBits bits) {
        long[] words = bits.words();
        long[] capitals = bits.capitals();
        long[] starts = bits.starts();
        byte[] latin1 = bits.latin1();
        long[] candidates = new long[words.length];
        for (int w = 0; w < words.length; w++) {
            long found = starts[w] & capitals[w];
            for (long other = starts[w] & ~capitals[w]; other != 0; other &= other - 1) {
                int bit = Long.numberOfTrailingZeros(other);
                int start = w << 6 | bit;
                found |= (latin1 != null ? mayOpen(latin1, words, start) : mayOpen(text, words, start)) << bit;
            }
            candidates[w] = found;
        }
        return candidates;
    }

    /** 1 when a name may open at word start {@code start}, which is not on an ASCII capital, else 0. */
    private long mayOpen(String text, long[] words, int start) {
        if (start + 1 == text.length()) {
            return 1;
        }
        char first = text.charAt(start);
        char second = NameMatcher.fold(text.charAt(start + 1));
        if ((first | second) >= ASCII) {
            return 1;
        }
        int end = NameMatcher.wordEnd(words, start);
        return mayOpen(first, second, NameMatcher.fold(text.charAt(end - 1)), end - start);
    }

    /**
     * {@link #mayOpen(String, long[], int)} read from the text's {@link WordBits#latin1} bytes:
     * a start whose first two or last bytes are not ASCII, or are {@code '?'} (which may stand
     * for another character), is let through, which only costs a walk.
     */
    private long mayOpen(byte[] latin1, long[] words, int start) {
        if (start + 1 == latin1.length) {
            return 1;
        }
        int end = NameMatcher.wordEnd(words, start);
        int first = latin1[start];
        int second = latin1[start + 1];
        int last = latin1[end - 1];
        if (((first | second | last) & ~0x7F) != 0 || second == '?' || last == '?' || first == '?') {
            return 1;
        }
        return mayOpen((char) first, NameMatcher.fold((char) second), NameMatcher.fold((char) last), end - start);
    }

    /** The pair and shape tests on a word's first two characters, its last character (folded) and its length. */
    private long mayOpen(char first, char second, char last, int length) {
        int pair = first * ASCII + second;
        int shape = hash(first, length > 1 ? second : 0, last, length) >>> shift;
        return pairs[pair >>> 6] >>> pair & shapes[shape >>> 6] >>> shape & 1;
    }
}
