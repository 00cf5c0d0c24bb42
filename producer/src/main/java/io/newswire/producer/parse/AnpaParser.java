package io.newswire.producer.parse;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses ANPA-1312 wire transmissions ({@link WireTransmission} framing), as AP still sends them:
 *
 * <pre>
 * SYN SYN SOH a1234 US selector        header: service, story number, selector codes
 * r a DC3 DC1 BC-Slug   11-13 0466     priority, category, keyword, date, word count
 * STX ^BC-Slug,466&lt;                   the text: keyword line (cycle, hyphen, slug),
 * ^Headline&lt;                           tab-in lines (^): the headline, then notes and the byline,
 * ^Eds: With AP Photos.&lt;
 * ^By NAME=
 * TAB   FIRST paragraph.               indented lines: the body, one paragraph each
 * ETX AP-WF-11-13-13 1509GMT&lt;         trailer: sender and transmission time
 * </pre>
 *
 * <p>The headline is the first tab-in line and the byline the tab-in line starting "By "; other
 * tab-in lines (photo lists, editor's notes, summaries) are left out, as is the keyword line.
 * Source and published time come from the trailer when it has that shape. The family id is a
 * content hash ({@link ContentHash}): keywords repeat across days (BC-BKN--Heat-Hawks) so they
 * cannot identify a story. Priority and category codes differ between agencies and are not mapped.
 */
public final class AnpaParser implements StoryParser {
    public static final String FORMAT = "anpa-1312";
    private static final String NAME = "ANPA-1312";
    private static final Pattern TRAILER = Pattern.compile("\\s*([A-Z]+)-[A-Z]+-(\\d{2}-\\d{2}-\\d{2} \\d{4})GMT.*", Pattern.DOTALL);
    private static final DateTimeFormatter TRAILER_TIME = DateTimeFormatter.ofPattern("MM-dd-yy HHmm");
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z]{2}-\\S.*");
    private static final Pattern LINE_END_CODE = Pattern.compile("\\s*[<=]?\\s*$");

    static {
        AvroTrust.trustNewswireSchemas();
    }

    @Override
    public ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        ParseResult.Rejected empty = StoryParser.rejectEmpty(content, receivedAt);
        if (empty != null) {
            return empty;
        }
        WireTransmission.Read read = WireTransmission.read(content, NAME);
        if (read.problem() != null) {
            return new ParseResult.Rejected(read.problem());
        }
        List<String> lines = WireTransmission.lines(read.transmission().text());
        int bodyStart = firstIndentedLine(lines);
        List<String> tabIns = tabIns(lines.subList(0, bodyStart));
        if (tabIns.isEmpty()) {
            return new ParseResult.Rejected("no headline: " + NAME + " text has no tab-in (^) line before the body");
        }
        List<String> paragraphs = paragraphs(lines.subList(bodyStart, lines.size()));
        if (paragraphs.isEmpty()) {
            return new ParseResult.Rejected("no text: " + NAME + " text has no indented body paragraphs");
        }
        String headline = tabIns.get(0);
        Matcher trailer = TRAILER.matcher(read.transmission().trailer());
        boolean dated = trailer.matches();
        WireStory story = WireStory.newBuilder()
                .setId(ContentHash.familyId(headline, paragraphs))
                .setPubStatus(PubStatus.USABLE)
                .setFormat(FORMAT)
                .setSource(dated ? trailer.group(1) : null)
                .setHeadline(headline)
                .setByline(tabIns.stream().skip(1).filter(line -> line.startsWith("By ")).findFirst().orElse(null))
                .setParagraphs(paragraphs)
                .setPublishedTime(dated ? utc(trailer.group(2)) : null)
                .setReceivedAt(receivedAt)
                .build();
        return new ParseResult.Parsed(story);
    }

    private static int firstIndentedLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The tab-in lines after the keyword line, without the caret and the end-of-line code
     * ({@code <} or {@code =}).
     */
    private static List<String> tabIns(List<String> heading) {
        List<String> tabIns = heading.stream()
                .filter(line -> line.startsWith("^"))
                .map(line -> Texts.collapse(LINE_END_CODE.matcher(line.substring(1)).replaceFirst("")))
                .filter(line -> !line.isEmpty())
                .toList();
        boolean keywordFirst = !tabIns.isEmpty() && heading.get(0).startsWith("^") && KEYWORD.matcher(tabIns.get(0)).matches();
        return keywordFirst ? tabIns.subList(1, tabIns.size()) : tabIns;
    }

    /** An indented line starts a paragraph, a blank line ends one, other lines continue it. */
    private static List<String> paragraphs(List<String> body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                flush(current, paragraphs);
            }
            current.append(' ').append(line);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        String text = Texts.collapse(paragraph.toString());
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }

    /** The trailer's time ({@code 11-13-13 1509}, GMT) as ISO-8601, or null when it is no date. */
    private static String utc(String trailerTime) {
        try {
            return LocalDateTime.parse(trailerTime, TRAILER_TIME).atOffset(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
