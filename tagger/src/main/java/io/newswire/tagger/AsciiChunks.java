package io.newswire.tagger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A word's folded ASCII characters eight at a time, as one {@code long}: character {@code k} of
 * the eight in byte {@code k} (first lowest), unused bytes 0, so equal words give equal chunks
 * and no word character is 0. Read from a text's ISO-8859-1 bytes ({@link WordBits#latin1}) with
 * one eight-byte read, folded eight at once; or made from folded characters, giving the same.
 * The name matcher keys its first-word table and its start filter with them.
 */
final class AsciiChunks {
    /** What {@link #chunk} gives for bytes that are not all ASCII: no chunk is negative. */
    static final long NO_CHUNK = -1L;
    /** The most characters in a chunk. */
    static final int SIZE = Long.BYTES;

    /** Eight bytes read as one {@code long}, first byte lowest; also {@link WordBits}' reader. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** A one in every byte. */
    static final long ONES = 0x0101_0101_0101_0101L;
    /** The high bit of every byte. */
    static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    /** The multiplier that spreads a chunk's bits for a hash table index (Fibonacci hashing): {@code (int) (key * GOLDEN >>> shift)}. */
    static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private AsciiChunks() {}

    /**
     * The chunk of the {@code length} (1 to 8) word characters at {@code from}, capitals folded;
     * or {@link #NO_CHUNK} when one is not ASCII or is {@code '?'} ({@code '?'} is no word
     * character: in a word it stands for one outside ISO-8859-1). Reads eight bytes, so {@code
     * from + 8} must be within the array.
     */
    static long chunk(byte[] latin1, int from, int length) {
        long word = (long) LONGS.get(latin1, from) & -1L >>> (Long.SIZE - Byte.SIZE * length);
        if (!isPlainAscii(word)) {
            return NO_CHUNK;
        }
        return word + (inRange(word, 'A', 'Z') >>> 2); // a capital's high bit >>> 2 is 'a' - 'A'
    }

    /**
     * For eight ASCII bytes, the high bit of each byte in {@code [lo, hi]}: adding {@code 0x80 -
     * lo} sets its high bit and adding {@code 0x7f - hi} does not (no byte carries into the next:
     * all are below 0x80).
     */
    static long inRange(long eightBytes, char lo, char hi) {
        return (eightBytes + (0x80 - lo) * ONES) & ~(eightBytes + (0x7f - hi) * ONES) & HIGH_BITS;
    }

    /**
     * Chunk {@code c} of the word of {@code length} characters at {@code start}: {@link
     * #chunk(byte[], int, int)} of its characters {@code [8c, min(8c + 8, length))}.
     */
    static long chunk(byte[] latin1, int start, int length, int c) {
        return chunk(latin1, start + c * SIZE, Math.min(length - c * SIZE, SIZE));
    }

    /**
     * True when eight bytes read from a text's ISO-8859-1 bytes are ASCII and none is {@code
     * '?'}, so each is the text's character: a {@code '?'} may stand for one outside ISO-8859-1.
     */
    static boolean isPlainAscii(long eightBytes) {
        long questionMarks = eightBytes ^ '?' * ONES;
        return (eightBytes & HIGH_BITS) == 0 && ((questionMarks - ONES) & ~questionMarks & HIGH_BITS) == 0;
    }

    /** Chunk {@code c} of folded characters {@code word} (all ASCII), as {@link #chunk} reads it from bytes. */
    static long chunkOf(char[] word, int c) {
        long chunk = 0;
        for (int k = Math.min(word.length, (c + 1) * SIZE) - 1; k >= c * SIZE; k--) {
            chunk = chunk << Byte.SIZE | word[k];
        }
        return chunk;
    }

    /** How many chunks a word of {@code length} characters has. */
    static int count(int length) {
        return (length + SIZE - 1) / SIZE;
    }

    static boolean isAscii(char[] word) {
        for (char c : word) {
            if (c >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
