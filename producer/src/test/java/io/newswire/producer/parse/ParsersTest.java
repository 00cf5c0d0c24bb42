package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.parse;
import static io.newswire.producer.parse.XmlFixtures.reason;
import static io.newswire.producer.parse.XmlFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void shouldChooseTheScrapedTextParserForPlainText() {
        byte[] text = "World\n\nTalks resume\n\nThe talks resumed.".getBytes(StandardCharsets.UTF_8);

        assertThat(Parsers.forContent(text)).isInstanceOf(ScrapedTextParser.class);
    }

    @Test
    void shouldStillChooseAParserForContentNoParserUnderstands() {
        assertThat(Parsers.forContent(new byte[] {0, 1, 2})).isNotNull();
    }

    @Test
    void shouldChooseTheNitfParserForANitfRootAfterBomAndWhitespace() {
        byte[] nitf = utf8("\uFEFF \n<?xml version=\"1.0\"?>\n<!-- comment --><nitf version=\"3.6\"><head/></nitf>");

        assertThat(Parsers.forContent(nitf)).isInstanceOf(NitfParser.class);
    }

    @Test
    void shouldChooseTheNewsMlG2ParserForItemsAndMessagesInTheG2Namespace() {
        String ns = " xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";

        assertThat(Parsers.forContent(utf8("<newsItem" + ns + "/>"))).isInstanceOf(NewsMlG2Parser.class);
        assertThat(Parsers.forContent(utf8("<g2:newsMessage xmlns:g2=\"http://iptc.org/std/nar/2006-10-01/\"/>")))
                .isInstanceOf(NewsMlG2Parser.class);
        assertThat(Parsers.forContent(utf8("<packageItem" + ns + "/>"))).isInstanceOf(NewsMlG2Parser.class);
    }

    @Test
    void shouldChooseTheNitfParserForUtf16WithAByteOrderMark() {
        byte[] nitf = "\uFEFF<nitf/>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(Parsers.forContent(nitf)).isInstanceOf(NitfParser.class);
    }

    @Test
    void shouldChooseTheFeedParserForRssAtomAndRdfRoots() {
        assertThat(Parsers.forContent(utf8("<rss version=\"2.0\"><channel/></rss>"))).isInstanceOf(FeedParser.class);
        assertThat(Parsers.forContent(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))).isInstanceOf(FeedParser.class);
        assertThat(Parsers.forContent(utf8("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>")))
                .isInstanceOf(FeedParser.class);
    }

    @Test
    void shouldChooseTheNinjsParserForJson() {
        assertThat(Parsers.forContent(utf8(" {\"uri\": \"x\"}"))).isInstanceOf(NinjsParser.class);
        assertThat(Parsers.forContent(utf8("[]"))).isInstanceOf(NinjsParser.class);
    }

    @Test
    void shouldRefuseNewsMl1AndUnknownXmlNamingTheRoot() {
        assertThat(reason(parse(utf8("<NewsML Version=\"1.2\"/>")))).contains("NewsML 1.x");
        assertThat(reason(parse(utf8("<catalog/>")))).isEqualTo("format not supported yet: XML with root element <catalog>");
    }

    @Test
    void shouldRejectXmlThatBreaksBeforeItsRootElement() {
        assertThat(reason(parse(utf8("<?xml version=\"1.0\"?>\n<!-- unterminated")))).startsWith("malformed XML at line");
    }
}
