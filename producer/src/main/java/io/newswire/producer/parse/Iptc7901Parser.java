package io.newswire.producer.parse;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses IPTC 7901 wire transmissions ({@link WireTransmission} framing), as dpa still sends them:
 *
 * <pre>
 * SOH eca062 4 i 211 ccccb  dpa 061    header: source and number, priority, category, word count
 * Germany-politics/Berlin/             keywords, each ended by a slash
 * STX 1ST LEAD                         the heading, ended by a line ending in "=":
 * Headline                               version markers, the headline, the byline
 * By Name, dpa =
 *                                      the body: paragraphs separated by blank lines
 * Berlin (dpa) - First paragraph ...
 * # dpa NOTEBOOK                       the notebook (not for publication) ends the body
 * ETX 131137 GMT Nov 13                trailer: day and time, no year
 * </pre>
 *
 * <p>Urgency is the header's priority digit (1 highest, IPTC's scale). In the heading, the line
 * starting "By " is the byline and short all-capital lines ({@code 1ST LEAD}, {@code URGENT}) are
 * version markers, left out when another line remains for the headline. The trailer has no year,
 * so no published time is set. The family id is a content hash ({@link ContentHash}).
 */
public final class Iptc7901Parser implements StoryParser {
    public static final String FORMAT = "iptc-7901";
    private static final String NAME = "IPTC 7901";
    private static final Pattern SERVICE_HEADER = Pattern.compile("\\s*[A-Za-z]*\\d*\\s+(\\d)\\s+[A-Za-z]{1,3}\\s+\\d+\\b.*");
    private static final int MAX_HEADING_LINES = 6;
    private static final int MAX_MARKER_WORDS = 3;
    private static final Pattern NOTEBOOK = Pattern.compile(
            "#+\\s.*|\\*( \\*)+\\s*|.*\\bnot (intended )?for publication\\b.*", Pattern.CASE_INSENSITIVE);

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
        int headingEnd = headingEnd(lines);
        List<String> heading = lines.subList(0, headingEnd).stream()
                .map(line -> Texts.collapse(line.replaceFirst("\\s*=\\s*$", "")))
                .filter(line -> !line.isEmpty())
                .toList();
        String byline = heading.stream().filter(line -> line.startsWith("By ")).findFirst().orElse(null);
        String headline = headline(heading.stream().filter(line -> !line.equals(byline)).toList());
        if (headline == null) {
            return new ParseResult.Rejected("no headline: " + NAME + " text has no heading line after STX");
        }
        List<String> paragraphs = paragraphs(lines.subList(headingEnd, lines.size()));
        if (paragraphs.isEmpty()) {
            return new ParseResult.Rejected("no text: " + NAME + " text has no body paragraphs after the heading");
        }
        List<String> header = WireTransmission.lines(read.transmission().header());
        WireStory story = WireStory.newBuilder()
                .setId(ContentHash.familyId(headline, paragraphs))
                .setPubStatus(PubStatus.USABLE)
                .setFormat(FORMAT)
                .setHeadline(headline)
                .setByline(byline)
                .setUrgency(urgency(header.get(0)))
                .setParagraphs(paragraphs)
                .setReceivedAt(receivedAt)
                .setKeywords(keywords(header.subList(1, header.size())))
                .build();
        return new ParseResult.Parsed(story);
    }

    /** The index after the heading: after its first line ending in "=", else after its first non-blank line. */
    private static int headingEnd(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), MAX_HEADING_LINES); i++) {
            if (lines.get(i).strip().endsWith("=")) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return lines.size();
    }

    private static String headline(List<String> candidates) {
        List<String> withoutMarkers = candidates.stream().filter(line -> !isVersionMarker(line)).toList();
        List<String> kept = withoutMarkers.isEmpty() ? candidates : withoutMarkers;
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    private static boolean isVersionMarker(String line) {
        return line.equals(line.toUpperCase(Locale.ROOT)) && line.split(" ").length <= MAX_MARKER_WORDS;
    }

    /** Blank-line-separated paragraphs up to the notebook. */
    private static List<String> paragraphs(List<String> body) {
        List<String> story = new ArrayList<>();
        for (String line : body) {
            if (NOTEBOOK.matcher(line.strip()).matches()) {
                break;
            }
            story.add(line);
        }
        return Texts.blankLineSeparated(String.join("\n", story));
    }

    private static Integer urgency(String serviceHeader) {
        Matcher header = SERVICE_HEADER.matcher(serviceHeader);
        return header.matches() ? Urgency.of(header.group(1)) : null;
    }

    private static List<String> keywords(List<String> keywordLines) {
        return keywordLines.stream()
                .flatMap(line -> Arrays.stream(line.split("/")))
                .map(Texts::collapse)
                .filter(keyword -> !keyword.isEmpty())
                .distinct()
                .toList();
    }
}
