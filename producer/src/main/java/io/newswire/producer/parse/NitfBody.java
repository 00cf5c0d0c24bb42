package io.newswire.producer.parse;

import io.newswire.schemas.Dateline;
import java.util.List;
import java.util.Optional;

/**
 * The story parts of an NITF {@code <nitf>} element: headline, byline, dateline and body
 * paragraphs. Shared by {@link NitfParser} and by NewsML-G2 items that carry NITF inline.
 */
final class NitfBody {
    private NitfBody() {}

    static Optional<XmlElement> bodyHead(XmlElement nitf) {
        return nitf.path("body", "body.head");
    }

    /** {@code hedline/hl1}; AP's inline variant {@code headline/hl1}; then {@code head/title}. */
    static String headline(XmlElement nitf) {
        Optional<XmlElement> head = bodyHead(nitf);
        return head.flatMap(h -> h.path("hedline", "hl1")).map(XmlElement::text)
                .or(() -> head.flatMap(h -> h.path("headline", "hl1")).map(XmlElement::text))
                .or(() -> nitf.path("head", "title").map(XmlElement::text))
                .orElse(null);
    }

    static List<String> paragraphs(XmlElement nitf) {
        return nitf.path("body", "body.content").map(BodyText::paragraphs).orElse(List.of());
    }

    /** The byline without the writer's title ({@code byttl}) unless the title is all there is. */
    static String byline(XmlElement nitf) {
        Optional<XmlElement> byline = bodyHead(nitf).flatMap(h -> h.child("byline"));
        if (byline.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (XmlNode child : byline.get().children()) {
            if (child instanceof XmlNode.Text run) {
                text.append(run.value());
            } else if (child instanceof XmlElement element && !element.name().equals("byttl")) {
                text.append(element.rawText());
            }
        }
        String name = Texts.orNull(text.toString().replaceAll("[\\s,;:]+$", ""));
        return name != null ? name : byline.get().childText("byttl");
    }

    /** Dateline text (without the machine {@code story.date}) and the place from {@code location}. */
    static Dateline dateline(XmlElement nitf) {
        Optional<XmlElement> dateline = bodyHead(nitf).flatMap(h -> h.child("dateline"));
        if (dateline.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (XmlNode child : dateline.get().children()) {
            if (child instanceof XmlNode.Text run) {
                text.append(run.value());
            } else if (child instanceof XmlElement element && !element.name().equals("story.date")) {
                text.append(element.rawText());
            }
        }
        Optional<XmlElement> location = dateline.get().child("location");
        String place = location.map(l -> l.childText("city")).orElse(null);
        if (place == null) {
            place = location.map(XmlElement::text).orElse(null);
        }
        String datelineText = Texts.orNull(text.toString());
        if (datelineText == null && place == null) {
            return null;
        }
        return Dateline.newBuilder().setText(datelineText).setPlace(place).build();
    }
}
