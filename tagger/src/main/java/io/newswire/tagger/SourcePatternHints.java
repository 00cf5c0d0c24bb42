package io.newswire.tagger;

import java.util.List;

/**
 * Cheap tests of where {@link SourceBoundary#PATTERN} and SourceLocator's TRAILING_FILLER can match,
 * so that {@link RegionScan} runs them only there. Each test must hold wherever its pattern
 * matches (it may hold elsewhere too): keep them in step with the patterns.
 */
final class SourcePatternHints {
    /** The literal words of SourceLocator.TRAILING_FILLER's alternation, and the last words of its phrases. */
    private static final WordTable FILLER_WORDS = new WordTable(List.of("also", "later", "then", "has", "have", "had", "would",
            "will", "could", "once", "previously", "further", "again", "recently", "repeatedly", "reportedly",
            "earlier", "yesterday", "today", "tonight", "simply", "just", "publicly", "privately", "separately",
            "flatly", "only", "never", "often", "always", "was", "is", "did", "does", "do", "not", "himself",
            "herself", "themselves", "week", "month", "year", "night"));

    /** Where a BOUNDARY match can start: a mark, a space before "-", "." "!" "?" or a conjunction's first letter. */
    static final RegionScan.Candidate BOUNDARY_START = (t, i, to) -> {
        char c = t.charAt(i);
        return ",;:()[]\u2014\u2013\"\u201C\u201D\n.!?".indexOf(c) >= 0
                || Chars.isRegexSpace(c) && i + 1 < to && t.charAt(i + 1) == '-'
                || "aAbBtTwWiIsSoOhH".indexOf(c) >= 0 && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                        && mayBeConjunction(t, i, to);
    };
    /** BOUNDARY's conjunctions, matched there as whole words ignoring ASCII case. */
    private static final String[] CONJUNCTIONS = {"and", "but", "that", "while", "as", "when", "because",
        "although", "though", "if", "so", "since", "where", "whereas", "after", "before", "then", "or", "which",
        "who", "whom", "whose", "what", "how", "whether", "why", "to"};
    /** Where a TRAILING_FILLER match can start: a space or a parenthesis. */
    static final RegionScan.Candidate FILLER_START = (t, i, to) -> Chars.isRegexSpace(t.charAt(i)) || t.charAt(i) == '(';

    private SourcePatternHints() {}

    /**
     * A SourceLocator.TRAILING_FILLER match runs to the end, so the last token must be one of its words, end
     * in "ly", "day" or ")", or be week, month, year or night. Most sources end on a name and
     * skip the pattern.
     */
    static boolean mayEndInFiller(String text, int floor, int right) {
        int end = right;
        while (end > floor && (Chars.isRegexSpace(text.charAt(end - 1)) || isLineEnd(text.charAt(end - 1)))) {
            end--;
        }
        int start = end;
        while (start > floor && !Chars.isRegexSpace(text.charAt(start - 1))) {
            start--;
        }
        return start < end && (text.charAt(end - 1) == ')' || endsWith(text, start, end, "ly")
                || endsWith(text, start, end, "day") || FILLER_WORDS.contains(text, start, end));
    }

    private static boolean endsWith(String text, int start, int end, String suffix) {
        return end - start >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }

    /** Line terminators before which {@code $} matches, beyond those {@code \\s} covers. */
    private static boolean isLineEnd(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The letter run at {@code i} is one of the conjunctions, or has non-ASCII letters the
     * pattern's own case rules must judge: the conjunction branch needs a whole word.
     */
    private static boolean mayBeConjunction(String t, int i, int to) {
        int end = i;
        while (end < to && Character.isLetter(t.charAt(end))) {
            if (t.charAt(end) >= 0x80) {
                return true;
            }
            end++;
        }
        for (String word : CONJUNCTIONS) {
            if (word.length() == end - i && t.regionMatches(true, i, word, 0, end - i)) {
                return true;
            }
        }
        return false;
    }

}
