package io.newswire.tagger;

import java.nio.charset.StandardCharsets;

/**
 * Bit sets over a story's characters, made once and shared by the scans that look at every
 * word (the name matcher and title discovery): bit {@code k & 63} of word {@code k >>> 6} stands
 * for the character at {@code k}; bits past the end are clear. Readers must not change them.
 *
 * <ul>
 *   <li>{@link #words}: {@link Chars#isLetterOrDigit}. A word start is a set bit after a clear
 *       one, found without a mispredicted branch at every word boundary.
 *   <li>{@link #capitals}: ASCII capitals {@code A-Z}: title discovery looks only at words that
 *       open on one, some 140 of a story's 670.
 *   <li>{@link #digits}: word characters that are not letters ({@link Chars#isLetter}): the digits.
 *   <li>{@link #starts}: the word starts, a bit of {@link #words} whose predecessor is clear (or
 *       which opens the text).
 *   <li>{@link #latin1}: the text's ISO-8859-1 bytes, a byte per character, where {@code '?'}
 *       also stands for a character outside ISO-8859-1; or null when a character beyond U+FFFF
 *       (two {@code char}s, one byte) leaves bytes and characters unaligned. {@code '?'} is no
 *       word character, so a {@code '?'} in a word is always such a stand-in.
 * </ul>
 *
 * Eight ASCII characters are classified at once ({@link AsciiChunks#inRange}, {@link #gather}) from the
 * text's ISO-8859-1 bytes (a plain copy for the common one-byte strings); a group holding any
 * other byte, or {@code '?'} (which also stands for a character outside ISO-8859-1), is tested
 * character by character, as is all of a text holding a character beyond U+FFFF.
 */
record WordBits(long[] words, long[] capitals, long[] digits, long[] starts, byte[] latin1) {
    private static final long ONES = AsciiChunks.ONES;

    static WordBits of(String text) {
        int n = text.length();
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int length = (n + 63) >>> 6;
        // a pair of surrogates becomes one byte: then bytes and characters are not aligned
        boolean aligned = bytes.length == n;
        WordBits bits = new WordBits(new long[length], new long[length], new long[length], new long[length], aligned ? bytes : null);
        int groups = aligned ? n / Long.BYTES : 0;
        for (int g = 0; g < groups;) {
            int w = g >>> 3; // eight groups to a word of the sets: gathered in locals, stored once
            long words = 0;
            long capitals = 0;
            long digits = 0;
            for (int last = Math.min(groups, (w + 1) << 3); g < last; g++) {
                int k = g * Long.BYTES;
                long group = (long) AsciiChunks.LONGS.get(bytes, k); // the text's bytes eight at a time, first lowest
                if (AsciiChunks.isPlainAscii(group)) {
                    long letters = AsciiChunks.inRange(group | 0x20 * ONES, 'a', 'z'); // | 0x20 makes capitals small
                    long digitBytes = AsciiChunks.inRange(group, '0', '9');
                    words |= gather(letters | digitBytes) << k;
                    capitals |= gather(letters & ~(group << 2)) << k; // a letter whose bit 0x20 (moved to 0x80) is clear
                    digits |= gather(digitBytes) << k;
                } else {
                    bits.classify(text, k, k + Long.BYTES);
                }
            }
            bits.words[w] |= words;
            bits.capitals[w] |= capitals;
            bits.digits[w] |= digits;
        }
        int k = groups * Long.BYTES;
        for (int to; k < n; k = to) {
            to = Math.min(n, (k | 63) + 1);
            bits.classify(text, k, to);
        }
        bits.markStarts();
        return bits;
    }

    /** Classifies {@code text[from, to)}, at most 64 characters inside one word of the sets, one by one. */
    private void classify(String text, int from, int to) {
        int w = from >>> 6;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            long bit = 1L << k;
            if (Chars.isLetterOrDigit(c)) {
                words[w] |= bit;
                if (!Chars.isLetter(c)) {
                    digits[w] |= bit;
                }
            }
            if (Chars.isAsciiUpperCase(c)) {
                capitals[w] |= bit;
            }
        }
    }

    /** The eight high bits of a group as eight bits, first byte lowest: the product gathers them into the top byte. */
    private static long gather(long highBits) {
        return (highBits >>> 7) * 0x0102_0408_1020_4080L >>> 56;
    }

    /** Sets {@link #starts} from the finished {@link #words}. */
    private void markStarts() {
        long carry = 0;
        for (int w = 0; w < words.length; w++) {
            starts[w] = words[w] & ~(words[w] << 1 | carry);
            carry = words[w] >>> 63;
        }
    }
}
