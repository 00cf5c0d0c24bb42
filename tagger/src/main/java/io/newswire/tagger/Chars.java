package io.newswire.tagger;

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

    /** {@link #isLetterOrDigit} of each ASCII character, 1 or 0: one load instead of two comparisons. */
    private static final byte[] ASCII_LETTER_OR_DIGIT = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LETTER_OR_DIGIT[c] = (byte) (isLetterOrDigit(c) ? 1 : 0);
        }
    }

    /**
     * {@link #isLetterOrDigit} of every character of {@code text} as a bit set: bit {@code k & 63}
     * of word {@code k >>> 6} for the character at {@code k}; bits past the end are clear. Made
     * without a branch per ASCII character, so a scan over word starts and ends (a start is a set
     * bit after a clear one) costs a few instructions per character instead of a mispredicted
     * branch at every word boundary.
     */
    static long[] letterOrDigitBits(String text) {
        int n = text.length();
        long[] bits = new long[(n + 63) >>> 6];
        for (int w = 0, k = 0; w < bits.length; w++) {
            long word = 0;
            for (int to = Math.min(n, k + 64); k < to; k++) {
                char c = text.charAt(k);
                long bit = c < 0x80 ? ASCII_LETTER_OR_DIGIT[c] : isLetterOrDigit(c) ? 1 : 0;
                word |= bit << k;
            }
            bits[w] = word;
        }
        return bits;
    }
}
