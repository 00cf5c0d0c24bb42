package io.newswire.streams.topology;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What one speaker has been heard saying recently: normalised quotes with the time each was first
 * seen. Stored as text, one {@code <millis>\t<normalised quote>} line per quote, newest last, so
 * the store stays readable in its changelog. Bounded to the {@value #RECENT} most recent quotes of a
 * speaker: the value is rewritten on every statement, so it must stay small (exact repeats over
 * the whole window are caught by a per-statement store).
 */
final class SpokenQuotes {
    static final int RECENT = 20;

    /** What a newly extracted quote is, compared with what the speaker said before. */
    enum Verdict { NEW, REPEATED, GROWN }

    private record Entry(long firstSeen, String quote) {}

    private final List<Entry> entries;

    private SpokenQuotes(List<Entry> entries) {
        this.entries = entries;
    }

    static SpokenQuotes decode(String stored) {
        List<Entry> entries = new ArrayList<>();
        if (stored != null && !stored.isEmpty()) {
            for (String line : stored.split("\n")) {
                int tab = line.indexOf('\t');
                entries.add(new Entry(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return new SpokenQuotes(entries);
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(entry.firstSeen).append('\t').append(entry.quote);
        }
        return out.toString();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Forgets quotes first seen before {@code cutoff}; true when anything was forgotten. */
    boolean forgetBefore(long cutoff) {
        return entries.removeIf(entry -> entry.firstSeen < cutoff);
    }

    /**
     * Records {@code quote} (normalised) heard at {@code time}. A quote already heard, or contained
     * in one already heard, is {@link Verdict#REPEATED}; a longer version of one already heard (a
     * partial quote that grew) replaces it and is {@link Verdict#GROWN}; anything else is
     * {@link Verdict#NEW} and remembered.
     */
    Verdict hear(String quote, long time) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (containsWords(entry.quote, quote)) {
                return Verdict.REPEATED;
            }
            if (containsWords(quote, entry.quote)) {
                it.remove();
                entries.add(new Entry(entry.firstSeen, quote));
                return Verdict.GROWN;
            }
        }
        entries.add(new Entry(time, quote));
        if (entries.size() > RECENT) {
            entries.remove(0);
        }
        return Verdict.NEW;
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }
}
