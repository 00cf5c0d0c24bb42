package io.newswire.tagger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the subject before a cue can start: after the last clause boundary (a mark, a spaced
 * dash, a sentence end that is no abbreviation, a conjunction) in a window of text. Each
 * source phrase before a cue scans its whole window, so {@link #PATTERN} is applied by hand;
 * windows holding a letter, digit or mark beyond ASCII go through the pattern itself, whose
 * Unicode rules (code points, combining marks, {@code \p{Lu}}) the hand scan does not copy.
 */
final class SourceBoundary {
    /** The specification: the last end of this pattern, tried at each position of a copy of the window. */
    static final Pattern PATTERN = Pattern.compile(
            "[,;:()\\[\\]\u2014\u2013\"\u201C\u201D\\n]|\\s-\\s"
            + "|(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|\\p{Lu}))[.!?]\\s"
            + "|\\b(?i:and|but|that|while|as|when|because|although"
            + "|though|if|so|since|where|whereas|after|before|then|or|which|who|whom|whose|what|how|whether|why|to)\\b");
    /** The ASCII marks of the pattern's first class; the others are two dashes and curly double quotes. */
    private static final boolean[] ASCII_MARK = new boolean[0x80];
    /** The longest match: "although". */
    private static final int LONGEST = 8;
    private static final String[] ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
        "St", "Jr", "Sr", "Prof", "Rev"};
    private static final WordTable CONJUNCTIONS = new WordTable(List.of("and", "but", "that", "while", "as",
            "when", "because", "although", "though", "if", "so", "since", "where", "whereas", "after", "before",
            "then", "or", "which", "who", "whom", "whose", "what", "how", "whether", "why", "to"));

    static {
        for (char c : ",;:()[]\"\n".toCharArray()) {
            ASCII_MARK[c] = true;
        }
    }

    /** The words of SourceLocator's FORWARD_END, matched as written. */
    private static final WordTable FORWARD_WORDS = new WordTable(List.of("who", "whom", "whose", "which", "that", "in",
            "on", "at", "during", "after", "before", "when", "while", "as", "because", "speaking", "adding", "saying",
            "told", "said", "to", "and", "but", "earlier", "later", "last", "this"));

    private SourceBoundary() {}

    /** The end of the last boundary in {@code [floor, right)}, or {@code floor} when there is none. */
    static int lastEnd(String text, int floor, int right) {
        int end = plainLastEnd(text, floor, right);
        return end != NOT_PLAIN ? end : patternLastEnd(text, floor, right);
    }

    /** What {@link #plainLastEnd} returns for a window that is not plain. */
    private static final int NOT_PLAIN = -1;

    /** The end of the last match of {@link #PATTERN} itself, for windows that are not plain. */
    private static int patternLastEnd(String text, int floor, int right) {
        int left = floor;
        RegionScan b = RegionScan.of(PATTERN, SourcePatternHints.BOUNDARY_START, text, floor, right);
        while (b.find()) {
            left = b.end();
        }
        return left;
    }

    /**
     * {@link #lastEnd} by hand for a plain window (see {@link #isPlain}), or {@link #NOT_PLAIN}.
     * The window is tested as the backward scan passes it, and only its part before the
     * boundary found afterwards: most windows before a cue hold no boundary, so the scan passes
     * them whole, and a separate test would read them twice.
     */
    private static int plainLastEnd(String text, int floor, int right) {
        // The last match is the one starting last, unless an earlier match runs over its start
        // (". - ": the forward scan takes ". " and never tries " - "); then scan forward.
        for (int p = right - 1; p >= floor; p--) {
            int end;
            char c = text.charAt(p);
            if (c >= 0x80 && !isPlainChar(c)) {
                return NOT_PLAIN;
            }
            if (isWord(c)) {
                // a run of word characters is passed whole: no alternative starts inside one, and
                // at its start only a conjunction can, which must be the whole run
                int wordEnd = p + 1;
                while (p > floor && isWord(text.charAt(p - 1))) {
                    p--;
                }
                end = Chars.isAsciiLetter(text.charAt(p)) && CONJUNCTIONS.containsIgnoreAsciiCase(text, p, wordEnd)
                        ? wordEnd : -1;
            } else {
                end = matchAt(text, floor, p, right);
            }
            if (end >= 0) {
                // the scan has tested the window from p on (word runs it passes are ASCII)
                if (!isPlain(text, floor, p)) {
                    return NOT_PLAIN;
                }
                return overlapped(text, floor, p, right) ? forwardLastEnd(text, floor, right) : end;
            }
        }
        return floor;
    }

    /** Whether a match starting before {@code p} (at most {@link #LONGEST} characters long) reaches past it. */
    private static boolean overlapped(String text, int floor, int p, int right) {
        for (int q = Math.max(floor, p - LONGEST + 1); q < p; q++) {
            if (matchAt(text, floor, q, right) > p) {
                return true;
            }
        }
        return false;
    }

    /** The end of the last match in the order a forward scan takes them. */
    private static int forwardLastEnd(String text, int floor, int right) {
        int left = floor;
        int i = floor;
        while (i < right) {
            int end = matchAt(text, floor, i, right);
            if (end > i) {
                left = end;
                i = end;
            } else {
                i++;
            }
        }
        return left;
    }

    /**
     * Where {@link #PATTERN} matches from {@code i}, or -1, in a window without letters, digits
     * or marks beyond ASCII (there the pattern's word, case and space rules are ASCII ones).
     */
    private static int matchAt(String text, int floor, int i, int right) {
        char c = text.charAt(i);
        if (c < 0x80 ? ASCII_MARK[c] : c == '\u2014' || c == '\u2013' || c == '\u201C' || c == '\u201D') {
            return i + 1;
        }
        if (Chars.isRegexSpace(c)) {
            return i + 2 < right && text.charAt(i + 1) == '-' && Chars.isRegexSpace(text.charAt(i + 2)) ? i + 3 : -1;
        }
        if (c == '.' || c == '!' || c == '?') {
            return i + 1 < right && Chars.isRegexSpace(text.charAt(i + 1)) && !afterAbbreviation(text, floor, i) ? i + 2 : -1;
        }
        if (c >= 0x80 || !Chars.isLetter(c) || i > floor && isWord(text.charAt(i - 1))) {
            return -1;
        }
        int end = i;
        while (end < right && isWord(text.charAt(end))) {
            end++;
        }
        return CONJUNCTIONS.containsIgnoreAsciiCase(text, i, end) ? end : -1;
    }

    /**
     * Where SourceLocator's FORWARD_END pattern matches from {@code i} in the region
     * {@code [from, to)} with its default opaque bounds, or -1, for a plain window (see
     * {@link #isPlain}): a mark or sentence stop, a spaced dash, or one of its words (case
     * as written) standing alone.
     */
    static int forwardMatchAt(String text, int from, int i, int to) {
        char c = text.charAt(i);
        if (c < 0x80 ? ASCII_MARK[c] || c == '.' || c == '!' || c == '?'
                : c == '\u2014' || c == '\u2013' || c == '\u201C' || c == '\u201D') {
            return i + 1;
        }
        if (Chars.isRegexSpace(c)) {
            return i + 2 < to && text.charAt(i + 1) == '-' && Chars.isRegexSpace(text.charAt(i + 2)) ? i + 3 : -1;
        }
        if (c >= 0x80 || !Chars.isLetter(c) || i > from && isWord(text.charAt(i - 1))) {
            return -1;
        }
        int end = i;
        while (end < to && isWord(text.charAt(end))) {
            end++;
        }
        return FORWARD_WORDS.contains(text, i, end) ? end : -1;
    }

    /** The look-behind: a title abbreviation or a capital, starting a word, right before {@code dot}. */
    private static boolean afterAbbreviation(String text, int floor, int dot) {
        char before = dot > floor ? text.charAt(dot - 1) : ' ';
        if (before >= 'A' && before <= 'Z' && startsWord(text, floor, dot - 1)) {
            return true;
        }
        for (String a : ABBREVIATIONS) {
            int s = dot - a.length();
            if (s >= floor && text.startsWith(a, s) && startsWord(text, floor, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String text, int floor, int i) {
        return i == floor || !isWord(text.charAt(i - 1));
    }

    /** A word character of {@code \b} in a plain window: an ASCII letter or digit, or "_". */
    private static boolean isWord(char c) {
        return c < 0x80 && (Chars.isLetterOrDigit(c) || c == '_');
    }

    /** No character in the window is a letter, digit, mark or surrogate beyond ASCII. */
    static boolean isPlain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !isPlainChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** A character beyond ASCII that leaves a window plain: no letter, digit, mark or surrogate. */
    private static boolean isPlainChar(char c) {
        return !(Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

}
