package io.newswire.tagger;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which word starts of a text may open a name, decided for all of them in one pass before any
 * trie walk. A story has some 670 word starts and opens a name at about 40: tested one by one
 * inside the walk, every start paid for unpredictable branches, and most lower-case words ("the",
 * "that", "for") walked a few nodes before failing. Here each start costs a read of its first
 * eight characters and of one small table, with no branch on whether it passes, and only the
 * starts that pass are walked.
 *
 * <p>Starts on an ASCII capital are all walked (see {@link #candidates}). The others open a name
 * only if it is one of the names not opening on a capital ({@link NameMatcher}), some 60 first
 * words ("al", "the", "de", "president"): a name fits at a word start only if its first word
 * (its folded characters up to the first that is not a letter or digit, or all of them) is the
 * text's word there, folded, since a name ending inside a word ends at no boundary and folding
 * keeps a character a letter or digit or not. So each such start is tested against those first
 * words by the word's first eight characters, folded ({@link AsciiChunks}), and whether it has
 * more: bits by hash, about one in sixty-four set, so a collision only lets a walk through. Of
 * some 530 lower-case words a story has, about 57 are left, most of them "the" and "a". A word
 * whose first eight characters are not all ASCII, or near the end of a text, is always walked. The 22,000 first words of
 * the capitalised names would need a table too large to stay in cache, and would reject only one
 * capitalised word in six.
 */
final class NameStarts {
    /** Marks the key of a word longer than a chunk: its first chunk with this bit, which no chunk has. */
    private static final long LONGER = 1L << 63;
    /** The first words of the names not opening on a capital, a bit per key by hash. */
    private final long[] firstWords;
    private final int shift;

    /** @param uncapitalisedNames the names not opening on a capital, walked from the words that do not */
    NameStarts(List<NameEntry> uncapitalisedNames) {
        Set<Long> keys = new HashSet<>();
        for (NameEntry name : uncapitalisedNames) {
            char[] folded = name.name().toCharArray();
            int length = 0;
            while (length < folded.length && Chars.isLetterOrDigit(folded[length])) {
                folded[length] = NameMatcher.fold(folded[length]);
                length++;
            }
            // a text's word is tested by its first chunk: keyed so whenever that is ASCII, whatever follows
            char[] firstChunk = Arrays.copyOf(folded, Math.min(length, AsciiChunks.SIZE));
            if (length > 0 && AsciiChunks.isAscii(firstChunk)) { // one whose first chunk is not ASCII is always walked
                keys.add(key(AsciiChunks.chunkOf(firstChunk, 0), length));
            }
        }
        int size = Math.max(Long.SIZE, Integer.highestOneBit(Math.max(1, keys.size()) * Long.SIZE) * 2);
        this.firstWords = new long[size / Long.SIZE];
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(size);
        for (long key : keys) {
            int bit = bit(key);
            firstWords[bit >>> 6] |= 1L << bit;
        }
    }

    private static long key(long firstChunk, int length) {
        return length > AsciiChunks.SIZE ? firstChunk | LONGER : firstChunk;
    }

    private int bit(long key) {
        return (int) (key * AsciiChunks.GOLDEN >>> shift);
    }

    /**
     * The word starts of {@code text} that may open a name, as a bit set like its {@link
     * WordBits#words}: a start is a word character after a non-word one. Starts on an ASCII
     * capital (one in five) are all let through, a word at a time: the walk rejects a word that
     * opens no name at its first look-up ({@link NameTrie#firstWordNode}). Only the other starts
     * are tested, so the loop does not branch on the case of the word.
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
                found |= mayOpen(text, latin1, words, w << 6 | bit) << bit;
            }
            candidates[w] = found;
        }
        return candidates;
    }

    /** 1 when a name may open at word start {@code start}, which is not on an ASCII capital, else 0. */
    private long mayOpen(String text, byte[] latin1, long[] words, int start) {
        if (latin1 == null || start + AsciiChunks.SIZE > latin1.length) {
            return 1;
        }
        int length = NameMatcher.wordEnd(words, start) - start;
        long chunk = AsciiChunks.chunk(latin1, start, length, 0);
        if (chunk == AsciiChunks.NO_CHUNK) {
            return 1;
        }
        int bit = bit(key(chunk, length));
        return firstWords[bit >>> 6] >>> bit & 1;
    }
}
