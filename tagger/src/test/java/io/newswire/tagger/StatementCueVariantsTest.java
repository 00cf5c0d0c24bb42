package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Less common attribution shapes: sign-offs, lead-in sentences, naming verbs, misused marks. */
class StatementCueVariantsTest {
    private static final StatementExtractor EXTRACTOR = StatementExtractor.loadDefault();

    private static List<StatementTag> extract(String text, ActorTag... actors) {
        return EXTRACTOR.extract(text, List.of(actors));
    }

    @Test
    void shouldAttributeAVoxPopQuoteToTheNameAfterADash() {
        String text = "\u201CPrices doubled in a month.\u201D \u2015 Ana Ruiz, a shopkeeper\n"
                + "\u201CWe cannot plan anything.\u201D\u00A0\u2014 Omar Haddad.";
        assertThat(extract(text)).extracting(StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("Ana Ruiz", "\u2015"), tuple("Omar Haddad", "\u2014"));
    }

    @Test
    void shouldUseALeadInSentenceEndingInAColonForTheNextParagraph() {
        String text = "The minister was blunt. Lopez said:\n\n\"We will not sign this agreement.\"";
        ActorTag lopez = ActorFixtures.person(text, "maria-lopez", "Maria Lopez", "minister", null, "Lopez");
        assertThat(extract(text, lopez)).extracting(StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("Maria Lopez", "said"));
    }

    @Test
    void shouldAttributeAQuoteWhoseSentenceEndsWithCommaAndSource() {
        String text = "\"Nobody goes to jail\" for these crimes, the senator said.";
        assertThat(extract(text)).extracting(StatementTag::speaker, StatementTag::official)
                .containsExactly(tuple("the senator", true));
    }

    @Test
    void shouldTreatNamingVerbsAsCuesForPartialQuotes() {
        String text = "Lopez called the proposal \"a dangerous gamble\" on Tuesday.";
        ActorTag lopez = ActorFixtures.person(text, "maria-lopez", "Maria Lopez", null, null, "Lopez");
        assertThat(extract(text, lopez)).extracting(StatementTag::quote, StatementTag::cue)
                .containsExactly(tuple("a dangerous gamble", "called"));
    }

    @Test
    void shouldTreatComparingAndJudgingVerbsAsCuesForPartialQuotes() {
        String text = "Lopez likened the refugees to \"a vicious snake.\" Ruiz condemned the test as \"provocative and "
                + "destabilizing.\" Diaz characterized his rival as \"a little desperate.\"";
        assertThat(extract(text)).extracting(StatementTag::speaker, StatementTag::cue).containsExactly(
                tuple("Lopez", "likened"), tuple("Ruiz", "condemned"), tuple("Diaz", "characterized"));
    }

    @Test
    void shouldReadASentenceOpeningSaidAsAnInvertedCue() {
        String text = "Said Ellis: \"I don't get the sense she is interested in tax reform.\"";
        assertThat(extract(text)).extracting(StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("Ellis", "Said"));
    }

    @Test
    void shouldNotReadSoCalledAsACue() {
        assertThat(extract("The so-called \"reform package\" stalled in committee.")).isEmpty();
    }

    @Test
    void shouldGiveAParticipleCueTheNameOpeningItsSentence() {
        String text = "Rival Ana Ruiz mocked the plan, saying it was \"a recipe for disaster.\"";
        assertThat(extract(text)).extracting(StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("Rival Ana Ruiz", "saying"));
    }

    @Test
    void shouldReadARightCurlyMarkMisusedAsAnOpener() {
        String text = "\u201DWe were never consulted,\u201D Lopez said.";
        ActorTag lopez = ActorFixtures.person(text, "maria-lopez", "Maria Lopez", null, null, "Lopez");
        assertThat(extract(text, lopez)).extracting(StatementTag::quote).containsExactly("We were never consulted,");
    }

    @Test
    void shouldStopAnInvertedNameAtItsAppositiveAndKeepTheRoleFromIt() {
        String text = "\"The border stays shut,\" said Omar Haddad, the interior minister.";
        assertThat(extract(text))
                .extracting(StatementTag::speaker, StatementTag::speakerRole, StatementTag::official)
                .containsExactly(tuple("Omar Haddad", "the interior minister", true));
    }

    @Test
    void shouldKeepTheNameBeforeAPrepositionAsTheSource() {
        String text = "\"Turnout will decide it,\" Cameron Easley of Morning Consult wrote.";
        assertThat(extract(text)).extracting(StatementTag::speaker).containsExactly("Cameron Easley");
    }

    @Test
    void shouldNotTakeAClauseAfterTheCueAsAnInvertedSource() {
        String text = "A letter from his doctor says he has \"excellent health\" for his age.";
        assertThat(extract(text)).extracting(StatementTag::speaker).doesNotContain("he has");
    }

    @Test
    void shouldKeepAnUnnamedSpokespersonForANamedBodyAnonymousAndOfficial() {
        String text = "\"Talks will continue,\" a spokesperson for the European Commission told reporters.";
        assertThat(extract(text))
                .extracting(StatementTag::speaker, StatementTag::anonymous, StatementTag::official)
                .containsExactly(tuple("a spokesperson for the European Commission", true, true));
    }

    @Test
    void shouldLowerASentenceInitialBarePluralSource() {
        assertThat(extract("Diplomats said the plan was \"dead on arrival\".")).extracting(StatementTag::speaker, StatementTag::speakerId)
                .containsExactly(tuple("diplomats", "anon:diplomats"));
    }

    @Test
    void shouldReadAnAppositiveRoleAcrossAbbreviations() {
        String text = "\"We are ready,\" said Lt. Gen. John Smith, commander of U.S. forces in Iraq.";
        assertThat(extract(text))
                .extracting(StatementTag::speaker, StatementTag::speakerRole, StatementTag::speakerCountry, StatementTag::official)
                .containsExactly(tuple("Lt. Gen. John Smith", "commander of U.S. forces in Iraq", "US", true));
    }
}
