package io.newswire.tagger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object of "told" or "asked" ("told reporters", "told the Associated Press"): the words
 * {@link #PATTERN}'s group 1 takes after the verb. Applied by hand on ASCII text, where the
 * pattern's classes are ASCII ones; other text goes through the pattern.
 */
final class CueObject {
    /** The specification: group 1 of this pattern, looked for right after the verb. */
    static final Pattern PATTERN = Pattern.compile(
            "\\s+((?:(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}\\d&'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'\u2019-]*){0,4}|\\p{Ll}+))");
    private static final String[] DETERMINERS = {"the", "a", "an"};
    private static final int MORE_CAPITALISED = 4;

    private CueObject() {}

    /** Group 1's span when the pattern matches at {@code from} in {@code [from, to)}, else {@code null}. */
    static Span after(String text, int from, int to) {
        if (!Chars.isAscii(text, from, to)) {
            Matcher o = PATTERN.matcher(text).region(from, to);
            return o.lookingAt() ? new Span(o.start(1), o.end(1)) : null;
        }
        int start = skipSpaces(text, from, to);
        if (start == from) {
            return null;
        }
        for (String det : DETERMINERS) {
            int afterDet = start + det.length();
            if (afterDet < to && text.startsWith(det, start) && Chars.isRegexSpace(text.charAt(afterDet))) {
                int end = head(text, skipSpaces(text, afterDet, to), to);
                if (end >= 0) {
                    return new Span(start, end);
                }
            }
        }
        int end = head(text, start, to);
        return end >= 0 ? new Span(start, end) : null;
    }

    /** A run of up to five capitalised words, or one lower-case word, from {@code p}: its end, or -1. */
    private static int head(String text, int p, int to) {
        if (p >= to) {
            return -1;
        }
        char c = text.charAt(p);
        if (c >= 'a' && c <= 'z') {
            int q = p;
            while (q < to && text.charAt(q) >= 'a' && text.charAt(q) <= 'z') {
                q++;
            }
            return q;
        }
        if (c < 'A' || c > 'Z') {
            return -1;
        }
        int q = capitalisedEnd(text, p, to);
        for (int k = 0; k < MORE_CAPITALISED; k++) {
            int r = skipSpaces(text, q, to);
            if (r == q || r >= to || text.charAt(r) < 'A' || text.charAt(r) > 'Z') {
                break;
            }
            q = capitalisedEnd(text, r, to);
        }
        return q;
    }

    /** The end of {@code \p{Lu}[\p{L}\d&'-]*} from the capital at {@code p}, in ASCII text. */
    private static int capitalisedEnd(String text, int p, int to) {
        int q = p + 1;
        while (q < to) {
            char c = text.charAt(q);
            if (!Chars.isLetterOrDigit(c) && c != '&' && c != '\'' && c != '-') {
                break;
            }
            q++;
        }
        return q;
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Chars.isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

}
