package io.newswire.producer.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses IPTC NewsML-G2 documents: a {@code newsItem} is one story ({@link NewsItemReader}); a
 * {@code newsMessage} carrying several items is a {@link ParseResult.Batch} with one result per item
 * of its {@code itemSet}, in document order (a message with a single item gives that item's result
 * alone). Items that carry no text, such as packages ({@code packageItem}), concepts and pictures,
 * are rejected with a reason starting "no text:". Fragments (a {@code contentSet} or
 * {@code contentMeta} on its own) are rejected as not being items.
 */
public final class NewsMlG2Parser implements XmlStoryParser {
    public static final String FORMAT = "newsml-g2";
    public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

    /** The G2 item kinds that never carry story text, with the word used in rejection reasons. */
    static final Map<String, String> NON_TEXT_ITEMS = Map.of(
            "packageItem", "package",
            "conceptItem", "concept",
            "conceptSet", "concept set",
            "knowledgeItem", "knowledge",
            "planningItem", "planning",
            "catalogItem", "catalog");

    @Override
    public ParseResult parseRoot(XmlElement root, Instant receivedAt) {
        if (root.name().equals("newsMessage")) {
            return message(root, receivedAt);
        }
        if (root.name().equals("newsItem") || NON_TEXT_ITEMS.containsKey(root.name())) {
            return item(root, receivedAt);
        }
        return new ParseResult.Rejected("not a NewsML-G2 item: the root element <" + root.name()
                + "> is a fragment or another document; expected <newsItem> or <newsMessage>");
    }

    private static ParseResult message(XmlElement message, Instant receivedAt) {
        List<XmlElement> items = message.child("itemSet").map(XmlElement::elements).orElse(List.of());
        if (items.isEmpty()) {
            return new ParseResult.Rejected("empty newsMessage: no items in its itemSet");
        }
        List<ParseResult> results = new ArrayList<>(items.size());
        for (XmlElement item : items) {
            results.add(item(item, receivedAt));
        }
        return results.size() == 1 ? results.get(0) : new ParseResult.Batch(results);
    }

    private static ParseResult item(XmlElement item, Instant receivedAt) {
        if (item.name().equals("newsItem")) {
            return NewsItemReader.read(item, receivedAt);
        }
        String kind = NON_TEXT_ITEMS.get(item.name());
        String guid = item.attributeText("guid");
        String which = "<" + item.name() + ">" + (guid == null ? "" : " " + guid);
        return new ParseResult.Rejected(kind == null
                ? "not a NewsML-G2 item: " + which + " in the itemSet"
                : "no text: " + kind + " item (" + which + ")");
    }
}
