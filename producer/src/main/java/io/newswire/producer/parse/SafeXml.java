package io.newswire.producer.parse;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the XML story parsers read XML: the JDK's StAX parser, hardened against hostile input.
 *
 * <ul>
 *   <li>DTDs are not processed ({@code SUPPORT_DTD=false}): a {@code <!DOCTYPE>} such as NITF's
 *       {@code nitf-3-2.dtd} reference is skipped, never fetched, and entities declared in it are never
 *       defined, so an XXE reference ({@code &xxe;} to {@code file:///etc/passwd}) or a billion-laughs
 *       chain fails at its first use as "referenced, but not declared", without reading anything;</li>
 *   <li>external entities off, no external DTD or schema access, a resolver that refuses everything,
 *       and secure processing limits, in case a future JDK or provider honours DTDs after all;</li>
 *   <li>input is limited to {@link #MAX_BYTES} and {@link #MAX_DEPTH} levels of nesting.</li>
 * </ul>
 *
 * <p>Problems are reported as {@link XmlProblem}s whose message names the line and column and never
 * quotes document content.
 */
final class SafeXml {
    /** Larger XML documents are refused: wire stories are kilobytes; 10 MB is a broken or hostile feed. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_DEPTH = 200;

    // XMLInputFactory is not specified to be thread-safe; parsers are, so each thread gets its own.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::hardenedFactory);

    /** Why a document could not be read; the message is fit for a rejection reason. */
    static final class XmlProblem extends Exception {
        private static final long serialVersionUID = 1L;

        XmlProblem(String message) {
            super(message, null, false, false);
        }
    }

    private SafeXml() {}

    /** Decodes and parses a whole document into an element tree. */
    static XmlElement parse(byte[] content) throws XmlProblem {
        if (content.length > MAX_BYTES) {
            throw new XmlProblem(tooLarge(content.length));
        }
        XmlCharset.Decoded decoded = XmlCharset.decode(content);
        if (decoded.problem() != null) {
            throw new XmlProblem(decoded.problem());
        }
        return parse(decoded.text());
    }

    static String tooLarge(int bytes) {
        return "too large: " + bytes + " bytes; XML stories are limited to " + MAX_BYTES + " bytes (10 MB)";
    }

    static XmlElement parse(String text) throws XmlProblem {
        String document = withoutLeadingWhitespace(text);
        XMLStreamReader reader = open(document);
        try {
            return readTree(reader);
        } catch (XMLStreamException e) {
            throw problem(e, document.length());
        } finally {
            close(reader);
        }
    }

    /** The root element's local name and namespace, reading no further than its start tag. */
    static XmlElement rootStartTag(String text) throws XmlProblem {
        String document = withoutLeadingWhitespace(text);
        XMLStreamReader reader = open(document);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return new XmlElement(reader.getLocalName(), namespace(reader), attributes(reader), List.of());
                }
            }
            throw new XmlProblem("not XML: no root element");
        } catch (XMLStreamException e) {
            throw problem(e, document.length());
        } finally {
            close(reader);
        }
    }

    /** Whitespace before the XML declaration is an error to XML, and a common slip of feed writers. */
    private static String withoutLeadingWhitespace(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return start > 0 && text.startsWith("<?xml", start) ? text.substring(start) : text;
    }

    private static XMLStreamReader open(String text) throws XmlProblem {
        try {
            return FACTORY.get().createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException e) {
            throw problem(e, text.length());
        }
    }

    private static XmlElement readTree(XMLStreamReader reader) throws XMLStreamException, XmlProblem {
        Deque<Building> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (open.size() >= MAX_DEPTH) {
                    throw new XmlProblem("too deeply nested: more than " + MAX_DEPTH + " levels of elements at line "
                            + reader.getLocation().getLineNumber());
                }
                open.push(new Building(reader.getLocalName(), namespace(reader), attributes(reader)));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                XmlElement element = open.pop().build();
                if (open.isEmpty()) {
                    return element;
                }
                open.peek().children.add(element);
            } else if (isText(event) && !open.isEmpty()) {
                open.peek().children.add(new XmlNode.Text(reader.getText()));
            }
        }
        throw new XmlProblem("not XML: no root element");
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static final class Building {
        final String name;
        final String namespace;
        final Map<String, String> attributes;
        final List<XmlNode> children = new ArrayList<>();

        Building(String name, String namespace, Map<String, String> attributes) {
            this.name = name;
            this.namespace = namespace;
            this.attributes = attributes;
        }

        XmlElement build() {
            return new XmlElement(name, namespace, attributes, children);
        }
    }

    private static String namespace(XMLStreamReader reader) {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String local = reader.getAttributeLocalName(i);
            attributes.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static XmlProblem problem(XMLStreamException e, int documentLength) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = message.strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        Location location = e.getLocation();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("was referenced, but not declared")) {
            message += " (DTDs, and the entities they declare, are never processed)";
        }
        boolean atEnd = location != null && location.getCharacterOffset() >= documentLength - 1;
        if (atEnd || lower.contains("must start and end within the same entity") || lower.contains("premature end of file")) {
            message += " (the document ends there: truncated?)";
        }
        String where = location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return new XmlProblem("malformed XML" + where + ": " + message);
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing was opened that closing could release; the reader wraps an in-memory string
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never loaded");
        });
        setIfSupported(factory, "jdk.xml.entityExpansionLimit", "1000");
        setIfSupported(factory, "jdk.xml.maxGeneralEntitySizeLimit", "65536");
        setIfSupported(factory, "jdk.xml.totalEntitySizeLimit", "1000000");
        setIfSupported(factory, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, String value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // another StAX provider: the DTD switch above is the protection that matters
        }
    }
}
