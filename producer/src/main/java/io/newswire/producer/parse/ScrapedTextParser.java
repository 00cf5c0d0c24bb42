package io.newswire.producer.parse;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import io.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses plain text scraped from a news page, the shape of the reference story:
 *
 * <pre>
 * Middle East                      optional section/desk line (short, no sentence punctuation)
 *
 * Kerry presses on with ...        headline
 *
 * US Secretary of State ...        body paragraphs, separated by blank lines
 *
 * Related Articles                 trailing page furniture, removed (see {@link PageFurniture})
 * </pre>
 *
 * <p>Lines inside a paragraph are joined with one space and each line is trimmed; nothing else in
 * the copy is changed (a missing space after a closing quote stays missing), because downstream
 * offsets point into {@code String.join("\n\n", paragraphs)}.
 *
 * <p>The family id is a content hash ({@link ContentHash}) of headline and body, so an identical
 * re-send gets the same id. Source, published time, byline, dateline and language are not in
 * this format and stay null.
 */
public final class ScrapedTextParser implements StoryParser {
    public static final String FORMAT = "text";

    static {
        AvroTrust.trustNewswireSchemas();
    }

    @Override
    public ParseResult parse(byte[] content, String origin, Instant receivedAt) {
        ParseResult.Rejected empty = StoryParser.rejectEmpty(content, receivedAt);
        if (empty != null) {
            return empty;
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(content);
        if (decoded.problem() != null) {
            return new ParseResult.Rejected(decoded.problem());
        }
        List<Line> lines = lines(decoded.text());
        if (lines.isEmpty()) {
            return new ParseResult.Rejected("blank input: no text, only whitespace");
        }
        lines = withoutTrailingFurniture(lines);
        if (lines.isEmpty()) {
            return new ParseResult.Rejected("no story text: only page furniture");
        }
        return layout(lines, receivedAt);
    }

    private static ParseResult layout(List<Line> lines, Instant receivedAt) {
        int next = 0;
        String section = null;
        if (lines.size() >= 2
                && LineShapes.looksLikeSection(lines.get(0).text())
                && LineShapes.looksLikeHeadline(lines.get(1).text())) {
            section = lines.get(0).text();
            next = 1;
        }
        String headline = lines.get(next).text();
        List<String> paragraphs = paragraphs(lines.subList(next + 1, lines.size()));
        if (paragraphs.isEmpty()) {
            return new ParseResult.Rejected(section == null
                    ? "no body: only a headline line was found"
                    : "no body: only a section line and a headline line were found");
        }
        WireStory story = WireStory.newBuilder()
                .setId(ContentHash.familyId(headline, paragraphs))
                .setVersion(1)
                .setPubStatus(PubStatus.USABLE)
                .setFormat(FORMAT)
                .setSection(section)
                .setHeadline(headline)
                .setParagraphs(paragraphs)
                .setReceivedAt(receivedAt)
                .build();
        return new ParseResult.Parsed(story);
    }

    /** One non-blank, trimmed line and the number of the paragraph block it belongs to. */
    private record Line(String text, int block) {}

    private static List<Line> lines(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<Line> lines = new ArrayList<>();
        int block = 0;
        boolean previousBlank = true;
        for (String raw : normalised.split("\n", -1)) {
            String line = LineShapes.trim(raw);
            if (line.isEmpty()) {
                previousBlank = true;
                continue;
            }
            if (previousBlank) {
                block++;
            }
            lines.add(new Line(line, block));
            previousBlank = false;
        }
        return lines;
    }

    private static List<Line> withoutTrailingFurniture(List<Line> lines) {
        List<Line> kept = new ArrayList<>(lines);
        while (!kept.isEmpty()) {
            Line last = kept.get(kept.size() - 1);
            if (PageFurniture.isFurnitureLine(last.text())) {
                kept.remove(kept.size() - 1);
                continue;
            }
            String unglued = LineShapes.trim(PageFurniture.withoutGluedSuffix(last.text()));
            if (unglued.equals(last.text())) {
                break;
            }
            kept.set(kept.size() - 1, new Line(unglued, last.block()));
        }
        return kept;
    }

    private static List<String> paragraphs(List<Line> body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int block = -1;
        for (Line line : body) {
            if (line.block() != block && current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.text());
            block = line.block();
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
