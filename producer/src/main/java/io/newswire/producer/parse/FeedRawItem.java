package io.newswire.producer.parse;

import com.rometools.rome.feed.synd.SyndEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What ROME's model of an item loses, read from the item's own XML: the RSS {@code guid} as
 * written, and the dates with the offset the feed gave ({@code Tue, 10 Jun 2003 04:00:00 +0200}
 * stays {@code +02:00}; ROME keeps only the instant). When a raw date cannot be read, ROME's
 * more lenient reading is used, in UTC.
 *
 * @param guid the RSS guid, null for Atom or when absent
 * @param publishedTime RSS {@code pubDate} or {@code dc:date}; Atom {@code published}, else {@code updated}
 * @param versionTime Atom {@code updated}; for RSS, which has no versions, the published time
 */
record FeedRawItem(String guid, String publishedTime, String versionTime) {
    private static final Namespace DUBLIN_CORE = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");

    static FeedRawItem of(Element item, SyndEntry entry) {
        String romePublished = utc(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        String romeUpdated = utc(entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate());
        if (item == null) {
            return new FeedRawItem(null, romePublished, romeUpdated);
        }
        if (item.getName().equals("entry")) {
            String published = SourceTimes.any(firstChildText(item, "published", "issued", "created"));
            String updated = SourceTimes.any(firstChildText(item, "updated", "modified"));
            return new FeedRawItem(null,
                    firstNonNull(published, updated, romePublished),
                    firstNonNull(updated, published, romeUpdated));
        }
        String published = SourceTimes.any(firstChildText(item, "pubDate"));
        if (published == null) {
            published = SourceTimes.any(item.getChildTextTrim("date", DUBLIN_CORE));
        }
        String time = firstNonNull(published, romePublished);
        return new FeedRawItem(firstChildText(item, "guid"), time, time);
    }

    private static String firstChildText(Element item, String... localNames) {
        for (String localName : localNames) {
            for (Element child : FeedXml.children(item, localName)) {
                String text = child.getTextTrim();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String utc(Date date) {
        return date == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
    }
}
