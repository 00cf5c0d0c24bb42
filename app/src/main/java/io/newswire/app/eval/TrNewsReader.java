package io.newswire.app.eval;

import io.newswire.tagger.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads TR-News ({@code <articles><article docid><title><text><![CDATA[..]]><toponyms><toponym>
 * <phrase><start><end><gaztag geonameid><name>..<country>}). The text is used exactly as in the
 * CDATA section, untrimmed: that is what the offsets index. About one toponym in eleven has
 * offsets that drift by up to ten characters in a few articles; such a toponym is moved to the
 * nearest occurrence of its phrase within {@value #MAX_DRIFT} characters (and counted).
 */
public final class TrNewsReader {
    static final int MAX_DRIFT = 20;

    private TrNewsReader() {}

    public static List<TrNewsArticle> read(InputStream xml) throws IOException {
        Document doc = parse(xml);
        NodeList nodes = doc.getElementsByTagName("article");
        List<TrNewsArticle> articles = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            articles.add(article((Element) nodes.item(i)));
        }
        return articles;
    }

    private static TrNewsArticle article(Element article) {
        String text = childText(article, "text");
        String title = childText(article, "title");
        NodeList nodes = article.getElementsByTagName("toponym");
        List<GoldToponym> toponyms = new ArrayList<>();
        int realigned = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element toponym = (Element) nodes.item(i);
            String phrase = childText(toponym, "phrase");
            int start = Integer.parseInt(childText(toponym, "start").trim());
            int end = Integer.parseInt(childText(toponym, "end").trim());
            Span span = align(text, phrase, start, end);
            if (span.start() != start || span.end() != end) {
                realigned++;
            }
            String country = childText(toponym, "country");
            toponyms.add(new GoldToponym(phrase, span, country == null ? null : country.trim()));
        }
        return new TrNewsArticle(article.getAttribute("docid"), title == null ? null : title.trim(),
                text == null ? "" : text, toponyms, realigned);
    }

    static Span align(String text, String phrase, int start, int end) {
        if (end <= text.length() && text.substring(start, end).equals(phrase)) {
            return new Span(start, end);
        }
        int best = -1;
        for (int at = text.indexOf(phrase, Math.max(0, start - MAX_DRIFT)); at >= 0 && at <= start + MAX_DRIFT;
                at = text.indexOf(phrase, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        return best >= 0 ? new Span(best, best + phrase.length())
                : new Span(Math.min(start, text.length()), Math.min(end, text.length()));
    }

    private static String childText(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static Document parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setCoalescing(true);
            return factory.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a TR-News XML document: " + e.getMessage(), e);
        }
    }
}
