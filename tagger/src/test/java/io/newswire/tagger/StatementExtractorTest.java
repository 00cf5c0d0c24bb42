package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {
    private static final StatementExtractor EXTRACTOR = StatementExtractor.loadDefault();

    private static List<StatementTag> extract(String text, ActorTag... actors) {
        List<StatementTag> found = EXTRACTOR.extract(text, List.of(actors));
        for (StatementTag s : found) {
            assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.quote());
        }
        return found;
    }

    private static ActorTag lopez(String text) {
        return ActorFixtures.person(text, "maria-lopez", "Maria Lopez", "foreign minister", "ES", "Maria Lopez", "Lopez");
    }

    private static String spoken(String text, StatementTag s) {
        return text.substring(s.speakerSpan().start(), s.speakerSpan().end());
    }

    @Test
    void shouldAttributeQuoteToNameBeforeTheCue() {
        String text = "\"We will keep talking,\" Lopez said on Monday.";
        assertThat(extract(text, lopez(text)))
                .extracting(StatementTag::quote, StatementTag::speaker, StatementTag::cue, StatementTag::official)
                .containsExactly(tuple("We will keep talking,", "Maria Lopez", "said", true));
    }

    @Test
    void shouldKeepAnOfficialActorsRoleAndTakeTheCountryFromItsDescriptionWhenTheActorHasNone() {
        String text = "\"We will wait,\" German diplomat Maria Lopez said. \"No deal,\" Lopez said.";
        ActorTag stateless = ActorFixtures.person(text, "maria-lopez", "Maria Lopez", "foreign minister", null,
                "Maria Lopez", "Lopez");
        assertThat(extract(text, stateless))
                .extracting(StatementTag::speaker, StatementTag::speakerRole, StatementTag::speakerCountry,
                        StatementTag::official)
                .containsExactly(tuple("Maria Lopez", "foreign minister", "DE", true),
                        tuple("Maria Lopez", "foreign minister", null, true));
    }

    @Test
    void shouldAttributeQuoteToNameAfterAnInvertedCue() {
        String text = "\"We will keep talking,\" said Lopez, who noted that talks resume Friday.";
        List<StatementTag> found = extract(text, lopez(text));
        assertThat(found).extracting(StatementTag::speaker, StatementTag::cue).containsExactly(tuple("Maria Lopez", "said"));
        assertThat(spoken(text, found.get(0))).isEqualTo("Lopez");
    }

    @Test
    void shouldTakeTheSourceAfterAccordingTo() {
        String text = "The deal is \"dead in the water,\" according to a European diplomat in Brussels.";
        assertThat(extract(text))
                .extracting(StatementTag::quote, StatementTag::speaker, StatementTag::cue, StatementTag::anonymous,
                        StatementTag::official)
                .containsExactly(tuple("dead in the water,", "a European diplomat", "according to", true, true));
    }

    @Test
    void shouldKeepTheObjectOfToldInTheCue() {
        String text = "\"It is over,\" Lopez told Reuters. \"Nobody wants this,\" Lopez told reporters.";
        assertThat(extract(text, lopez(text))).extracting(StatementTag::cue).containsExactly("told Reuters", "told reporters");
    }

    @Test
    void shouldResolveDescriptiveSourceToTheActorNamedInside() {
        String text = "\"We are ready,\" Foreign Ministry spokeswoman Maria Lopez told a news conference.";
        List<StatementTag> found = extract(text, lopez(text));
        assertThat(found).extracting(StatementTag::speaker, StatementTag::speakerId, StatementTag::official)
                .containsExactly(tuple("Maria Lopez", "maria-lopez", true));
        assertThat(spoken(text, found.get(0))).isEqualTo("Maria Lopez");
    }

    @Test
    void shouldJoinAQuoteRunningOverTwoParagraphsUnderOneSpeaker() {
        String text = "Lopez said: \"The first part runs to the paragraph end.\n\n\"The second part closes it.\"";
        assertThat(extract(text, lopez(text)))
                .extracting(StatementTag::quote, StatementTag::speaker, StatementTag::cue)
                .containsExactly(
                        tuple("The first part runs to the paragraph end.", "Maria Lopez", "said"),
                        tuple("The second part closes it.", "Maria Lopez", null));
    }

    @Test
    void shouldGiveTheOpeningParagraphOfAQuoteTheSpeakerNamedAtItsEnd() {
        String text = "\"The first part has no cue.\n\n\"The second part does,\" Lopez said.";
        assertThat(extract(text, lopez(text))).extracting(StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("Maria Lopez", null), tuple("Maria Lopez", "said"));
    }

    @Test
    void shouldKeepNestedSingleQuotesInsideTheQuote() {
        String text = "\"He told me 'never again' and meant it,\" Lopez said.";
        assertThat(extract(text, lopez(text))).extracting(StatementTag::quote)
                .containsExactly("He told me 'never again' and meant it,");
    }

    @Test
    void shouldReadCurlyQuotes() {
        String text = "\u201CWe are ready,\u201D Lopez said. \u201CThe rest is up to them.\u201D";
        assertThat(extract(text, lopez(text))).extracting(StatementTag::quote, StatementTag::cue)
                .containsExactly(tuple("We are ready,", "said"), tuple("The rest is up to them.", null));
    }

    @Test
    void shouldSplitQuotesGluedToTheNextSentenceByMissingSpace() {
        String text = "\"We are ready,\" Lopez said, adding: \"But not yet.\"The talks resume on Monday.";
        assertThat(extract(text, lopez(text)))
                .extracting(StatementTag::quote, StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("We are ready,", "Maria Lopez", "said"), tuple("But not yet.", "Maria Lopez", "adding"));
    }

    @Test
    void shouldResolvePronounToTheLastPersonMentionedOutsideQuotes() {
        String text = "Maria Lopez spoke first. Then Prime Minister Ali Khan took the floor and praised Lopez's plan.\n\n"
                + "\"We disagree with Maria Lopez,\" he told reporters.";
        ActorTag khan = ActorFixtures.person(text, "ali-khan", "Ali Khan", "Prime Minister", "PK", "Ali Khan");
        List<StatementTag> found = extract(text, lopez(text), khan);
        assertThat(found).extracting(StatementTag::speaker, StatementTag::speakerId, StatementTag::cue)
                .containsExactly(tuple("Ali Khan", "ali-khan", "told reporters"));
        assertThat(spoken(text, found.get(0))).isEqualTo("he");
    }

    @Test
    void shouldSkipPersonsOfTheWrongGenderForAPronoun() {
        String text = "Ms. Lopez met Ali Khan's envoy. Mr. Khan was absent.\n\n\"We will wait,\" she said.";
        ActorTag khan = ActorFixtures.person(text, "ali-khan", "Ali Khan", null, null, "Ali Khan", "Khan");
        assertThat(extract(text, lopez(text), khan)).extracting(StatementTag::speaker).containsExactly("Maria Lopez");
    }

    @Test
    void shouldGiveAContinuationQuoteThePreviousSpeakerWithNoCue() {
        String text = "\"First sentence,\" Lopez said. \"Second sentence follows.\"";
        assertThat(extract(text, lopez(text))).extracting(StatementTag::speaker, StatementTag::cue)
                .containsExactly(tuple("Maria Lopez", "said"), tuple("Maria Lopez", null));
    }

    @Test
    void shouldKeepAnAnonymousPluralSourceAsWritten() {
        String text = "Two Western diplomats said the talks had \"stalled badly\" this week.";
        assertThat(extract(text))
                .extracting(StatementTag::speaker, StatementTag::speakerId, StatementTag::anonymous, StatementTag::official)
                .containsExactly(tuple("two Western diplomats", "anon:two-western-diplomats", true, true));
    }

    @Test
    void shouldReferTheOfficialBackToTheLastUnnamedOfficial() {
        String text = "Another EU official said nothing. A senior US official, who asked not to be named, said the deal"
                + " was close.\n\n\"We are nearly there,\" the official said.";
        List<StatementTag> found = extract(text);
        assertThat(found)
                .extracting(StatementTag::speaker, StatementTag::speakerId, StatementTag::speakerCountry,
                        StatementTag::anonymous, StatementTag::official)
                .containsExactly(tuple("a senior US official", "anon:a-senior-us-official", "US", true, true));
        assertThat(spoken(text, found.get(0))).isEqualTo("the official");
    }

    @Test
    void shouldNotTreatScareQuotesOrTitlesAsStatements() {
        String text = "The so-called \"peace dividend\" never came.\n\n"
                + "Lopez said she had watched \"The Long Road Home\" twice.";
        assertThat(extract(text, lopez(text))).isEmpty();
    }

    @Test
    void shouldKeepAnUnknownNamedSourceAsWrittenAndNotAnonymous() {
        String text = "\"The harvest is ruined,\" said John Doe, a farmer near the border.";
        assertThat(extract(text))
                .extracting(StatementTag::speaker, StatementTag::anonymous, StatementTag::official, StatementTag::speakerRole)
                .containsExactly(tuple("John Doe", false, false, "a farmer near the border"));
    }

    @Test
    void shouldReturnNothingForTextWithoutQuotes() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("Lopez said the talks would resume.")).isEmpty();
    }

    @Test
    void shouldDropAnUnclosedQuoteThatDoesNotRunOn() {
        String text = "Lopez said \"this never closes.\n\nA new paragraph starts here.";
        assertThat(extract(text, lopez(text))).isEmpty();
    }

    @Test
    void shouldResolveADefiniteRoleToTheLastActorHoldingIt() {
        String text = "Foreign Minister Maria Lopez arrived late.\n\n\"We need more time,\" the minister said.";
        List<StatementTag> found = extract(text, lopez(text));
        assertThat(found).extracting(StatementTag::speaker, StatementTag::anonymous, StatementTag::official)
                .containsExactly(tuple("Maria Lopez", false, true));
        assertThat(spoken(text, found.get(0))).isEqualTo("the minister");
    }

    @Test
    void shouldFindAnOfficialTitleWrittenBeforeAnActorWithoutARole() {
        String text = "US President Ana Ruiz met farmers.\n\n\"We will help,\" she said.";
        ActorTag ruiz = ActorFixtures.person(text, "ana-ruiz", "Ana Ruiz", null, null, "Ana Ruiz");
        assertThat(extract(text, ruiz))
                .extracting(StatementTag::speaker, StatementTag::speakerRole, StatementTag::speakerCountry, StatementTag::official)
                .containsExactly(tuple("Ana Ruiz", "US President", "US", true));
    }
}
