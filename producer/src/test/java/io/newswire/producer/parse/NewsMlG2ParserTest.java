package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.RECEIVED;
import static io.newswire.producer.parse.XmlFixtures.bytes;
import static io.newswire.producer.parse.XmlFixtures.parse;
import static io.newswire.producer.parse.XmlFixtures.reason;
import static io.newswire.producer.parse.XmlFixtures.story;
import static io.newswire.producer.parse.XmlFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NewsMlG2ParserTest {
    private static final String CANCELED_ITEM = "g2-newsitem-canceled.xml";
    private static final String MESSAGE = "g2-newsmessage.xml";

    @Test
    void shouldTakeFamilyIdFromGuidAndVersionFromTheVersionAttribute() {
        WireStory story = story(parse(bytes(CANCELED_ITEM)));

        assertThat(story.getId()).isEqualTo("urn:newsml:newswire.test:20240305:syria-talks");
        assertThat(story.getVersion()).isEqualTo(3);
        assertThat(story.getFormat()).isEqualTo("newsml-g2");
    }

    @Test
    void shouldMapPubStatusCanceledToCanceled() {
        assertThat(story(parse(bytes(CANCELED_ITEM))).getPubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void shouldKeepPlusTwoHourOffsetsAsWrittenAndRecordReceiptSeparately() {
        WireStory story = story(parse(bytes(CANCELED_ITEM)));

        assertThat(story.getVersionTime()).isEqualTo("2024-03-05T14:30:00+02:00");
        assertThat(story.getPublishedTime()).isEqualTo("2024-03-05T11:05:00+02:00");
        assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldReadParagraphsFromAnInlineXhtmlBodyWithEntitiesDecodedAndWhitespaceCollapsed() {
        WireStory story = story(parse(bytes(CANCELED_ITEM)));

        assertThat(story.getParagraphs()).containsExactly(
                "Talks on Syria resumed in Geneva on Tuesday, officials said.",
                "\u201CWe are hopeful,\u201D an envoy told reporters outside.");
    }

    @Test
    void shouldTakeTheMainHeadlineNotTheSubHeadline() {
        assertThat(story(parse(bytes(CANCELED_ITEM))).getHeadline()).isEqualTo("Talks on Syria resume in Geneva");
    }

    @Test
    void shouldTakeDatelineTextAndThePlaceFromLocated() {
        WireStory story = story(parse(bytes(CANCELED_ITEM)));

        assertThat(story.getDateline().getText()).isEqualTo("BEIRUT, March 5 (NWT) -");
        assertThat(story.getDateline().getPlace()).isEqualTo("Beirut");
    }

    @Test
    void shouldKeepSubjectQcodesAndKeywordsButNotSignalsOrBroaderCodes() {
        WireStory story = story(parse(bytes(CANCELED_ITEM)));

        assertThat(story.getSubjects()).containsExactly("medtop:11000000", "subj:11002000");
        assertThat(story.getKeywords()).containsExactly("Syria", "diplomacy");
        assertThat(story.getSubjects()).noneMatch(subject -> subject.startsWith("sig:"));
    }

    @Test
    void shouldReadBylineUrgencyLanguageAndCreditlineAsSource() {
        WireStory story = story(parse(bytes(CANCELED_ITEM)));

        assertThat(story.getByline()).isEqualTo("By Jane Roe");
        assertThat(story.getUrgency()).isEqualTo(2);
        assertThat(story.getLanguage()).isEqualTo("en");
        assertThat(story.getSource()).isEqualTo("NWT");
    }

    @Test
    void shouldReturnABatchOfTwoParsedStoriesAndOneRejectedPictureInDocumentOrder() {
        ParseResult result = parse(bytes(MESSAGE));

        assertThat(result).isInstanceOf(ParseResult.Batch.class);
        assertThat(result.items()).hasSize(3);
        assertThat(story(result.items().get(0)).getHeadline()).isEqualTo("First story");
        assertThat(reason(result.items().get(1))).startsWith("no text: picture item");
        assertThat(story(result.items().get(2)).getParagraphs()).containsExactly("The second story's text.");
    }

    @Test
    void shouldReturnTheItemItselfForAMessageWithASingleItem() {
        String message = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>"
                + "<newsItem guid=\"g1\"><contentMeta><headline>H</headline></contentMeta><contentSet>"
                + "<inlineData contenttype=\"text/plain\">Line one.\n\nLine two.</inlineData></contentSet></newsItem>"
                + "</itemSet></newsMessage>";

        assertThat(story(parse(utf8(message))).getParagraphs()).containsExactly("Line one.", "Line two.");
    }

    @Test
    void shouldRejectPackageAndConceptItemsAsHavingNoText() {
        String ns = " xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"p1\"";

        assertThat(reason(parse(utf8("<packageItem" + ns + "/>")))).startsWith("no text: package item");
        assertThat(reason(parse(utf8("<conceptItem" + ns + "/>")))).startsWith("no text: concept item");
    }

    @Test
    void shouldRejectVideoItems() {
        String item = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"v1\"><itemMeta>"
                + "<itemClass qcode=\"icls:video\"/></itemMeta></newsItem>";

        assertThat(reason(parse(utf8(item)))).startsWith("no text: video item");
    }

    @Test
    void shouldRejectAFragmentThatIsNotAnItem() {
        assertThat(reason(parse(utf8("<contentSet><inlineXML/></contentSet>")))).startsWith("not a NewsML-G2 item");
    }

    @Test
    void shouldRejectAVersionThatIsNotAPositiveInteger() {
        String item = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\" version=\"99999999999\">"
                + "<contentMeta><headline>H</headline></contentMeta><contentSet><inlineData>Text.</inlineData></contentSet></newsItem>";

        assertThat(reason(parse(utf8(item)))).contains("version");
    }

    @Test
    void shouldGiveTheSameResultsWhenCalledFromManyThreads() throws Exception {
        byte[] message = bytes(MESSAGE);
        ParseResult expected = parse(message);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParseResult>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> parse(message)))
                    .toList();
            for (Future<ParseResult> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
