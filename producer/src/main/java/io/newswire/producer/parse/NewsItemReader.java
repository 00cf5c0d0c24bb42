package io.newswire.producer.parse;

import io.newswire.schemas.Dateline;
import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One NewsML-G2 {@code newsItem} as a story.
 *
 * <ul>
 *   <li>family id {@code @guid}, version {@code @version} (1 when absent), status from
 *       {@code itemMeta/pubStatus} ({@code stat:canceled} is CANCELED);</li>
 *   <li>versionTime {@code itemMeta/versionCreated}, publishedTime {@code firstCreated} (else the
 *       version time), both exactly as written when already ISO-8601 with an offset;</li>
 *   <li>headline the first {@code contentMeta/headline} without a sub-headline role, byline
 *       {@code by}, dateline {@code dateline} with the place from {@code located}, urgency,
 *       language ({@code language@tag}, else {@code @xml:lang}), source {@code creditline}, else the
 *       {@code provider}; subjects are the {@code subject@qcode}s, keywords the {@code keyword}s;</li>
 *   <li>body from the first {@code contentSet} rendition with text: {@code inlineXML} holding NITF
 *       or XHTML, else {@code inlineData} plain text.</li>
 * </ul>
 *
 * <p>Items of another class than text ({@code ninat:picture}, {@code icls:video}...) are rejected
 * as "no text: picture item". {@code signal}s have no field in {@code WireStory} and are not kept.
 */
final class NewsItemReader {
    static {
        AvroTrust.trustNewswireSchemas();
    }

    private NewsItemReader() {}

    static ParseResult read(XmlElement item, Instant receivedAt) {
        String guid = item.attributeText("guid");
        if (guid == null) {
            return new ParseResult.Rejected("newsItem without a guid: every NewsML-G2 item needs one");
        }
        Optional<XmlElement> itemMeta = item.child("itemMeta");
        String itemClass = itemMeta.flatMap(m -> m.child("itemClass")).map(c -> c.attributeText("qcode")).orElse(null);
        String kind = itemClass == null ? "text" : suffix(itemClass).toLowerCase(Locale.ROOT);
        if (!kind.equals("text")) {
            return new ParseResult.Rejected("no text: " + kind + " item (itemClass " + itemClass + ", guid " + guid + ")");
        }
        Integer version = version(item.attribute("version"));
        if (version == null) {
            return new ParseResult.Rejected("newsItem " + guid + ": version \"" + item.attribute("version")
                    + "\" is not a positive 32-bit integer");
        }
        PubStatus status = status(itemMeta.flatMap(m -> m.child("pubStatus")).map(s -> s.attributeText("qcode")).orElse(null));
        Optional<XmlElement> contentMeta = item.child("contentMeta");
        Optional<XmlElement> nitf = item.child("contentSet").flatMap(set -> set.descendant("nitf"));
        List<String> paragraphs = item.child("contentSet").map(NewsItemReader::paragraphs).orElse(List.of());
        if (paragraphs.isEmpty() && status != PubStatus.CANCELED) {
            return new ParseResult.Rejected(item.child("contentSet").isPresent()
                    ? "no text: newsItem " + guid + " has an empty body (no paragraphs in its contentSet)"
                    : "no text: newsItem " + guid + " has no contentSet");
        }
        String headline = contentMeta.map(NewsItemReader::headline).orElse(null);
        if (headline == null) {
            headline = nitf.map(NitfBody::headline).orElse(null);
        }
        if (headline == null) {
            return new ParseResult.Rejected("no headline: newsItem " + guid + " has no contentMeta/headline and no NITF hl1");
        }
        String versionTime = SourceTimes.asWritten(itemMeta.map(m -> m.childText("versionCreated")).orElse(null));
        String firstCreated = SourceTimes.asWritten(itemMeta.map(m -> m.childText("firstCreated")).orElse(null));
        WireStory story = WireStory.newBuilder()
                .setId(guid)
                .setVersion(version)
                .setVersionTime(versionTime)
                .setPubStatus(status)
                .setSource(source(item, contentMeta, itemMeta))
                .setFormat(NewsMlG2Parser.FORMAT)
                .setHeadline(headline)
                .setByline(contentMeta.map(m -> m.childText("by")).or(() -> nitf.map(NitfBody::byline)).orElse(null))
                .setDateline(contentMeta.map(NewsItemReader::dateline).orElse(null))
                .setLanguage(contentMeta.flatMap(m -> m.child("language")).map(l -> l.attributeText("tag"))
                        .orElse(item.attributeText("xml:lang")))
                .setUrgency(contentMeta.map(m -> Urgency.of(m.childText("urgency"))).orElse(null))
                .setParagraphs(paragraphs)
                .setPublishedTime(firstCreated != null ? firstCreated : versionTime)
                .setReceivedAt(receivedAt)
                .setKeywords(contentMeta.map(NewsItemReader::keywords).orElse(List.of()))
                .setSubjects(contentMeta.map(NewsItemReader::subjects).orElse(List.of()))
                .build();
        return new ParseResult.Parsed(story);
    }

