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
}
