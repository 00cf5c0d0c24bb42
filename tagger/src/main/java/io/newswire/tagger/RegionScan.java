package io.newswire.tagger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern in a text range the way {@code matcher.region(from, to).find()} does, but
 * tries the pattern only at positions a cheap character test allows. For patterns with large
 * alternations or look-behinds, most of whose cost is failing at every character.
 *
 * <p>The range is copied into its own string, so the pattern sees exactly what an opaque
 * region shows it (nothing before {@code from} or after {@code to}), while transparent bounds
 * on the copy let look-behinds and {@code \b} see the characters before each candidate.
 */
final class RegionScan {
    /** May a match start at {@code i}? Must be true wherever the pattern can match. */
    @FunctionalInterface
    interface Candidate {
        boolean at(String text, int i, int to);
    }

    private final Matcher matcher;
    private final Candidate candidate;
    private final String window;
    private final int offset;
    private int next;

    private RegionScan(Pattern pattern, Candidate candidate, String text, int from, int to) {
        this.window = text.substring(from, to);
        this.offset = from;
        this.matcher = pattern.matcher(window).useTransparentBounds(true);
        this.candidate = candidate;
    }

    static RegionScan of(Pattern pattern, Candidate candidate, String text, int from, int to) {
        return new RegionScan(pattern, candidate, text, from, to);
    }

    /** Finds the next match as {@code Matcher.find()} would; its bounds are in text offsets. */
    boolean find() {
        int n = window.length();
        for (int i = next; i < n; i++) {
            if (candidate.at(window, i, n) && matcher.region(i, n).lookingAt()) {
                next = matcher.end() > i ? matcher.end() : i + 1;
                return true;
            }
        }
        next = n + 1;
        return false;
    }

    int start() {
        return offset + matcher.start();
    }

    int end() {
        return offset + matcher.end();
    }
}
