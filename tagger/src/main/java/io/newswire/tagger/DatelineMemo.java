package io.newswire.tagger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The country evidence of each dateline given with a story, worked out once: a wire files from a
 * few hundred places, and a dateline's location, name matching and place rules cost as much
 * again as the rest of a story's country scoring. The evidence is a pure function of the
 * dateline and the gazetteer, so one memo serves every thread tagging with a tagger. It is
 * bounded: about {@code maxEntries} datelines of at most {@code maxKeyLength} characters are kept
 * (a longer one is worked out every time), and it is emptied when full, so a feed of ever new
 * datelines holds no more than that. Threads adding at once may pass {@code maxEntries} by a few
 * (the size test and the insert are two steps); every answer stays right.
 */
final class DatelineMemo {
    private final int maxEntries;
    private final int maxKeyLength;
    private final Function<String, Evidence> evidence;
    /** The evidence per dateline as given, empty when it names no place. */
    private final Map<String, Optional<Evidence>> known = new ConcurrentHashMap<>();

    /** @param evidence the dateline's evidence, or null when it names no place; called for datelines not remembered */
    DatelineMemo(int maxEntries, int maxKeyLength, Function<String, Evidence> evidence) {
        this.maxEntries = maxEntries;
        this.maxKeyLength = maxKeyLength;
        this.evidence = evidence;
    }

    /** The evidence of {@code dateline}, or null when it names no place. */
    Evidence evidenceOf(String dateline) {
        if (dateline.length() > maxKeyLength) {
            return evidence.apply(dateline);
        }
        Optional<Evidence> remembered = known.get(dateline);
        if (remembered == null) {
            remembered = Optional.ofNullable(evidence.apply(dateline));
            if (known.size() >= maxEntries) {
                known.clear();
            }
            known.put(dateline, remembered);
        }
        return remembered.orElse(null);
    }

    /** How many datelines are remembered now. */
    int size() {
        return known.size();
    }
}
