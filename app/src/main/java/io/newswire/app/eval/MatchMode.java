package io.newswire.app.eval;

import io.newswire.tagger.Span;

/** When a predicted span may be paired with a gold span. */
public enum MatchMode {
    /** Same start and same end. */
    EXACT,
    /** At least one character in common. */
    OVERLAP;

    boolean accepts(Span gold, Span predicted) {
        return this == EXACT ? gold.equals(predicted) : gold.overlaps(predicted);
    }
}
