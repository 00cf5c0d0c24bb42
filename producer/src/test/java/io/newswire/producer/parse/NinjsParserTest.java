package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsParserTest {
    private static final Instant RECEIVED = Instant.parse("2024-05-14T12:00:00Z");

    private final NinjsParser parser = new NinjsParser();

    @Test
    void shouldReadANinjs1ItemWithPlainBodyAndKeepTheSourceOffset() {
        WireStory story = parsed(Fixtures.bytes("ninjs/ninjs-1x-canceled.json"));

        assertThat(story.getId()).isEqualTo("urn:newsml:example.org:20240514:port-strike");
        assertThat(story.getVersion()).isEqualTo(3);
        assertThat(story.getFormat()).isEqualTo("ninjs");
        assertThat(story.getHeadline()).isEqualTo("Port workers end strike after deal on night-shift pay");
        assertThat(story.getParagraphs()).containsExactly(
                "MOMBASA (Example Wire) - Dock workers returned to work on Saturday after union leaders"
                        + " and the port authority agreed a new rate for night shifts.",
                "\"The cranes are moving again,\" union secretary Peter Wanjala told reporters at the main gate.",
                "The port authority expects the backlog to clear within a week.");
        assertThat(story.getVersionTime()).isEqualTo("2024-05-14T09:30:00+02:00");
        assertThat(story.getPublishedTime()).isEqualTo("2024-05-14T08:00:00+02:00");
        assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
        assertThat(story.getByline()).isEqualTo("By Amina Otieno");
        assertThat(story.getDateline().getText()).isEqualTo("MOMBASA");
        assertThat(story.getSource()).isEqualTo("Example Wire");
        assertThat(story.getLanguage()).isEqualTo("en");
        assertThat(story.getUrgency()).isEqualTo(2);
        assertThat(story.getKeywords()).containsExactly("strike", "shipping");
        assertThat(story.getSubjects()).containsExactly("medtop:20000523", "ports");
    }

    @Test
    void shouldMarkACanceledNinjs1ItemAsCanceled() {
        assertThat(parsed(Fixtures.bytes("ninjs/ninjs-1x-canceled.json")).getPubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void shouldReadANinjs3ItemWithMainHeadlineHtmlBodyAndUtcTime() {
        WireStory story = parsed(Fixtures.bytes("ninjs/ninjs-3x.json"));

        assertThat(story.getId()).isEqualTo("http://ninjs.example.org/items/2024-05-14-ceasefire");
        assertThat(story.getVersion()).isEqualTo(2);
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(story.getHeadline()).isEqualTo("Cessez-le-feu annoncé à l'aube");
        assertThat(story.getParagraphs()).containsExactly(
                "Le cessez-le-feu est entré en vigueur à 05h00.",
                "Les médiateurs ont salué « un premier pas ».");
        assertThat(story.getVersionTime()).isEqualTo("2024-05-14T07:30:00Z");
        assertThat(story.getPublishedTime()).isEqualTo("2024-05-14T06:45:10Z");
        assertThat(story.getByline()).isEqualTo("Claire Martin");
        assertThat(story.getSource()).isEqualTo("Agence Exemple");
        assertThat(story.getLanguage()).isEqualTo("fr");
        assertThat(story.getUrgency()).isEqualTo(3);
        assertThat(story.getSubjects()).containsExactly("http://cv.iptc.org/newscodes/mediatopic/16000000");
        assertThat(story.getKeywords()).containsExactly("trêve");
    }

    @Test
    void shouldTurnABodyHtmlOnlyItemIntoParagraphs() {
        WireStory story = parsed(Fixtures.bytes("ninjs/ninjs-body-html-only.json"));

        assertThat(story.getHeadline()).isEqualTo("Flood warnings extended along the river");
        assertThat(story.getParagraphs()).containsExactly(
                "Flood warnings were extended on Friday to three more counties, the weather service said.",
                "Water levels at the gauge rose 40 cm overnight. See the map.",
                "Residents were told to move cars to higher ground.",
                "Schools will stay closed on Monday.",
                "Route 9 is shut.",
                "Ferries are suspended.");
        assertThat(story.getVersionTime()).isEqualTo("2024-03-01T17:05:00-05:00");
        assertThat(story.getVersion()).isEqualTo(1);
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.USABLE);
    }

    @Test
    void shouldRejectAPictureItemAsNotAStory() {
        assertThat(rejection(Fixtures.bytes("ninjs/ninjs-picture.json")))
                .startsWith("not a text story: ninjs item of type 'picture'");
    }

    @Test
    void shouldParseEachItemOfAContentApiListAsABatch() {
        ParseResult result = parser.parse(Fixtures.bytes("ninjs/ninjs-item-list.json"), "test", RECEIVED);

        assertThat(result).isInstanceOf(ParseResult.Batch.class);
        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(0)).isInstanceOfSatisfying(ParseResult.Parsed.class,
                parsed -> assertThat(parsed.story().getId()).isEqualTo("urn:example:list:1"));
        assertThat(result.items().get(1)).isEqualTo(new ParseResult.Rejected(
                "no body: ninjs item has a headline but no body_html/body_text, bodies[] or description"));
    }

    @Test
    void shouldRejectTruncatedJsonSayingItIsTruncated() {
        byte[] whole = Fixtures.bytes("ninjs/ninjs-3x.json");

        assertThat(rejection(Arrays.copyOf(whole, whole.length / 2))).startsWith("truncated JSON: ");
    }

    @Test
    void shouldRejectMalformedJsonWithItsPosition() {
        assertThat(rejection("{\"uri\": \"x\",, }")).startsWith("not valid JSON at line 1, column ");
    }

    @Test
    void shouldRejectAJsonArrayAsNotANinjsItem() {
        assertThat(rejection("[]")).isEqualTo("not a ninjs item: the JSON document is array, a ninjs item is a JSON object");
    }

    @Test
    void shouldRejectAJsonObjectWithoutNinjsFieldsNamingItsFields() {
        assertThat(rejection("{\"foo\": 1}")).startsWith("not a ninjs item: the JSON object has none of the ninjs fields")
                .endsWith("(its fields: foo)");
    }

    @Test
    void shouldRejectTrailingContentAfterTheItem() {
        assertThat(rejection("{\"uri\": \"a\", \"headline\": \"h\", \"body_text\": \"b\"} {}"))
                .startsWith("not a single JSON value: ");
    }

    @Test
    void shouldRejectAbsurdlyDeepNestingInsteadOfOverflowingTheStack() {
        assertThat(rejection("{\"a\":".repeat(100_000))).startsWith("JSON exceeds the parser's limits");
    }

    @Test
    void shouldRejectBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"headline\": \"Caf\u00e9\", \"body_text\": \"x\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(rejection(latin1)).startsWith("not valid JSON at line 1, column ").contains("UTF-8");
    }

    @Test
    void shouldRejectEmptyAndBlankInput() {
        assertThat(rejection("")).isEqualTo("empty input: 0 bytes");
        assertThat(rejection("  \n ")).isEqualTo("blank input: no JSON value, only whitespace");
    }

    @Test
    void shouldRejectAnItemWithoutHeadlineOrBody() {
        assertThat(rejection("{\"uri\": \"urn:x\", \"type\": \"text\"}"))
                .isEqualTo("no text: ninjs item has neither a headline nor a body");
    }

    @Test
    void shouldUseTheDescriptionWhenAnItemHasNoBody() {
        WireStory story = parsed(("{\"uri\": \"urn:x\", \"headlines\": [{\"value\": \"Short item\"}],"
                + " \"descriptions\": [{\"role\": \"text\", \"value\": \"Only a summary.\"}]}").getBytes(StandardCharsets.UTF_8));

        assertThat(story.getParagraphs()).containsExactly("Only a summary.");
    }

    @Test
    void shouldUseAContentHashAsFamilyIdWhenTheItemHasNoUri() {
        WireStory story = parsed("{\"headline\": \"H\", \"body_text\": \"Body.\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(story.getId()).isEqualTo(ContentHash.familyId("H", List.of("Body.")));
    }

    private WireStory parsed(byte[] content) {
        ParseResult result = parser.parse(content, "test", RECEIVED);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).story();
    }

    private String rejection(String content) {
        return rejection(content.getBytes(StandardCharsets.UTF_8));
    }

    private String rejection(byte[] content) {
        ParseResult result = parser.parse(content, "test", RECEIVED);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }
}
