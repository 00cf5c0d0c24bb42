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

    List<QuoteSegment> scan(String text) {
        List<QuoteSegment> out = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int open = -1;
        boolean fromPrevious = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipBreak(text, i);
                if (open >= 0) {
                    boolean runsOn = next < n && isOpening(text.charAt(next));
                    if (runsOn) {
                        add(out, text, open, trimEnd(text, open + 1, i), paragraph, fromPrevious, false);
                    }
                    open = runsOn ? next : -1;
                    fromPrevious = runsOn;
                    paragraph++;
                    i = runsOn ? next : next - 1;
                    continue;
                }
                paragraph++;
                i = next - 1;
            } else if (open < 0 && (c == LEFT || c == STRAIGHT || c == RIGHT && opensWord(text, i))) {
                open = i;
            } else if (open >= 0 && (c == RIGHT || c == STRAIGHT || c == LEFT && closesWord(text, i))) {
                add(out, text, open, i, paragraph, fromPrevious, true);
                open = -1;
                fromPrevious = false;
            }
        }
        if (open >= 0 && fromPrevious) {
            add(out, text, open, trimEnd(text, open + 1, n), paragraph, true, false);
        }
        return out;
    }

    private static void add(
            List<QuoteSegment> out, String text, int open, int end, int paragraph, boolean from, boolean closed) {
        if (end <= open + 1 || text.substring(open + 1, end).isBlank()) {
            return;
        }
        out.add(new QuoteSegment(new Span(open + 1, end), open, end, paragraph, from, closed));
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
