package io.newswire.tagger;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary name found in a text: where, as written, and every reading whose case fits.
 * Immutable; equal when span, surface and readings are.
 *
 * <p>The place rules and the actor finder ask every match several times whether it has a
 * reading of some kind, which is its first place reading and whether it has several, and most
 * matches have none of the kind asked ("Kisumu" is no actor): one pass over the readings
 * ({@link Summary}) answers all of them, where each question walked the readings, which for a
 * common place name are dozens of entries, each in its own cache line. The name matcher makes
 * that pass once per trie node where names end, when it is built, not once per match.
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
        this(span, surface, List.copyOf(entries), Summary.of(entries));
    }

    /**
     * A match whose readings are summed up already: the name matcher keeps a {@link Summary}
     * of the readings of each trie node where names end, made when the trie is built, and
     * gives it here when all of them fit, most matches. {@code entries} must be immutable.
     */
    NameMatch(Span span, String surface, List<NameEntry> entries, Summary summary) {
        this.span = Objects.requireNonNull(span);
        this.surface = Objects.requireNonNull(surface);
        this.entries = entries;
        this.kinds = summary.kinds;
        this.firstPlace = summary.firstPlace;
        this.severalPlaces = summary.severalPlaces;
    }

    /** The kinds of a list of readings, its first place reading and whether it has several: what a match keeps. */
    static final class Summary {
        private final int kinds;
        private final NameEntry firstPlace;
        private final boolean severalPlaces;

        private Summary(int kinds, NameEntry firstPlace, boolean severalPlaces) {
            this.kinds = kinds;
            this.firstPlace = firstPlace;
            this.severalPlaces = severalPlaces;
        }

        static Summary of(List<NameEntry> entries) {
            int present = 0;
            NameEntry place = null;
            boolean several = false;
            for (int i = 0; i < entries.size(); i++) {
                NameEntry entry = entries.get(i);
                present |= 1 << entry.kind().ordinal();
                if (entry.kind().isPlace()) {
                    several |= place != null;
                    place = place == null ? entry : place;
                }
            }
            return new Summary(present, place, several);
        }
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
