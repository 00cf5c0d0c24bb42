package io.newswire.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The body of a ninjs item as paragraphs, from the richest form it carries: 3.x {@code bodies[]},
 * then 1.x/2.x HTML ({@code body_xhtml}, {@code body_html}, 1.6 {@code body_richtext}), then plain
 * text ({@code body_text}, 1.6 {@code body_main}). HTML wins over plain text because its
 * paragraph breaks are explicit, where ninjs plain bodies often run every paragraph together.
 *
 * <p>An item with no body at all but a description (NTB sends short items that way) gets the
 * description as its body, since that is the text the agency put out.
 */
final class NinjsBodies {
    private NinjsBodies() {}

    static List<String> paragraphs(JsonNode item) {
        List<String> paragraphs = fromTypedList(JsonFields.array(item, "bodies"));
        if (paragraphs.isEmpty()) {
            paragraphs = BodyParagraphs.fromHtml(JsonFields.text(item, "body_xhtml", "body_html", "body_richtext"));
        }
        if (paragraphs.isEmpty()) {
            paragraphs = BodyParagraphs.fromPlainText(JsonFields.text(item, "body_text", "body_main"));
        }
        if (paragraphs.isEmpty()) {
            paragraphs = fromTypedList(JsonFields.array(item, "descriptions"));
        }
        if (paragraphs.isEmpty()) {
            paragraphs = BodyParagraphs.fromHtml(JsonFields.text(item, "description_xhtml", "description_html"));
        }
        if (paragraphs.isEmpty()) {
            paragraphs = BodyParagraphs.fromPlainText(JsonFields.text(item, "description_text"));
        }
        return paragraphs;
    }

    /** 2.x/3.x {@code [{role, contentType, value}]}: the first HTML entry, else the first non-empty. */
    private static List<String> fromTypedList(List<JsonNode> entries) {
        return entries.stream()
                .filter(JsonNode::isObject)
                .sorted(Comparator.comparing((JsonNode entry) -> !isHtml(contentType(entry))))
                .map(entry -> fromTyped(JsonFields.text(entry, "value"), contentType(entry)))
                .filter(paragraphs -> !paragraphs.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    private static List<String> fromTyped(String value, String contentType) {
        if (contentType == null) {
            return BodyParagraphs.fromTextOrHtml(value);
        }
        return isHtml(contentType) ? BodyParagraphs.fromHtml(value) : BodyParagraphs.fromPlainText(value);
    }

    private static String contentType(JsonNode entry) {
        String type = JsonFields.text(entry, "contentType", "contenttype");
        return type == null ? null : type.toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.contains("html");
    }
}
