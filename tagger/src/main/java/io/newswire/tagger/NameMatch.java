package io.newswire.tagger;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary name found in a text: where, as written, and every reading whose case fits.
 * Immutable; equal when span, surface and readings are.
 *
 * <p>The place rules and the actor finder ask every match several times whether it has a
 * reading of some kind, and most matches have none of the kind asked ("Kisumu" is no actor): a
 * bit per kind present answers that without a walk over the readings, which for a common place
 * name are dozens of entries, each in its own cache line.
 */
final class NameMatch {
    private final Span span;
    private final String surface;
    private final List<NameEntry> entries;
    /** Bit {@code kind.ordinal()} set when some reading is of that kind. */
    private final int kinds;

    NameMatch(Span span, String surface, List<NameEntry> entries) {
        this.span = Objects.requireNonNull(span);
        this.surface = Objects.requireNonNull(surface);
        this.entries = List.copyOf(entries);
        int present = 0;
        for (int i = 0; i < this.entries.size(); i++) {
            present |= 1 << this.entries.get(i).kind().ordinal();
        }
        this.kinds = present;
    }

    Span span() {
        return span;
    }

    String surface() {
        return surface;
    }

    List<NameEntry> entries() {
        return entries;
    }

    boolean has(NameEntry.Kind kind) {
        return (kinds & 1 << kind.ordinal()) != 0;
    }

    /** The first reading of {@code kind}, or null. Indexed, not an iterator. */
    NameEntry first(NameEntry.Kind kind) {
        if (!has(kind)) {
            return null;
        }
        for (int i = 0; i < entries.size(); i++) {
            NameEntry entry = entries.get(i);
            if (entry.kind() == kind) {
                return entry;
            }
        }
        throw new AssertionError(kind); // has(kind) said there is one
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameMatch m && span.equals(m.span) && surface.equals(m.surface) && entries.equals(m.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(span, surface, entries);
    }

    @Override
    public String toString() {
        return "NameMatch[span=" + span + ", surface=" + surface + ", entries=" + entries + "]";
    }
}
