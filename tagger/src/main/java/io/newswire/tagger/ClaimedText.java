package io.newswire.tagger;

/**
 * The characters of a story that a name found already covers, as a bit set: whether a new
 * mention overlaps any of them is a test of a few words, where a list of spans took a walk over
 * every name, place and mention found so far (some sixty per story, for each of some twenty
 * candidates). Overlapping is sharing a character: an empty span claims nothing and overlaps
 * nothing, which is what every caller has (names and mentions are never empty).
 */
final class ClaimedText {
    private final long[] bits;

    ClaimedText(int length) {
        this.bits = new long[(length + 63) >>> 6];
    }

    void claim(Span span) {
        int from = span.start();
        int to = span.end();
        if (from == to) {
            return;
        }
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long head = -1L << from;
        long tail = -1L >>> -to; // the bits below to & 63, or all of them when to is a multiple of 64
        if (first == last) {
            bits[first] |= head & tail;
            return;
        }
        bits[first] |= head;
        for (int w = first + 1; w < last; w++) {
            bits[w] = -1L;
        }
        bits[last] |= tail;
    }

    /** True when a claimed character lies in {@code span}; never for an empty span. */
    boolean overlaps(Span span) {
        int from = span.start();
        int to = span.end();
        if (from == to) {
            return false;
        }
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long head = -1L << from;
        long tail = -1L >>> -to;
        if (first == last) {
            return (bits[first] & head & tail) != 0;
        }
        if ((bits[first] & head) != 0 || (bits[last] & tail) != 0) {
            return true;
        }
        for (int w = first + 1; w < last; w++) {
            if (bits[w] != 0) {
                return true;
            }
        }
        return false;
    }
}
