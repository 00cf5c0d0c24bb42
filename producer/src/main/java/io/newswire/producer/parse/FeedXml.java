package io.newswire.producer.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Reads feed XML into a JDOM tree with every door to XXE shut: a DOCTYPE is refused outright (no
 * news feed needs one, and it is what external-entity and entity-expansion attacks ride on),
 * external entities and DTDs are neither loaded nor resolved, entities are not expanded. ROME
 * refuses DOCTYPEs by default too, but its {@code Date}s drop the source offset, so the parser
 * keeps the tree to read the raw date strings and hands the same tree to ROME.
 *
 * <p>The encoding comes from the XML declaration or byte-order mark, as XML requires.
 */
final class FeedXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** The parsed document, or why there is none (exactly one is non-null). */
    record Read(Document document, String problem) {}

    private FeedXml() {}

    static Read read(byte[] content) {
        try {
            return new Read(hardenedBuilder().build(new ByteArrayInputStream(content)), null);
        } catch (JDOMParseException e) {
            return new Read(null, problem(e.getMessage(), e.getLineNumber(), e.getColumnNumber()));
        } catch (JDOMException e) {
            return new Read(null, "unreadable XML: " + e.getClass().getSimpleName());
        } catch (IOException e) {
            return new Read(null, "unreadable XML: " + shortened(e.getMessage())
                    + " (bytes that do not match the declared encoding?)");
        }
    }

    /** The item elements of an RSS 0.9x/2.0 ({@code rss/channel/item}), RSS 1.0 or Atom document. */
    static List<Element> items(Document document) {
        Element root = document.getRootElement();
        return switch (root.getName()) {
            case "feed" -> children(root, "entry");
            case "rss" -> children(root, "channel").stream().flatMap(channel -> children(channel, "item").stream()).toList();
            case "RDF" -> children(root, "item");
            default -> List.of();
        };
    }

    /** Children with this local name, whatever their namespace. */
    static List<Element> children(Element parent, String localName) {
        return parent.getChildren().stream().filter(child -> child.getName().equals(localName)).toList();
    }

    private static SAXBuilder hardenedBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature(DISALLOW_DOCTYPE, true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }

    private static String problem(String message, int line, int column) {
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        if (message != null && message.toLowerCase(Locale.ROOT).contains("doctype")) {
            return "refused XML with a DOCTYPE declaration" + where
                    + ": DTDs and entities are not accepted in feeds (XXE protection)";
        }
        return "not well-formed XML" + where + ": " + shortened(saxMessage(message));
    }

    /** JDOM prefixes the SAX message with its own "Error on line n: "; the rest is the useful part. */
    private static String saxMessage(String message) {
        if (message == null) {
            return "no detail";
        }
        int colon = message.indexOf(": ");
        return message.startsWith("Error on line") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static String shortened(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
