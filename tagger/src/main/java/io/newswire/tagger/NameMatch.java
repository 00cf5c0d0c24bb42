package io.newswire.tagger;

import java.util.List;

/**
 * A dictionary name found in a text: where, as written, and every reading whose case fits.
 */
record NameMatch(Span span, String surface, List<NameEntry> entries) {
    NameMatch {
        entries = List.copyOf(entries);
    }

    boolean has(NameEntry.Kind kind) {
        return first(kind) != null;
    }

    /** Indexed, not an iterator: the place rules ask this of every match several times. */
    NameEntry first(NameEntry.Kind kind) {
        for (int i = 0; i < entries.size(); i++) {
            NameEntry entry = entries.get(i);
            if (entry.kind() == kind) {
                return entry;
            }
        }
        return null;
    }
}
