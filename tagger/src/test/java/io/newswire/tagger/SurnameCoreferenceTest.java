package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Surname coreference finds the same standalone mentions whether a story has few surnames to
 * look for (a search of the story per surname) or several (a look-up in its capitalised words).
 */
class SurnameCoreferenceTest {
    private static final EntityTagger TAGGER = EntityTagger.loadDefault();
    private static final String MENTIONS = " Later Zorbu said. Zorbu-Klee and xZorbu did not. (Zorbu) met Zorbu 5. Zorbus, éZorbu, Zorbu’s, 2Zorbu.";

    @Test
    void findsStandaloneSurnamesWithOnePersonToLookFor() {
        String text = "Prime Minister Anna Zorbu spoke." + MENTIONS;
        assertThat(mentions(text, "anna-zorbu")).containsExactly(expected(text));
    }

    @Test
    void findsStandaloneSurnamesWithSeveralPersonsToLookFor() {
        String lead = "Prime Minister Anna Zorbu met Finance Minister Ivo Klee and Interior Minister Ted Mavro.";
        String text = lead + MENTIONS + " Mavro and Klee agreed.";
        assertThat(mentions(text, "anna-zorbu")).containsExactly(expected(text));
        assertThat(mentions(text, "ivo-klee")).hasSize(2);
        assertThat(mentions(text, "ted-mavro")).hasSize(2);
    }

    /**
     * The titled name, then "Zorbu said", "(Zorbu)", "Zorbu’s": no hyphenated, dated or glued
     * surname.
     */
    private static String[] expected(String text) {
        return new String[] {"Anna Zorbu", "Zorbu@" + text.indexOf("Zorbu said"), "Zorbu@" + text.indexOf("Zorbu)"),
            "Zorbu@" + text.indexOf("Zorbu’s")};
    }

    /** The actor's mentions: the first as written, the others as surname@offset. */
    private static List<String> mentions(String text, String id) {
        ActorTag actor = TAGGER.tag(new StoryText(null, text, null)).actors().stream()
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        return actor.mentions().stream().map(s -> s.start() == actor.mentions().get(0).start()
                ? text.substring(s.start(), s.end()) : text.substring(s.start(), s.end()) + "@" + s.start()).toList();
    }
}
