package io.newswire.producer.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * Picks the parser for a piece of content by sniffing it ({@link ContentSniffer}), so callers do
 * not depend on one format; {@link #parse} is the single entry point for ingest and the CLI.
 *
 * <ul>
 *   <li>XML rooted at {@code <nitf>}: {@link NitfParser};</li>
 *   <li>XML rooted at a NewsML-G2 element ({@code newsItem}, {@code newsMessage}, {@code packageItem}...
 *       in the {@value NewsMlG2Parser#NAMESPACE} namespace or none): {@link NewsMlG2Parser};</li>
 *   <li>XML rooted at {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}: {@link FeedParser}, one
 *       story per item;</li>
 *   <li>JSON: {@link NinjsParser} (ninjs 1.x to 3.x, or a list of items);</li>
 *   <li>NewsML 1.x and any other XML root: {@link UnsupportedFormat} naming the root;</li>
 *   <li>XML that cannot be read before its root element (bad charset, malformed, over
 *       {@link SafeXml#MAX_BYTES}): rejected with the reason;</li>
 *   <li>legacy wire transmissions (SOH ... STX text ETX): {@link AnpaParser} for ANPA-1312,
 *       {@link Iptc7901Parser} for IPTC 7901;</li>
 *   <li>everything else, including binary junk and empty input: {@link ScrapedTextParser}.</li>
 * </ul>
 */
public final class Parsers {
    private static final StoryParser SCRAPED_TEXT = new ScrapedTextParser();
    private static final StoryParser NITF = new NitfParser();
    private static final StoryParser NEWSML_G2 = new NewsMlG2Parser();
    private static final StoryParser FEED = new FeedParser();
    private static final StoryParser NINJS = new NinjsParser();
    private static final StoryParser ANPA_1312 = new AnpaParser();
    private static final StoryParser IPTC_7901 = new Iptc7901Parser();

    private Parsers() {}

    /** The parser for {@code content}; never null. */
    public static StoryParser forContent(byte[] content) {
        Objects.requireNonNull(content, "content");
        return parserFor(ContentSniffer.sniff(content));
    }

    private static StoryParser parserFor(ContentSniffer.Sniffed sniffed) {
        return switch (sniffed.format()) {
            case TEXT -> SCRAPED_TEXT;
            case NITF -> NITF;
            case NEWSML_G2 -> NEWSML_G2;
            case FEED -> FEED;
            case JSON -> NINJS;
            case NEWSML_1 -> new UnsupportedFormat("NewsML 1.x (root element <NewsML>); only NewsML-G2 is parsed");
            case OTHER_XML -> new UnsupportedFormat("XML with root element <" + sniffed.detail() + ">");
            case BROKEN_XML -> new RejectingParser(sniffed.detail());
            case ANPA_1312 -> ANPA_1312;
            case IPTC_7901 -> IPTC_7901;
        };
    }

    /** Sniffs the format of {@code content} and parses it. */
    public static ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        Objects.requireNonNull(content, "content");
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(content);
        StoryParser parser = parserFor(sniffed);
        if (parser instanceof XmlStoryParser xml && sniffed.text() != null) {
            return xml.parseDecoded(sniffed.text(), receivedAt);
        }
        return parser.parse(content, origin, receivedAt);
    }
}
