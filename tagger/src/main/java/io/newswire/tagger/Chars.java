package io.newswire.tagger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} with the ASCII
 * answer computed inline: the scans that test every character of a story spend most of their
 * time on these, and nearly every character of an English story is ASCII.
 */
final class Chars {
    private Chars() {}

    static boolean isLetter(char c) {
        return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /** The end of the run of ASCII lower-case letters ({@code [a-z]*}) starting at {@code from}. */
    static int asciiLowerCaseRunEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
            end++;
        }
        return end;
    }

    /** True when every character of {@code text[from, to)} is ASCII. */
    static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiUpperCase(char c) {
        return (char) (c - 'A') < 26;
    }

    static boolean isAsciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    /** A whitespace character of a regex {@code \s} without {@code UNICODE_CHARACTER_CLASS}: {@code [ \t\n\x0B\f\r]}. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10 : Character.isLetterOrDigit(c);
    }

    /**
     * Whether a regex {@code \\b} takes the character at {@code i} as a word character when the
     * character before it is a letter (the only case the hand scanners ask about): a letter,
     * digit, underscore or non-spacing mark, read as a code point; false past the end.
     */
    static boolean isRegexWordAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            return isLetterOrDigit(c) || c == '_';
        }
        int cp = text.codePointAt(i);
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** {@code text.substring(from, to).isBlank()} without the copy: only whitespace in the range. */
    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text's bytes read eight at a time, first character lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    /** The first set bit of {@code bits} at or after {@code from}, or -1. */
    static int nextSetBit(long[] bits, int from) {
        int w = from >>> 6;
        if (w >= bits.length) {
            return -1;
        }
        long rest = bits[w] & (-1L << from);
        while (rest == 0) {
            if (++w == bits.length) {
                return -1;
            }
            rest = bits[w];
        }
        return w << 6 | Long.numberOfTrailingZeros(rest);
    }

    /**
     * The starts of the words of a {@link #letterOrDigitBits} set: a set bit whose predecessor is
     * clear (or which opens the text).
     */
    static long[] wordStartBits(long[] words) {
        long[] starts = new long[words.length];
        long carry = 0;
        for (int w = 0; w < words.length; w++) {
            starts[w] = words[w] & ~(words[w] << 1 | carry);
            carry = words[w] >>> 63;
        }
        return starts;
    }

    /**
     * {@link #isLetterOrDigit} of every character of {@code text} as a bit set: bit {@code k & 63}
     * of word {@code k >>> 6} for the character at {@code k}; bits past the end are clear. Scans
     * that test every character for word starts and ends read this instead: a start is a set bit
     * after a clear one, found without a mispredicted branch at every word boundary.
     *
     * <p>Eight ASCII characters are classified at once ({@link #asciiLetterOrDigitBits}) from the
     * text's ISO-8859-1 bytes (a plain copy for the common one-byte strings); a group holding any
     * other byte, or {@code '?'} (which also stands for a character outside ISO-8859-1), is tested
     * character by character, as is all of a text holding a character beyond U+FFFF.
     */
    static long[] letterOrDigitBits(String text) {
        int n = text.length();
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        long[] bits = new long[(n + 63) >>> 6];
        int k = 0;
        // a pair of surrogates becomes one byte: then bytes and characters are not aligned
        for (int end = bytes.length == n ? n - Long.BYTES : -1; k <= end; k += Long.BYTES) {
            long group = (long) LONGS.get(bytes, k);
            long questionMarks = group ^ ('?' * ONES);
            boolean plain = (group & HIGH_BITS) == 0 && ((questionMarks - ONES) & ~questionMarks & HIGH_BITS) == 0;
            long found = plain ? asciiLetterOrDigitBits(group) : letterOrDigitBits(text, k, k + Long.BYTES);
            bits[k >>> 6] |= found << k;
        }
        for (int to; k < n; k = to) {
            to = Math.min(n, (k | 63) + 1);
            bits[k >>> 6] |= letterOrDigitBits(text, k, to) << k;
        }
        return bits;
    }

    /** {@link #isLetterOrDigit} of {@code text[from, to)} (at most 64 characters) as bits from bit 0. */
    private static long letterOrDigitBits(String text, int from, int to) {
        long found = 0;
        for (int k = from; k < to; k++) {
            if (isLetterOrDigit(text.charAt(k))) {
                found |= 1L << (k - from);
            }
        }
        return found;
    }

    /**
     * For eight ASCII bytes (first lowest), a bit per byte (first lowest) set for a letter or
     * digit. A byte is in {@code [lo, hi]} when adding {@code 0x80 - lo} sets its high bit and
     * adding {@code 0x7f - hi} does not (no byte carries into the next: all are below 0x80);
     * {@code | 0x20} makes capitals small and leaves no other byte in {@code [a, z]}. The product
     * gathers the eight high bits into the top byte.
     */
    static long asciiLetterOrDigitBits(long group) {
        long small = group | 0x20 * ONES;
        long letters = (small + (0x80 - 'a') * ONES) & ~(small + (0x7f - 'z') * ONES);
        long digits = (group + (0x80 - '0') * ONES) & ~(group + (0x7f - '9') * ONES);
        return (((letters | digits) & HIGH_BITS) >>> 7) * 0x0102_0408_1020_4080L >>> 56;
    }
}
