package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole tagger: entity tagging and statement extraction working together, as the topology uses it. */
class TaggerTest {
    private static final Tagger TAGGER = Tagger.loadDefault();

    @Test
    void shouldAttributeEveryReferenceStatementToItsAnnotatedSpeaker() throws IOException {
        StoryText story = ReferenceStory.load();
        JsonNode expected = new ObjectMapper().readTree(ReferenceStory.SEED.resolve("expected.json").toFile());
        List<org.assertj.core.groups.Tuple> wanted = new ArrayList<>();
        expected.get("statements").forEach(s -> wanted.add(tuple(
                s.get("quote").asText(), s.get("speaker").asText().replace(" (anonymous)", ""),
                s.get("official").asBoolean())));

        StoryTags tags = TAGGER.tag(story);

        assertThat(tags.statements())
                .extracting(StatementTag::quote, StatementTag::speaker, StatementTag::official)
                .containsExactlyElementsOf(wanted);
        assertThat(tags.statements()).allSatisfy(s ->
                assertThat(story.text().substring(s.span().start(), s.span().end())).isEqualTo(s.quote()));
        assertThat(tags.countries()).containsExactlyInAnyOrder("SY", "RU", "US", "LA");
        assertThat(tags.focusCountries()).containsExactly("SY");
    }

    @Test
    void shouldKeepAnUnnamedDiplomatAnonymousWhenItsOrganisationIsNamed() {
        String text = "\"There is broad support for the idea, but the details will take time,\" said one EU diplomat,"
                + " who asked not to be named.";

        StatementTag statement = TAGGER.tag(StoryText.of(null, text)).statements().get(0);

        assertThat(statement.speaker()).isEqualTo("one EU diplomat");
        assertThat(statement.anonymous()).isTrue();
        assertThat(statement.official()).isTrue();
    }

    @Test
    void shouldTakeTheSourceBeforeAParticipleAsideAsTheSpeaker() {
        String text = "\"The convoy was stopped at the border,\" two security officials, speaking on condition of"
                + " anonymity told reporters.";

        StatementTag statement = TAGGER.tag(StoryText.of(null, text)).statements().get(0);

        assertThat(statement.speaker()).isEqualTo("two security officials");
        assertThat(statement.anonymous()).isTrue();
        assertThat(statement.official()).isTrue();
    }

    @Test
    void shouldResolveATitledNameToTheDictionaryActorWithItsRole() {
        String text = "\"We are not there yet,\" State Department spokesman John Kirby said on Monday.";

        StatementTag statement = TAGGER.tag(StoryText.of(null, text)).statements().get(0);

        assertThat(statement.speaker()).isEqualTo("John Kirby");
        assertThat(statement.speakerId()).isEqualTo("john-kirby");
        assertThat(statement.speakerCountry()).isEqualTo("US");
        assertThat(text.substring(statement.speakerSpan().start(), statement.speakerSpan().end())).isEqualTo("John Kirby");
    }
}
