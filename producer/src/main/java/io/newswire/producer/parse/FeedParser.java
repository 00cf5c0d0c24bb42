package io.newswire.producer.parse;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) feeds with ROME into a {@link ParseResult.Batch}:
 * one result per item, in feed order, each a story or the reason the item was refused. Item
 * mapping in {@link FeedEntry}; the XML is read by {@link FeedXml}, which refuses DOCTYPEs.
 *
 * <p>The channel (feed) title becomes every story's {@code source}, the channel language its
 * {@code language}; categories become keywords. {@code format} is {@value #RSS} or {@value #ATOM}.
 */
public final class FeedParser implements StoryParser {
    public static final String RSS = "rss";
    public static final String ATOM = "atom";

    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");

    static {
        AvroTrust.trustNewswireSchemas();
    }

    @Override
    public ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        ParseResult.Rejected empty = StoryParser.rejectEmpty(content, receivedAt);
        if (empty != null) {
            return empty;
        }
        FeedXml.Read read = FeedXml.read(content);
        if (read.problem() != null) {
            return new ParseResult.Rejected(read.problem());
        }
        Document document = read.document();
        String root = document.getRootElement().getName();
        if (!FEED_ROOTS.contains(root)) {
            return new ParseResult.Rejected("not a feed: the XML root element is <" + root
                    + ">, an RSS or Atom feed has <rss>, <rdf:RDF> or <feed>");
        }
        SyndFeed feed;
        try {
            feed = syndFeed(document);
        } catch (IllegalArgumentException e) {
            return new ParseResult.Rejected(unsupported(document.getRootElement()));
        } catch (FeedException e) {
            return new ParseResult.Rejected("malformed feed: " + e.getMessage());
        } catch (RuntimeException e) {
            return new ParseResult.Rejected("malformed feed: ROME failed on <" + root + "> with "
                    + e.getClass().getSimpleName());
        }
        return items(feed, document, receivedAt);
    }

    /** ROME throws IllegalArgumentException("Invalid document") when no RSS/Atom variant matches. */
    private static String unsupported(Element root) {
        String version = root.getAttributeValue("version");
        String namespace = root.getNamespaceURI();
        return "unsupported feed: no RSS or Atom variant matches <" + root.getName() + ">"
                + (version == null ? "" : " with version=\"" + version + "\"")
                + (namespace.isEmpty() ? " without a namespace" : " in namespace " + namespace);
    }

    private static SyndFeed syndFeed(Document document) throws FeedException {
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setAllowDoctypes(false);
        return input.build(document);
    }

    private static ParseResult items(SyndFeed feed, Document document, Instant receivedAt) {
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return new ParseResult.Rejected("no items: the feed has no item or entry elements");
        }
        String type = feed.getFeedType() == null ? "" : feed.getFeedType();
        String language = feed.getLanguage() != null
                ? feed.getLanguage()
                : document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
        FeedEntry.Channel channel = new FeedEntry.Channel(
                type.startsWith("atom") ? ATOM : RSS, BodyParagraphs.inline(feed.getTitle()), language(language));
        // ROME keeps document order; if its count ever differs, the raw dates cannot be paired safely.
        List<Element> rawItems = FeedXml.items(document);
        boolean paired = rawItems.size() == entries.size();
        List<ParseResult> results = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            FeedRawItem raw = FeedRawItem.of(paired ? rawItems.get(i) : null, entry);
            results.add(FeedEntry.toResult(entry, raw, channel, receivedAt));
        }
        return new ParseResult.Batch(results);
    }

    /**
     * The channel language ({@code xml:lang} on an Atom feed) when it is shaped like a BCP 47 tag;
     * {@code en-us} becomes {@code en-US}.
     */
    private static String language(String language) {
        if (language == null || !LANGUAGE_TAG.matcher(language.strip()).matches()) {
            return null;
        }
        return Locale.forLanguageTag(language.strip().replace('_', '-')).toLanguageTag();
    }
}
