package io.newswire.tagger;

import java.util.ArrayList;
import java.util.List;

/** Builds actor tags the way the entity tagger does: every mention span found in the text. */
final class ActorFixtures {
    private ActorFixtures() {}

    static ActorTag person(String text, String id, String name, String role, String country, String... surfaces) {
        return new ActorTag(id, name, ActorTag.PERSON, role, country, mentions(text, surfaces));
    }

    static ActorTag organization(String text, String id, String name, String country, String... surfaces) {
        return new ActorTag(id, name, ActorTag.ORGANIZATION, null, country, mentions(text, surfaces));
    }

    /** Every occurrence of each surface form, skipping ones inside a longer form already found. */
    static List<Span> mentions(String text, String... surfaces) {
        List<Span> spans = new ArrayList<>();
        for (String surface : surfaces) {
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                Span s = new Span(i, i + surface.length());
                if (spans.stream().noneMatch(o -> o.overlaps(s))) {
                    spans.add(s);
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }
}
