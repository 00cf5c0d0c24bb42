package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-annotated reference story of the shared corpus: all eleven statements. */
class ReferenceStoryStatementsTest {
    private static final Path STORY = Path.of("../../shared/corpus/seed/000_a46aa8765330f8b0.txt");

    private static String text;
    private static List<StatementTag> statements;

    @BeforeAll
    static void extract() throws IOException {
        if (!Files.exists(STORY)) {
            return;
        }
        text = body(Files.readAllLines(STORY, StandardCharsets.UTF_8));
        statements = StatementExtractor.loadDefault().extract(text, actors(text));
    }

    /** Drops the section (line 1), headline (line 3) and page furniture; joins paragraphs. */
    static String body(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 3; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.equals("Related Articles") && !line.equals("Back to top button")) {
                paragraphs.add(lines.get(i));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static List<ActorTag> actors(String text) {
        return List.of(
                ActorFixtures.person(text, "john-kerry", "John Kerry", "US Secretary of State", "US", "John Kerry", "Kerry"),
                ActorFixtures.person(text, "john-kirby", "John Kirby", "State Department spokesman", "US", "John Kirby", "Kirby"),
                ActorFixtures.person(text, "sergei-lavrov", "Sergei Lavrov", "Russian foreign minister", "RU", "Sergei Lavrov"),
                ActorFixtures.person(text, "barack-obama", "Barack Obama", "US President", "US", "Barack Obama"),
                ActorFixtures.person(text, "vladimir-putin", "Vladimir Putin", "Russian President", "RU", "Vladimir Putin"),
                ActorFixtures.person(text, "bashar-al-assad", "Bashar al-Assad", "Syrian President", "SY", "Assad"),
                ActorFixtures.organization(text, "us-state-department", "US State Department", "US", "State Department"),
                ActorFixtures.organization(text, "pentagon", "Pentagon", "US", "Pentagon"));
    }

    @Test
    void shouldFindAllElevenStatementsInStoryOrderWithTheirSpeakers() {
        assumeThat(Files.exists(STORY)).as("shared corpus not found at %s", STORY.toAbsolutePath()).isTrue();
        assertThat(statements).extracting(StatementTag::speaker).containsExactly(
                "John Kirby", "John Kirby", "John Kirby", "two US officials", "another US official",
                "Barack Obama", "Barack Obama", "a senior US official", "a senior US official",
                "a senior US official", "John Kirby");
        assertThat(statements).extracting(StatementTag::quote).containsExactly(
                "We believe this approach is still worth pursuing,",
                "But it remains to be seen whether or not we can get there.",
                "We've been very concerned about the situation in Aleppo and we have made those concerns plain to Russian officials,",
                "limited progress",
                "Discussions will likely continue, but there is no illusion on how much can be achieved,",
                "I'm not confident that we can trust the Russians and Vladimir Putin,",
                "We have to test whether or not we can get an actual cessation of hostilities that includes an end to the kinds of aerial bombing and civilian death and destruction that we've seen carried out by the Assad regime.",
                "There was an acknowledgement that we were not, nor should we, take the Russians at their word,",
                "And if this moves forward we'll have to make sure it\u2019s in the best interests of the cessation of hostilities.",
                "No doors are closed but nothing has been decided,",
                "The test is to see if Russia is really willing to use its influence on the Assad regime to observe the cessation of hostilities, to stop killing its own citizens, to improve the delivery of humanitarian aid, and eventually contribute to the political process,");
    }

    @Test
    void shouldGiveEachStatementItsCueWithNullForContinuations() {
        assumeThat(Files.exists(STORY)).as("shared corpus not found at %s", STORY.toAbsolutePath()).isTrue();
        assertThat(statements).extracting(StatementTag::cue).containsExactly(
                "said", "adding", "said", "said", "said", "told reporters", null, "told Reuters", null, "added", "said");
    }

    @Test
    void shouldMarkEveryReferenceSpeakerOfficialAndAnonymousOnesAnonymous() {
        assumeThat(Files.exists(STORY)).as("shared corpus not found at %s", STORY.toAbsolutePath()).isTrue();
        assertThat(statements).allMatch(StatementTag::official);
        assertThat(statements).extracting(StatementTag::anonymous).containsExactly(
                false, false, false, true, true, false, false, true, true, true, false);
        assertThat(statements).extracting(StatementTag::speakerId).containsExactly(
                "john-kirby", "john-kirby", "john-kirby", "anon:two-us-officials", "anon:another-us-official",
                "barack-obama", "barack-obama", "anon:a-senior-us-official", "anon:a-senior-us-official",
                "anon:a-senior-us-official", "john-kirby");
    }

    @Test
    void shouldPointSpansAtTheQuotedWordsAndTheGovernedSpeakerMention() {
        assumeThat(Files.exists(STORY)).as("shared corpus not found at %s", STORY.toAbsolutePath()).isTrue();
        for (StatementTag s : statements) {
            assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.quote());
            assertThat(s.speakerSpan()).isNotNull();
        }
        assertThat(statements).extracting(s -> text.substring(s.speakerSpan().start(), s.speakerSpan().end()))
                .containsExactly("John Kirby", "John Kirby", "Kirby", "two US officials", "another US official",
                        "he", "he", "the official", "the official", "the official", "Kirby");
        assertThat(statements).extracting(StatementTag::speakerCountry).containsOnly("US");
    }

    @Test
    void shouldStillFindOfficialsWhenTheEntityTaggerKnowsNoRoles() {
        assumeThat(Files.exists(STORY)).as("shared corpus not found at %s", STORY.toAbsolutePath()).isTrue();
        List<ActorTag> withoutRoles = actors(text).stream()
                .map(a -> new ActorTag(a.id(), a.name(), a.type(), null, null, a.mentions()))
                .toList();
        List<StatementTag> found = StatementExtractor.loadDefault().extract(text, withoutRoles);
        assertThat(found).extracting(StatementTag::speaker)
                .containsExactlyElementsOf(statements.stream().map(StatementTag::speaker).toList());
        assertThat(found).allMatch(StatementTag::official);
    }
}