    private static Integer version(String raw) {
        String text = Texts.orNull(raw);
        if (text == null) {
            return 1;
        }
        try {
            int version = Integer.parseInt(text);
            return version >= 1 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static PubStatus status(String qcode) {
        if (qcode == null) {
            return PubStatus.USABLE;
        }
        return switch (suffix(qcode).toLowerCase(Locale.ROOT)) {
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            case "withheld" -> PubStatus.WITHHELD;
            default -> PubStatus.USABLE;
        };
    }

    private static String headline(XmlElement contentMeta) {
        List<XmlElement> headlines = contentMeta.children("headline");
        return headlines.stream()
                .filter(h -> h.attribute("role") == null || !h.attribute("role").toLowerCase(Locale.ROOT).contains("sub"))
                .map(XmlElement::text)
                .filter(text -> text != null)
                .findFirst()
                .orElse(null);
    }

    private static List<String> paragraphs(XmlElement contentSet) {
        for (XmlElement inline : contentSet.children("inlineXML")) {
            List<String> paragraphs = inline.descendant("nitf").map(NitfBody::paragraphs)
                    .or(() -> inline.descendant("body").map(BodyText::paragraphs))
                    .orElseGet(() -> BodyText.paragraphs(inline));
            if (!paragraphs.isEmpty()) {
                return paragraphs;
            }
        }
        for (XmlElement inline : contentSet.children("inlineData")) {
            List<String> paragraphs = BodyText.plainTextParagraphs(inline.rawText());
            if (!paragraphs.isEmpty()) {
                return paragraphs;
            }
        }
        return List.of();
    }

    private static Dateline dateline(XmlElement contentMeta) {
        String text = contentMeta.childText("dateline");
        Optional<XmlElement> located = contentMeta.child("located");
        String place = located.map(l -> l.childText("name")).or(() -> located.map(l -> l.attributeText("literal"))).orElse(null);
        if (text == null && place == null) {
            return null;
        }
        return Dateline.newBuilder().setText(text).setPlace(place).build();
    }

    /** The creditline, else the first party named by literal or name: provider, info source, copyright holder. */
    private static String source(XmlElement item, Optional<XmlElement> contentMeta, Optional<XmlElement> itemMeta) {
        Optional<XmlElement> provider = itemMeta.flatMap(m -> m.child("provider"));
        Optional<XmlElement> infoSource = contentMeta.flatMap(m -> m.child("infoSource"));
        Optional<XmlElement> holder = item.path("rightsInfo", "copyrightHolder");
        return contentMeta.map(m -> m.childText("creditline"))
                .or(() -> partyName(provider))
                .or(() -> partyName(infoSource))
                .or(() -> partyName(holder))
                .or(() -> provider.map(p -> p.attributeText("qcode")).map(NewsItemReader::suffix))
                .orElse(null);
    }

    private static Optional<String> partyName(Optional<XmlElement> party) {
        return party.map(p -> p.attributeText("literal")).or(() -> party.map(p -> p.childText("name")));
    }

    private static List<String> subjects(XmlElement contentMeta) {
        Set<String> subjects = new LinkedHashSet<>();
        for (XmlElement subject : contentMeta.children("subject")) {
            String qcode = subject.attributeText("qcode");
            if (qcode != null) {
                subjects.add(qcode);
            }
        }
        return List.copyOf(subjects);
    }

    private static List<String> keywords(XmlElement contentMeta) {
        Set<String> keywords = new LinkedHashSet<>();
        for (XmlElement keyword : contentMeta.children("keyword")) {
            String text = keyword.text();
            if (text != null) {
                keywords.add(text);
            }
        }
        return List.copyOf(keywords);
    }

    private static String suffix(String qcode) {
        int colon = qcode.indexOf(':');
        return colon >= 0 ? qcode.substring(colon + 1) : qcode;
    }
}
