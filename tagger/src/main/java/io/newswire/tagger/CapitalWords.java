package io.newswire.tagger;

import java.util.Arrays;

/**
 * The words of a story that open on an ASCII capital, by that capital, each list in text order:
 * made once per story from its {@link WordBits}. A name written after no letter or digit (a
 * standalone surname: {@code ActorFinder}) that opens on a capital opens one of these words, so
 * it is looked for at the few words opening on its capital instead of by a search of the whole
 * story for every person.
 */
final class CapitalWords {
    /** Per capital {@code A-Z}, the index of its first word in {@link #at}, or -1. */
    private final int[] first = new int[26];
    /** Where each word starts, in text order. */
    private final int[] at;
    /** Per word, the index of the next word opening on the same capital, or -1. */
    private final int[] next;

    CapitalWords(String text, WordBits bits) {
        long[] starts = bits.starts();
        long[] capitals = bits.capitals();
        int count = 0;
        for (int w = 0; w < starts.length; w++) {
            count += Long.bitCount(starts[w] & capitals[w]);
        }
        at = new int[count];
        next = new int[count];
        int k = 0;
        for (int w = 0; w < starts.length; w++) {
            for (long rest = starts[w] & capitals[w]; rest != 0; rest &= rest - 1) {
                at[k++] = w << 6 | Long.numberOfTrailingZeros(rest);
            }
        }
        Arrays.fill(first, -1);
        for (k = count - 1; k >= 0; k--) { // linked from the back: each list comes out in text order
            int capital = text.charAt(at[k]) - 'A';
            next[k] = first[capital];
            first[capital] = k;
        }
    }

    /** The index of the first word opening on {@code capital} (an ASCII capital), or -1. */
    int first(char capital) {
        return first[capital - 'A'];
    }

    /** The index of the next word opening on the same capital as word {@code k}, or -1. */
    int next(int k) {
        return next[k];
    }

    /** Where word {@code k} starts. */
    int at(int k) {
        return at[k];
    }
}
