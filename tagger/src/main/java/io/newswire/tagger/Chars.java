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
}
