package io.newswire.producer.parse;

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
 * Parses NITF 3.x ({@code <nitf>}) documents, in any declared charset.
 *
 * <ul>
 *   <li>family id: {@code docdata/doc-id@id-string}; a content hash ({@link ContentHash}) when the
 *       doc-id carries none, as in AP's {@code <doc-id regsrc="AP"/>};</li>
 *   <li>version: {@code du-key@version} when given, else 1;</li>
 *   <li>status: {@code docdata@management-status} (usable; withheld and embargoed are WITHHELD;
 *       canceled is CANCELED);</li>
 *   <li>versionTime: {@code date.issue@norm}; publishedTime: {@code pubdata@date.publication}, else
 *       {@code date.release@norm}, else the issue time; offsets kept ({@link SourceTimes});</li>
 *   <li>source: {@code doc.copyright@holder}, {@code rights.owner}, {@code distributor}, or
 *       {@code doc-id@regsrc}; keywords from {@code key-list}; subjects from
 *       {@code tobject.subject@tobject.subject.refnum} as {@code subj:NNNNNNNN} qcodes.</li>
 * </ul>
 *
 * <p>A canceled document may come without body text and is still a story: the kill must reach
 * subscribers. Any other document without a headline or body paragraphs is rejected.
 */
public final class NitfParser implements XmlStoryParser {
    public static final String FORMAT = "nitf";

    static {
        AvroTrust.trustNewswireSchemas();
    }

    @Override
    public ParseResult parseRoot(XmlElement root, Instant receivedAt) {
        if (!root.name().equals("nitf")) {
            return new ParseResult.Rejected("not NITF: the root element is <" + root.name() + ">, not <nitf>");
        }
        return read(root, receivedAt);
    }

    static ParseResult read(XmlElement nitf, Instant receivedAt) {
        Optional<XmlElement> docdata = nitf.path("head", "docdata");
        PubStatus status = status(docdata.map(d -> d.attributeText("management-status")).orElse(null));
        String headline = NitfBody.headline(nitf);
        List<String> paragraphs = NitfBody.paragraphs(nitf);
        if (headline == null) {
            return new ParseResult.Rejected("no headline: NITF has no body.head/hedline/hl1 and no head/title");
        }
        if (paragraphs.isEmpty() && status != PubStatus.CANCELED) {
            return new ParseResult.Rejected("no text: NITF body.content has no paragraphs");
        }
        String issued = SourceTimes.asWritten(docdata.flatMap(d -> d.child("date.issue")).map(e -> e.attribute("norm")).orElse(null));
        WireStory story = WireStory.newBuilder()
                .setId(familyId(docdata, headline, paragraphs))
                .setVersion(version(docdata))
                .setVersionTime(issued)
                .setPubStatus(status)
                .setSource(source(nitf, docdata))
                .setFormat(FORMAT)
                .setHeadline(headline)
                .setByline(NitfBody.byline(nitf))
                .setDateline(NitfBody.dateline(nitf))
                .setSection(nitf.path("head", "pubdata").map(p -> p.attributeText("position.section")).orElse(null))
                .setLanguage(language(nitf))
                .setUrgency(docdata.flatMap(d -> d.child("urgency")).map(u -> Urgency.of(u.attribute("ed-urg"))).orElse(null))
                .setParagraphs(paragraphs)
                .setPublishedTime(publishedTime(nitf, docdata, issued))
                .setReceivedAt(receivedAt)
                .setKeywords(keywords(docdata))
                .setSubjects(subjects(nitf))
                .build();
        return new ParseResult.Parsed(story);
    }

    private static String familyId(Optional<XmlElement> docdata, String headline, List<String> paragraphs) {
        Optional<XmlElement> docId = docdata.flatMap(d -> d.child("doc-id"));
        return docId.map(d -> d.attributeText("id-string"))
                .or(() -> docId.map(XmlElement::text))
                .orElseGet(() -> ContentHash.familyId(headline, paragraphs));
    }

    private static int version(Optional<XmlElement> docdata) {
        String raw = docdata.flatMap(d -> d.child("du-key")).map(k -> k.attributeText("version")).orElse(null);
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static PubStatus status(String managementStatus) {
        if (managementStatus == null) {
            return PubStatus.USABLE;
        }
        return switch (managementStatus.toLowerCase(Locale.ROOT)) {
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            case "withheld", "embargoed" -> PubStatus.WITHHELD;
            default -> PubStatus.USABLE;
        };
    }

    private static String source(XmlElement nitf, Optional<XmlElement> docdata) {
        return docdata.flatMap(d -> d.child("doc.copyright")).map(c -> c.attributeText("holder"))
                .or(() -> NitfBody.bodyHead(nitf).flatMap(h -> h.path("rights", "rights.owner")).map(XmlElement::text))
                .or(() -> NitfBody.bodyHead(nitf).map(h -> h.childText("distributor")))
                .or(() -> docdata.flatMap(d -> d.child("doc-id")).map(d -> d.attributeText("regsrc")))
                .orElse(null);
    }

    private static String language(XmlElement nitf) {
        String baselang = nitf.attributeText("baselang");
        return baselang != null ? baselang : nitf.attributeText("xml:lang");
    }

    private static String publishedTime(XmlElement nitf, Optional<XmlElement> docdata, String issued) {
        return Optional.ofNullable(SourceTimes.asWritten(nitf.path("head", "pubdata").map(p -> p.attribute("date.publication")).orElse(null)))
                .or(() -> Optional.ofNullable(SourceTimes.asWritten(
                        docdata.flatMap(d -> d.child("date.release")).map(r -> r.attribute("norm")).orElse(null))))
                .orElse(issued);
    }

    private static List<String> keywords(Optional<XmlElement> docdata) {
        Set<String> keywords = new LinkedHashSet<>();
        docdata.flatMap(d -> d.child("key-list")).ifPresent(list -> list.children("keyword").forEach(keyword -> {
            String key = keyword.attributeText("key");
            if (key != null) {
                keywords.add(key);
            }
        }));
        return List.copyOf(keywords);
    }

    /** IPTC subject reference numbers as qcodes; another provider's codes keep its name as scheme. */
    private static List<String> subjects(XmlElement nitf) {
        Set<String> subjects = new LinkedHashSet<>();
        nitf.path("head", "tobject").ifPresent(tobject -> tobject.children("tobject.subject").forEach(subject -> {
            String refnum = subject.attributeText("tobject.subject.refnum");
            String ipr = subject.attributeText("tobject.subject.ipr");
            if (refnum != null) {
                boolean iptc = ipr == null || ipr.equalsIgnoreCase("IPTC");
                subjects.add((iptc ? "subj" : ipr.toLowerCase(Locale.ROOT)) + ":" + refnum);
            }
        }));
        return List.copyOf(subjects);
    }
}
