package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted runs in story text in one linear pass. Straight quotes toggle; curly
 * quotes are directional. Single quotes are never marks, so nested quotes stay inside. A quote
 * left open at a paragraph end continues when the next paragraph opens with a mark (the wire
 * convention for multi-paragraph quotes); otherwise it is dropped as unbalanced.
 */
final class QuoteScanner {
    private static final char STRAIGHT = '"';
    private static final char LEFT = '\u201C';
    private static final char RIGHT = '\u201D';

    /** The only characters the scan acts on; everything between them is skipped by {@code indexOf}. */
    private static final char[] MARKS = {'\n', STRAIGHT, LEFT, RIGHT};

    List<QuoteSegment> scan(String text) {
        Run run = new Run(text);
        int n = text.length();
        int[] next = new int[MARKS.length];
        for (int k = 0; k < MARKS.length; k++) {
            next[k] = indexOf(text, MARKS[k], 0);
        }
        for (int i = nearest(next); i < n; i = nearest(next)) {
            // every line break before i has been acted on or skipped, so next[0] is the first after it
            i = step(run, text, i, text.charAt(i), Math.min(next[0], n));
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] <= i) {
                    next[k] = indexOf(text, MARKS[k], i + 1);
                }
            }
        }
        if (run.open >= 0 && run.fromPrevious) {
            // no line break follows the opening mark: the scan would have acted on it
            add(run.out, text, run.open, trimEnd(text, run.open + 1, n), run.paragraph, true, false, run.openLineStart, n);
        }
        return run.out;
    }

    /**
     * Acts on the mark at {@code i}; returns the index the scan resumes after. {@code lineEnd}
     * is the first line break after {@code i}, or the text's length.
     */
    private static int step(Run run, String text, int i, char c, int lineEnd) {
        if (c == '\n') {
            return run.paragraphBreak(i);
        }
        if (run.open < 0 && (c == LEFT || c == STRAIGHT || c == RIGHT && opensWord(text, i))) {
            run.open = i;
            run.openLineStart = run.lastBreak + 1;
        } else if (run.open >= 0 && (c == RIGHT || c == STRAIGHT || c == LEFT && closesWord(text, i))) {
            add(run.out, text, run.open, i, run.paragraph, run.fromPrevious, true, run.openLineStart, lineEnd);
            run.open = -1;
            run.fromPrevious = false;
        }
        return i;
    }

    private static int indexOf(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static int nearest(int[] next) {
        int min = next[0];
        for (int k = 1; k < next.length; k++) {
            min = Math.min(min, next[k]);
        }
        return min;
    }

    /** Scanner state for one text. */
    private static final class Run {
        private final String text;
        private final List<QuoteSegment> out = new ArrayList<>();
        private int open = -1;
        /** Where the line holding {@link #open} starts. */
        private int openLineStart;
        /** The last line break the scan has passed (acted on or skipped with the spaces after one), or -1. */
        private int lastBreak = -1;
        private int paragraph;
        private boolean fromPrevious;

        Run(String text) {
            this.text = text;
        }

        /** Handles the line break at {@code i}; returns the index the scan resumes after. */
        int paragraphBreak(int i) {
            int next = skipBreak(text, i);
            paragraph++;
            // the scan resumes after the spaces, so the line breaks among them are passed here
            lastBreak = text.lastIndexOf('\n', next - 1);
            if (open < 0) {
                return next - 1;
            }
            boolean runsOn = next < text.length() && isOpening(text.charAt(next));
            if (runsOn) {
                // only spaces, no line break, lie between the trimmed end and this break
                add(out, text, open, trimEnd(text, open + 1, i), paragraph - 1, fromPrevious, false, openLineStart, i);
            }
            openLineStart = lastBreak + 1;
            open = runsOn ? next : -1;
            fromPrevious = runsOn;
            return runsOn ? next : next - 1;
        }
    }

    private static void add(List<QuoteSegment> out, String text, int open, int end, int paragraph, boolean from,
            boolean closed, int lineStart, int lineEnd) {
        if (end <= open + 1 || Chars.isBlank(text, open + 1, end)) {
            return;
        }
        out.add(new QuoteSegment(new Span(open + 1, end), open, end, paragraph, from, closed, lineStart, lineEnd));
    }

    /** A right mark used as an opener: after a space or line start, before a word. */
    private static boolean opensWord(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        return spaceBefore && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** A left mark used as a closer: after a word, before a space or line end. */
    private static boolean closesWord(String text, int i) {
        boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        return wordBefore && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isOpening(char c) {
        return c == LEFT || c == STRAIGHT || c == RIGHT;
    }

    /** Index of the first non-whitespace character after the line break at {@code i}. */
    private static int skipBreak(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int trimEnd(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
