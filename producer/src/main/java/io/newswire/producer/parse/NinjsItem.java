package io.newswire.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.Dateline;
import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One ninjs item (1.x, 2.x or 3.x) as a {@link WireStory}. Where versions name or shape a field
 * differently, both are read: {@code body_html}/{@code body_text} (1.x, 2.x) and {@code bodies[]}
 * (3.x), {@code headline} and {@code headlines[]}, {@code byline} and {@code by},
 * {@code versioncreated} and {@code versionCreated}, {@code subject} and {@code subjects}.
 * {@code body_richtext}/{@code body_main}/{@code headline_main} are the 1.6 spellings.
 */
final class NinjsItem {
    /** Media items: their text is a caption, not a story. */
    private static final Set<String> MEDIA_TYPES = Set.of("picture", "graphic", "video", "audio");
    private static final List<String> MARKER_FIELDS = List.of(
            "uri", "guid", "headline", "headlines", "headline_main", "bodies", "body_text", "body_html",
            "body_xhtml", "body_richtext", "body_main", "versioncreated", "versionCreated");

    private NinjsItem() {}

    /** Whether {@code node} has any field only a ninjs item would have. */
    static boolean looksLikeItem(JsonNode node) {
        return node.isObject() && MARKER_FIELDS.stream().anyMatch(node::has);
    }

    static ParseResult toResult(JsonNode item, Instant receivedAt) {
        String type = JsonFields.text(item, "type");
        if (type != null && MEDIA_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return new ParseResult.Rejected("not a text story: ninjs item of type '" + type
                    + "' (media items carry a caption, not story text)");
        }
        String headline = headline(item);
        List<String> paragraphs = NinjsBodies.paragraphs(item);
        if (headline == null && paragraphs.isEmpty()) {
            return new ParseResult.Rejected("no text: ninjs item has neither a headline nor a body");
        }
        if (headline == null) {
            return new ParseResult.Rejected("no headline: ninjs item has a body but no headline, headlines[] or headline_main");
        }
        if (paragraphs.isEmpty()) {
            return new ParseResult.Rejected("no body: ninjs item has a headline but no body_html/body_text,"
                    + " bodies[] or description");
        }
        String id = JsonFields.text(item, "uri", "guid");
        String versionTime = SourceTimes.iso(JsonFields.text(item, "versioncreated", "versionCreated"));
        String firstTime = SourceTimes.iso(JsonFields.text(
                item, "firstpublished", "firstPublished", "firstcreated", "firstCreated"));
        String located = JsonFields.text(item, "located");
        WireStory story = WireStory.newBuilder()
                .setId(id != null ? id : ContentHash.familyId(headline, paragraphs))
                .setVersion(version(item))
                .setVersionTime(versionTime)
                .setPubStatus(pubStatus(JsonFields.text(item, "pubstatus", "pubStatus")))
                .setSource(JsonFields.text(item, "source", "copyrightholder", "copyrightHolder"))
                .setFormat(NinjsParser.FORMAT)
                .setHeadline(headline)
                .setByline(BodyParagraphs.inline(JsonFields.text(item, "byline", "by")))
                .setDateline(located == null ? null : Dateline.newBuilder().setText(located).setPlace(located).build())
                .setLanguage(JsonFields.text(item, "language"))
                .setUrgency(urgency(JsonFields.integer(item, "urgency")))
                .setParagraphs(paragraphs)
                .setPublishedTime(firstTime != null ? firstTime : versionTime)
                .setReceivedAt(receivedAt)
                .setKeywords(keywords(item))
                .setSubjects(subjects(item))
                .build();
        return new ParseResult.Parsed(story);
    }

    /** {@code headline} (1.x, 2.x), {@code headline_main} (1.6), else the main of {@code headlines[]}. */
    private static String headline(JsonNode item) {
        String single = BodyParagraphs.inline(JsonFields.text(item, "headline", "headline_main"));
        if (single != null) {
            return single;
        }
        return JsonFields.array(item, "headlines").stream()
                .filter(JsonNode::isObject)
                .sorted(Comparator.comparing((JsonNode h) -> !"main".equals(JsonFields.text(h, "role"))))
                .map(h -> BodyParagraphs.inline(JsonFields.text(h, "value")))
                .filter(value -> value != null)
                .findFirst()
                .orElse(null);
    }

    private static int version(JsonNode item) {
        Integer version = JsonFields.integer(item, "version");
        return version != null && version >= 1 ? version : 1;
    }

    private static PubStatus pubStatus(String status) {
        if (status == null) {
            return PubStatus.USABLE;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> PubStatus.USABLE;
        };
    }

    /** IPTC urgency runs 1 to 9; the schema's lowest is 8, so 9 folds into it. */
    private static Integer urgency(Integer urgency) {
        if (urgency == null || urgency < 1 || urgency > 9) {
            return null;
        }
        return Math.min(urgency, 8);
    }

    private static List<String> keywords(JsonNode item) {
        List<String> keywords = new ArrayList<>();
        for (JsonNode keyword : JsonFields.array(item, "keywords")) {
            String text = keyword.isTextual() ? BodyParagraphs.inline(keyword.asText()) : null;
            if (text != null) {
                keywords.add(text);
            }
        }
        return keywords;
    }

    /** Subject codes: 1.x/2.x {@code code}, 3.x {@code uri}, NTB's {@code literal}; else the name. */
    private static List<String> subjects(JsonNode item) {
        List<String> subjects = new ArrayList<>();
        for (JsonNode subject : JsonFields.array(item, "subject", "subjects")) {
            String code = subject.isTextual()
                    ? BodyParagraphs.inline(subject.asText())
                    : subject.isObject() ? JsonFields.text(subject, "code", "qcode", "uri", "literal", "name") : null;
            if (code != null && !subjects.contains(code)) {
                subjects.add(code);
            }
        }
        return subjects;
    }
}
