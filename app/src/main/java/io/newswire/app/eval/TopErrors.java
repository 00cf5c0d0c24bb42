package io.newswire.app.eval;

import java.util.List;

/** The most frequent errors of one kind ("false-negative toponyms"), with the total count. */
public record TopErrors(String kind, int total, List<ErrorTally.Entry> entries) {
    public TopErrors {
        entries = List.copyOf(entries);
    }

    public static TopErrors of(String kind, ErrorTally tally, int n) {
        return new TopErrors(kind, tally.total(), tally.top(n));
    }
}
