package io.newswire.tagger;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary name found in a text: where, as written, and every reading whose case fits.
 * Immutable; equal when span, surface and readings are.
 *
 * <p>The place rules and the actor finder ask every match several times whether it has a
 * reading of some kind, which is its first place reading and whether it has several, and most
 * matches have none of the kind asked ("Kisumu" is no actor): the one pass over the readings
 * here answers all of them, where each question walked the readings, which for a common place
 * name are dozens of entries, each in its own cache line.
 */
final class NameMatch {
    private final Span span;
    private final String surface;
    private final List<NameEntry> entries;
    /** Bit {@code kind.ordinal()} set when some reading is of that kind. */
    private final int kinds;
    /** The first reading of a place kind ({@link NameEntry.Kind#isPlace}), or null. */
    private final NameEntry firstPlace;
    private final boolean severalPlaces;

    NameMatch(Span span, String surface, List<NameEntry> entries) {
        this.span = Objects.requireNonNull(span);
        this.surface = Objects.requireNonNull(surface);
        this.entries = List.copyOf(entries);
        int present = 0;
        NameEntry place = null;
        boolean several = false;
        for (int i = 0; i < this.entries.size(); i++) {
            NameEntry entry = this.entries.get(i);
            present |= 1 << entry.kind().ordinal();
            if (entry.kind().isPlace()) {
                several |= place != null;
                place = place == null ? entry : place;
            }
        }
        this.kinds = present;
        this.firstPlace = place;
        this.severalPlaces = several;
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

    /** The first reading of a place kind (country, city, region, macro region), or null. */
    NameEntry firstPlace() {
        return firstPlace;
    }

    /** True when two or more readings are places: the place rules must choose between them. */
    boolean hasSeveralPlaces() {
        return severalPlaces;
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
