package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final Instant RECEIVED = Instant.parse("2024-05-14T12:00:00Z");

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldGiveOneResultPerRssItemInFeedOrder() {
        List<ParseResult> items = batch(Fixtures.bytes("feeds/rss-three-items.xml"));

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(ParseResult.Parsed.class);
        assertThat(items.get(1)).isInstanceOf(ParseResult.Parsed.class);
        assertThat(items.get(2)).isEqualTo(new ParseResult.Rejected(
                "no text: item has neither a title nor a description/content (only a link)"));
    }

    @Test
    void shouldMapAnRssItemWithHtmlDescription() {
        WireStory story = story(Fixtures.bytes("feeds/rss-three-items.xml"), 0);

        assertThat(story.getId()).isEqualTo("wire-2003-0610-001");
        assertThat(story.getVersion()).isEqualTo(1);
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(story.getFormat()).isEqualTo("rss");
        assertThat(story.getSource()).isEqualTo("Example Wire & Partners");
        assertThat(story.getLanguage()).isEqualTo("en-GB");
        assertThat(story.getHeadline()).isEqualTo("Port workers end strike after deal on night-shift pay");
        assertThat(story.getParagraphs()).containsExactly(
                "Dock workers returned to work on Tuesday.", "The backlog should clear within a week.");
        assertThat(story.getKeywords()).containsExactly("Africa", "Labour");
        assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldKeepRfc822DatesAsIsoWithTheirOffset() {
        byte[] feed = Fixtures.bytes("feeds/rss-three-items.xml");

        assertThat(story(feed, 0).getPublishedTime()).isEqualTo("2003-06-10T04:00:00Z");
        assertThat(story(feed, 1).getPublishedTime()).isEqualTo("2003-06-11T09:15:00+02:00");
        assertThat(story(feed, 1).getVersionTime()).isEqualTo("2003-06-11T09:15:00+02:00");
    }

    @Test
    void shouldPreferContentEncodedAndFallBackToTheLinkAsFamilyId() {
        WireStory story = story(Fixtures.bytes("feeds/rss-three-items.xml"), 1);

        assertThat(story.getId()).isEqualTo("https://wire.example.org/stories/ferries");
        assertThat(story.getParagraphs()).containsExactly(
                "Ferry services resumed on Wednesday morning.",
                "Operators said timetables would be normal by the weekend.");
        assertThat(story.getByline()).isEqualTo("Jane Reporter");
    }

    @Test
    void shouldMapAnAtomEntryWithHtmlContent() {
        WireStory story = story(Fixtures.bytes("feeds/atom-html-content.xml"), 0);

        assertThat(story.getId()).isEqualTo("urn:example:entry:bahn-1");
        assertThat(story.getFormat()).isEqualTo("atom");
        assertThat(story.getSource()).isEqualTo("Beispiel Nachrichten");
        assertThat(story.getLanguage()).isEqualTo("de");
        assertThat(story.getHeadline()).isEqualTo("Bahnstreik beendet");
        assertThat(story.getParagraphs()).containsExactly("Der Streik ist vorbei.", "Die Züge fahren ab Mittag wieder.");
        assertThat(story.getPublishedTime()).isEqualTo("2024-05-14T10:00:00+02:00");
        assertThat(story.getVersionTime()).isEqualTo("2024-05-14T10:25:00+02:00");
        assertThat(story.getByline()).isEqualTo("Max Beispiel, Erika Muster");
        assertThat(story.getKeywords()).containsExactly("verkehr");
    }

    @Test
    void shouldReadXhtmlAtomContentAndUseUpdatedWhenThereIsNoPublished() {
        WireStory story = story(Fixtures.bytes("feeds/atom-html-content.xml"), 1);

        assertThat(story.getParagraphs()).containsExactly("Am Abend ziehen Gewitter auf.", "Im Süden droht Hagel.");
        assertThat(story.getPublishedTime()).isEqualTo("2024-05-14T08:00:00Z");
    }

    @Test
    void shouldRejectAFeedWithAnExternalEntityWithoutReadingTheFile() {
        ParseResult result = parser.parse(Fixtures.bytes("feeds/rss-xxe.xml"), "test", RECEIVED);

        assertThat(result).isInstanceOfSatisfying(ParseResult.Rejected.class, rejected -> assertThat(rejected.reason())
                .startsWith("refused XML with a DOCTYPE declaration")
                .doesNotContain("root:", "/bin/", "nologin"));
    }

    @Test
    void shouldRejectAParameterEntityXxeAttempt() {
        String payload = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM \"file:///etc/passwd\"> %ext;]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>y</description>"
                + "</item></channel></rss>";

        assertThat(rejection(payload)).startsWith("refused XML with a DOCTYPE declaration");
    }

    @Test
    void shouldRejectXmlThatIsNotAFeed() {
        assertThat(rejection("<nitf><head/></nitf>"))
                .isEqualTo("not a feed: the XML root element is <nitf>, an RSS or Atom feed has <rss>, <rdf:RDF> or <feed>");
    }

    @Test
    void shouldRejectTruncatedXmlWithItsPosition() {
        byte[] whole = Fixtures.bytes("feeds/rss-three-items.xml");

        assertThat(rejection(new String(whole, 0, whole.length / 2, StandardCharsets.UTF_8)))
                .startsWith("not well-formed XML at line ");
    }

    @Test
    void shouldReadAnRss1ItemWithItsDublinCoreDate() {
        WireStory story = story(("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://example.org/\"><title>RDF wire</title><link>https://example.org/</link>"
                + "<description>d</description></channel>"
                + "<item rdf:about=\"https://example.org/1\"><title>One</title><link>https://example.org/1</link>"
                + "<description>Body.</description><dc:date>2024-05-14T10:00:00+02:00</dc:date></item></rdf:RDF>")
                .getBytes(StandardCharsets.UTF_8), 0);

        assertThat(story.getFormat()).isEqualTo("rss");
        assertThat(story.getId()).isEqualTo("https://example.org/1");
        assertThat(story.getSource()).isEqualTo("RDF wire");
        assertThat(story.getPublishedTime()).isEqualTo("2024-05-14T10:00:00+02:00");
    }

    @Test
    void shouldRejectAnRssVersionRomeDoesNotKnow() {
        assertThat(rejection("<rss version=\"9.9\"><channel><title>c</title></channel></rss>"))
                .isEqualTo("unsupported feed: no RSS or Atom variant matches <rss> with version=\"9.9\" without a namespace");
    }

    @Test
    void shouldRejectAFeedWithoutItems() {
        assertThat(rejection("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"))
                .isEqualTo("no items: the feed has no item or entry elements");
    }

    @Test
    void shouldRejectAnItemWithATitleButNoText() {
        List<ParseResult> items = batch(("<rss version=\"2.0\"><channel><title>c</title>"
                + "<item><title>Only a title</title><link>https://example.org/a</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(items).containsExactly(new ParseResult.Rejected("no body: item has a title but no description/content"));
    }

    @Test
    void shouldRejectEmptyInput() {
        assertThat(rejection("")).isEqualTo("empty input: 0 bytes");
    }

    private List<ParseResult> batch(byte[] content) {
        ParseResult result = parser.parse(content, "test", RECEIVED);
        assertThat(result).isInstanceOf(ParseResult.Batch.class);
        return result.items();
    }

    private WireStory story(byte[] feed, int index) {
        ParseResult item = batch(feed).get(index);
        assertThat(item).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) item).story();
    }

    private String rejection(String content) {
        ParseResult result = parser.parse(content.getBytes(StandardCharsets.UTF_8), "test", RECEIVED);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }
}
