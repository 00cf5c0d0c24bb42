package io.newswire.tagger;

import java.util.Comparator;
import java.util.List;

/**
 * Stable sorts of a story's short lists (an actor's mentions, the actors, the places) by where
 * they start. {@code List.sort} with a comparator goes through the JDK's shared sort code,
 * whose comparator calls see every comparator of the program and are not inlined; these lists
 * hold a few to a few dozen items, mostly in order already, so an insertion sort here does
 * the same work in a plain loop, one per item type so that nothing in it is a virtual call.
 * Longer lists go to {@code List.sort}: the result is the same, since both sorts are stable.
 */
final class ByStart {
    /** Lists up to this long are sorted by insertion. */
    private static final int INSERTION_MAX = 48;

    private ByStart() {}

    static void sortSpans(List<Span> spans) {
        int n = spans.size();
        if (n > INSERTION_MAX) {
            spans.sort(Comparator.comparingInt(Span::start));
            return;
        }
        for (int i = 1; i < n; i++) {
            Span item = spans.get(i);
            int j = i - 1;
            while (j >= 0 && spans.get(j).start() > item.start()) {
                spans.set(j + 1, spans.get(j));
                j--;
            }
            if (j < i - 1) {
                spans.set(j + 1, item);
            }
        }
    }

    /** Actors by their first mention (each has one). */
    static void sortActors(List<ActorTag> actors) {
        int n = actors.size();
        if (n > INSERTION_MAX) {
            actors.sort(Comparator.comparingInt(a -> a.mentions().get(0).start()));
            return;
        }
        for (int i = 1; i < n; i++) {
            ActorTag item = actors.get(i);
            int key = item.mentions().get(0).start();
            int j = i - 1;
            while (j >= 0 && actors.get(j).mentions().get(0).start() > key) {
                actors.set(j + 1, actors.get(j));
                j--;
            }
            if (j < i - 1) {
                actors.set(j + 1, item);
            }
        }
    }

    static void sortPlaces(List<PlaceTag> places) {
        int n = places.size();
        if (n > INSERTION_MAX) {
            places.sort(Comparator.comparingInt(p -> p.span().start()));
            return;
        }
        for (int i = 1; i < n; i++) {
            PlaceTag item = places.get(i);
            int key = item.span().start();
            int j = i - 1;
            while (j >= 0 && places.get(j).span().start() > key) {
                places.set(j + 1, places.get(j));
                j--;
            }
            if (j < i - 1) {
                places.set(j + 1, item);
            }
        }
    }
}
