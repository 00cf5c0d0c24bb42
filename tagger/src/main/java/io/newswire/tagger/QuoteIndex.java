package io.newswire.tagger;

import java.util.List;

/** Answers "is this offset inside a quote?" by binary search over the quote segments. */
final class QuoteIndex {
    private final List<QuoteSegment> segments;

    QuoteIndex(List<QuoteSegment> segments) {
        this.segments = segments;
    }

    boolean inside(int pos) {
        int lo = 0;
        int hi = segments.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).open() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && pos < segments.get(found).after();
    }
}
