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
import org.junit.jupiter.api.Test;

class NitfParserTest {
    private static final String LATIN1_CANCELED = "nitf-latin1-canceled.xml";

    @Test
    void shouldDecodeAccentedTextInTheDeclaredIso88591Charset() {
        WireStory story = story(parse(bytes(LATIN1_CANCELED)));

        assertThat(story.getHeadline()).isEqualTo("Grève à Besançon : les cheminots reconduisent le mouvement");
        assertThat(story.getByline()).isEqualTo("Par Hélène Dupré");
        assertThat(story.getSection()).isEqualTo("Économie");
        assertThat(story.getKeywords()).containsExactly("grève", "transports");
    }

    @Test
    void shouldReadSubheadsAsParagraphsAndLeaveMediaCaptionsOut() {
        WireStory story = story(parse(bytes(LATIN1_CANCELED)));

        assertThat(story.getParagraphs()).containsExactly(
                "Les cheminots de Besançon ont voté mardi la reconduction de la grève, a-t-on appris auprès des syndicats.",
                "Trafic très perturbé",
                "La SNCF prévoit un TER sur trois & aucun TGV vers Dijon jusqu'à jeudi.");
    }

    @Test
    void shouldMapManagementStatusCanceledToCanceled() {
        assertThat(story(parse(bytes(LATIN1_CANCELED))).getPubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void shouldTakeIdVersionUrgencySourceAndLanguageFromDocdata() {
        WireStory story = story(parse(bytes(LATIN1_CANCELED)));

        assertThat(story.getId()).isEqualTo("nwtest.2024.greve-besancon");
        assertThat(story.getVersion()).isEqualTo(3);
        assertThat(story.getUrgency()).isEqualTo(2);
        assertThat(story.getSource()).isEqualTo("Newswire Test Agency");
        assertThat(story.getLanguage()).isEqualTo("fr-FR");
        assertThat(story.getFormat()).isEqualTo("nitf");
        assertThat(story.getSubjects()).containsExactly("subj:09003000");
    }

    @Test
    void shouldKeepTheSourceOffsetOfIssueAndPublicationTimesAndRecordReceiptSeparately() {
        WireStory story = story(parse(bytes(LATIN1_CANCELED)));

        assertThat(story.getVersionTime()).isEqualTo("2024-03-05T14:30:00+02:00");
        assertThat(story.getPublishedTime()).isEqualTo("2024-03-05T14:00:00+02:00");
        assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldReadDatelineTextAndTakeThePlaceFromTheCity() {
        WireStory story = story(parse(bytes(LATIN1_CANCELED)));

        assertThat(story.getDateline().getText()).isEqualTo("Besançon, France (NWT) -");
        assertThat(story.getDateline().getPlace()).isEqualTo("Besançon");
    }

    @Test
    void shouldHashHeadlineAndBodyForAFamilyIdWhenDocIdCarriesNone() {
        String nitf = "<nitf><head><docdata><doc-id regsrc=\"AP\"/></docdata></head><body><body.head><hedline><hl1>Storm"
                + " hits coast</hl1></hedline></body.head><body.content><p>The storm hit.</p></body.content></body></nitf>";

        WireStory story = story(parse(utf8(nitf)));

        assertThat(story.getId()).isEqualTo(ContentHash.familyId("Storm hits coast", java.util.List.of("The storm hit.")));
        assertThat(story.getVersion()).isEqualTo(1);
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.USABLE);
    }

    @Test
    void shouldMapWithheldAndEmbargoedToWithheld() {
        String template = "<nitf><head><docdata management-status=\"%s\"><doc-id id-string=\"x\"/></docdata></head><body>"
                + "<body.head><hedline><hl1>H</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>";

        assertThat(story(parse(utf8(template.formatted("withheld")))).getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(story(parse(utf8(template.formatted("embargoed")))).getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(story(parse(utf8(template.formatted("usable")))).getPubStatus()).isEqualTo(PubStatus.USABLE);
    }

    @Test
    void shouldRejectAUsableDocumentWithoutBodyParagraphs() {
        String nitf = "<nitf><body><body.head><hedline><hl1>Only a headline</hl1></hedline></body.head>"
                + "<body.content/></body></nitf>";

        assertThat(reason(parse(utf8(nitf)))).startsWith("no text:");
    }

    @Test
    void shouldRejectADocumentWithoutAnyHeadline() {
        assertThat(reason(parse(utf8("<nitf><body><body.content><p>Text.</p></body.content></body></nitf>"))))
                .startsWith("no headline:");
    }
}
