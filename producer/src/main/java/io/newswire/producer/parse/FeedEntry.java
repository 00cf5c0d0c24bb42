package io.newswire.producer.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One RSS item or Atom entry, as ROME read it, as a {@link WireStory}. The body is the full
 * content ({@code content:encoded}, Atom {@code content}) when there is one, else the
 * description or summary; the family id is the RSS {@code guid} or Atom {@code id}, else the
 * link. Feeds carry no versions, so every item is version 1 and usable.
 */
final class FeedEntry {
    /** RSS 2.0 authors are e-mail addresses, often with the name in parentheses. */
    private static final Pattern MAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    /** What the feed as a whole says about its items. */
    record Channel(String format, String source, String language) {}

    private FeedEntry() {}

    static ParseResult toResult(SyndEntry entry, FeedRawItem raw, Channel channel, Instant receivedAt) {
        String headline = BodyParagraphs.inline(entry.getTitle());
        List<String> paragraphs = body(entry);
        if (headline == null && paragraphs.isEmpty()) {
            return new ParseResult.Rejected("no text: " + kind(channel) + " has neither a title nor a description/content"
                    + (entry.getLink() == null ? "" : " (only a link)"));
        }
        if (headline == null) {
            return new ParseResult.Rejected("no headline: " + kind(channel) + " has a description/content but no title");
        }
        if (paragraphs.isEmpty()) {
            return new ParseResult.Rejected("no body: " + kind(channel) + " has a title but no description/content");
        }
        WireStory story = WireStory.newBuilder()
                .setId(familyId(entry, raw, headline, paragraphs))
                .setVersion(1)
                .setVersionTime(raw.versionTime())
                .setPubStatus(PubStatus.USABLE)
                .setSource(channel.source())
                .setFormat(channel.format())
                .setHeadline(headline)
                .setByline(byline(entry))
                .setLanguage(channel.language())
                .setParagraphs(paragraphs)
                .setPublishedTime(raw.publishedTime())
                .setReceivedAt(receivedAt)
                .setKeywords(keywords(entry.getCategories()))
                .build();
        return new ParseResult.Parsed(story);
    }

    private static String kind(Channel channel) {
        return FeedParser.ATOM.equals(channel.format()) ? "entry" : "item";
    }

    private static List<String> body(SyndEntry entry) {
        return Stream.concat(entry.getContents().stream(), Stream.ofNullable(entry.getDescription()))
                .map(FeedEntry::paragraphs)
                .filter(paragraphs -> !paragraphs.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    /** Atom types {@code text}/{@code html}/{@code xhtml} or a MIME type; other media are not text. */
    private static List<String> paragraphs(SyndContent content) {
        String type = content.getType() == null ? null : content.getType().toLowerCase(Locale.ROOT);
        if (type == null || type.contains("html")) {
            return BodyParagraphs.fromTextOrHtml(content.getValue());
        }
        if (type.equals("text") || type.equals("text/plain")) {
            return BodyParagraphs.fromPlainText(content.getValue());
        }
        return List.of();
    }

    private static String familyId(SyndEntry entry, FeedRawItem raw, String headline, List<String> paragraphs) {
        for (String candidate : new String[] {raw.guid(), entry.getUri(), entry.getLink()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return ContentHash.familyId(headline, paragraphs);
    }

    private static String byline(SyndEntry entry) {
        List<String> names = entry.getAuthors().stream()
                .map(SyndPerson::getName)
                .map(BodyParagraphs::inline)
                .filter(name -> name != null)
                .toList();
        String byline = names.isEmpty() ? BodyParagraphs.inline(entry.getAuthor()) : String.join(", ", names);
        if (byline == null) {
            return null;
        }
        Matcher mail = MAIL_WITH_NAME.matcher(byline);
        return mail.matches() ? mail.group(1).strip() : byline;
    }

    private static List<String> keywords(List<SyndCategory> categories) {
        List<String> keywords = new ArrayList<>();
        for (SyndCategory category : categories) {
            String name = BodyParagraphs.inline(category.getName());
            if (name != null && !keywords.contains(name)) {
                keywords.add(name);
            }
        }
        return keywords;
    }
}
