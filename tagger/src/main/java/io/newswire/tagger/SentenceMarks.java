package io.newswire.tagger;

/**
 * {@link Sentences#endAfter} for the quotes of one story, finding the sentence marks with
 * {@link String#indexOf(int, int)} instead of testing every character after each quote. The
 * next {@code .}, {@code !} and {@code ?} at or after the last position asked are remembered:
 * the quotes ask in text order, and most stories have no {@code !} or {@code ?} at all, so
 * each of those is searched for about once per story. Not thread-safe: one per story.
 */
final class SentenceMarks {
    private static final char[] MARKS = {'.', '!', '?'};

    private final String text;
    /** Per mark: the position the last search started from, and what it found ({@code MAX_VALUE} for none). */
    private final int[] searchedFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] found = new int[MARKS.length];

    SentenceMarks(String text) {
        this.text = text;
    }

    /** {@link Sentences#endAfter}: end (exclusive) of the sentence holding {@code pos}, not after {@code ceil}. */
    int endAfter(int pos, int ceil) {
        int j = pos;
        while (j < ceil) {
            int mark = nextMark(j);
            if (mark >= ceil) {
                return ceil;
            }
            if (Sentences.endsSentenceAt(text, mark)) {
                return mark + 1;
            }
            j = mark + 1;
        }
        return ceil;
    }

    /** The first sentence mark at or after {@code from}, or {@code MAX_VALUE}. */
    private int nextMark(int from) {
        int nearest = Integer.MAX_VALUE;
        for (int k = 0; k < MARKS.length; k++) {
            // the remembered answer holds for any start between the last one and what it found
            if (from < searchedFrom[k] || from > found[k]) {
                int at = text.indexOf(MARKS[k], from);
                searchedFrom[k] = from;
                found[k] = at < 0 ? Integer.MAX_VALUE : at;
            }
            nearest = Math.min(nearest, found[k]);
        }
        return nearest;
    }
}
