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

    NameEntry first(NameEntry.Kind kind) {
        for (NameEntry entry : entries) {
            if (entry.kind() == kind) {
                return entry;
            }
        }
        return null;
    }
}
