package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ByStart} orders as the stable {@code List.sort} by start it replaces, ties in list order. */
class ByStartTest {
    @Test
    void sortsAsAStableSortByStartDoes() {
        Random random = new Random(3);
        for (int n = 0; n < 3000; n++) {
            int size = random.nextInt(n % 10 == 0 ? 120 : 20);
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int start = random.nextInt(size + 1); // ties are common
                spans.add(new Span(start, start + random.nextInt(5)));
            }
            List<Span> expected = new ArrayList<>(spans);
            expected.sort(Comparator.comparingInt(Span::start));
            List<Span> sorted = new ArrayList<>(spans);
            ByStart.sortSpans(sorted);
            // equal spans are interchangeable: compare identities to see the ties' order
            for (int i = 0; i < size; i++) {
                assertThat(sorted.get(i)).isSameAs(expected.get(i));
            }
        }
    }

    @Test
    void sortsActorsByFirstMentionAndPlacesByStart() {
        List<ActorTag> actors = new ArrayList<>(List.of(actor("b", 30), actor("a", 10), actor("c", 10)));
        ByStart.sortActors(actors);
        assertThat(actors).extracting(ActorTag::id).containsExactly("a", "c", "b");
        List<PlaceTag> places = new ArrayList<>(List.of(place("Rome", 40), place("Oslo", 5)));
        ByStart.sortPlaces(places);
        assertThat(places).extracting(PlaceTag::name).containsExactly("Oslo", "Rome");
    }

    private static ActorTag actor(String id, int start) {
        return new ActorTag(id, id, ActorTag.PERSON, null, null, List.of(new Span(start, start + 3)));
    }

    private static PlaceTag place(String name, int start) {
        return new PlaceTag(name, new Span(start, start + name.length()), "IT", "city");
    }
}
