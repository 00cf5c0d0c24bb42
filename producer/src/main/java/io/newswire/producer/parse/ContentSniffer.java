package io.newswire.producer.parse;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Tells the format of a piece of content from its first bytes and, for XML, from the name of its
 * root element, read with the hardened parser ({@link SafeXml}) without reading further. Legacy
 * wire transmissions start with SOH (after any SYN characters): ANPA-1312 when a unit separator
 * follows in the header, else IPTC 7901.
 */
final class ContentSniffer {
    private static final Set<String> G2_ROOTS = Set.of(
            "newsItem", "newsMessage", "packageItem", "conceptItem", "conceptSet", "knowledgeItem",
            "planningItem", "catalogItem", "contentSet", "contentMeta", "itemMeta");
    private static final int HEAD_BYTES = 512;
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");

    enum Format { TEXT, JSON, NITF, NEWSML_G2, NEWSML_1, FEED, OTHER_XML, BROKEN_XML, ANPA_1312, IPTC_7901 }

    /**
     * The format and, for XML, the root element name or why the XML could not be read, and the
     * decoded XML text (null for other formats) so the chosen parser need not decode it again.
     */
    record Sniffed(Format format, String detail, String text) {
        Sniffed(Format format, String detail) {
            this(format, detail, null);
        }
    }

    private ContentSniffer() {}

    static Sniffed sniff(byte[] content) {
        if (WireTransmission.isFramed(content)) {
            return WireTransmission.headerHasUnitSeparator(content)
                    ? new Sniffed(Format.ANPA_1312, "ANPA-1312")
                    : new Sniffed(Format.IPTC_7901, "IPTC 7901");
        }
        char first = firstSignificantChar(content);
        if (first == '{' || first == '[') {
            return new Sniffed(Format.JSON, "JSON");
        }
        if (first != '<') {
            return new Sniffed(Format.TEXT, null);
        }
        if (content.length > SafeXml.MAX_BYTES) {
            return new Sniffed(Format.BROKEN_XML, SafeXml.tooLarge(content.length));
        }
        XmlCharset.Decoded decoded = XmlCharset.decode(content);
        if (decoded.problem() != null) {
            return new Sniffed(Format.BROKEN_XML, decoded.problem());
        }
        try {
            Sniffed byRoot = byRoot(SafeXml.rootStartTag(decoded.text()));
            return new Sniffed(byRoot.format(), byRoot.detail(), decoded.text());
        } catch (SafeXml.XmlProblem problem) {
            return new Sniffed(Format.BROKEN_XML, problem.getMessage());
        }
    }

    private static Sniffed byRoot(XmlElement root) {
        String name = root.name();
        String namespace = root.namespace();
        if (name.equals("nitf")) {
            return new Sniffed(Format.NITF, name);
        }
        if (G2_ROOTS.contains(name) && (namespace.isEmpty() || namespace.equals(NewsMlG2Parser.NAMESPACE))) {
            return new Sniffed(Format.NEWSML_G2, name);
        }
        if (name.equals("NewsML")) {
            return new Sniffed(Format.NEWSML_1, name);
        }
        if (FEED_ROOTS.contains(name)) {
            return new Sniffed(Format.FEED, name);
        }
        return new Sniffed(Format.OTHER_XML, namespace.isEmpty() ? name : name + " in namespace " + namespace);
    }

    /**
     * The first character after any byte order mark and whitespace. Markup and JSON start with an
     * ASCII character in every charset agencies use except UTF-16, which its byte order mark announces.
     */
    private static char firstSignificantChar(byte[] content) {
        String head;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            head = new String(content, 3, Math.min(content.length - 3, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            head = new String(content, 2, Math.min(content.length - 2, HEAD_BYTES), StandardCharsets.UTF_16BE);
        } else if (startsWith(content, 0xFF, 0xFE)) {
            head = new String(content, 2, Math.min(content.length - 2, HEAD_BYTES), StandardCharsets.UTF_16LE);
        } else {
            head = new String(content, 0, Math.min(content.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        }
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return '\0';
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
