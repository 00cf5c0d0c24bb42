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
        // one range test and one bit test instead of six comparisons: most characters asked are letters
        return c <= ' ' && (REGEX_SPACES >>> c & 1) != 0;
    }

    /** Bit {@code c} set for each character of {@link #isRegexSpace}, all below 64. */
    private static final long REGEX_SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\u000B' | 1L << '\f' | 1L << '\r';

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

    /** True when bit {@code k} of {@code bits} is set. */
    static boolean isSet(long[] bits, int k) {
        return (bits[k >>> 6] & 1L << k) != 0;
    }
}
