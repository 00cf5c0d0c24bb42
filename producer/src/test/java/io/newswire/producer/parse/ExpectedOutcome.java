package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of {@code conformance-expected.tsv}: what {@link Parsers#parse} must make of one corpus
 * file. Columns, tab-separated: the path under the corpus {@code formats} folder; the outcome
 * ({@code story}, {@code canceled}, {@code rejected}, or {@code batch N <one of those>} when the
 * file is a batch of N items that all have that outcome); the detail (the story format for
 * stories, the reason prefix for rejections); an optional note for people.
 */
record ExpectedOutcome(String path, Item item, int batchSize, String detail) {
    private static final String RESOURCE = "conformance-expected.tsv";
    private static final Pattern OUTCOME = Pattern.compile("(?:batch (\\d+) )?(story|canceled|rejected)");

    /** A single result: a story with headline and body, a canceled story (body optional), a rejection. */
    enum Item { STORY, CANCELED, REJECTED }

    /** Not a batch: the file gives one result. */
    static final int SINGLE = 0;

    ExpectedOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(item, "item");
        if (detail.isBlank()) {
            throw new IllegalArgumentException(path + ": pin the story format or the rejection's reason prefix");
        }
    }

    static List<ExpectedOutcome> load() {
        try (InputStream in = ExpectedOutcome.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(ExpectedOutcome::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExpectedOutcome of(String row) {
        String[] columns = row.split("\t");
        Matcher outcome = OUTCOME.matcher(columns.length >= 3 ? columns[1] : "");
        if (columns.length < 3 || !outcome.matches()) {
            throw new IllegalArgumentException(RESOURCE + ": expected path, outcome, detail[, note] in: " + row);
        }
        int batchSize = outcome.group(1) == null ? SINGLE : Integer.parseInt(outcome.group(1));
        return new ExpectedOutcome(columns[0], Item.valueOf(outcome.group(2).toUpperCase(Locale.ROOT)),
                batchSize, columns[2]);
    }

    void assertMatches(ParseResult result, Instant receivedAt) {
        boolean batch = result instanceof ParseResult.Batch;
        assertThat(batch).as("a batch (%d items)", result.items().size()).isEqualTo(batchSize != SINGLE);
        if (batch) {
            assertThat(result.items().size()).as("items in the batch").isEqualTo(batchSize);
        }
        // One item at a time, not allSatisfy: its failure message would print every whole story.
        for (ParseResult single : result.items()) {
            assertItem(single, receivedAt);
        }
    }

    private void assertItem(ParseResult single, Instant receivedAt) {
        assertThat(kind(single)).as("outcome of %s", summary(single)).isEqualTo(item);
        if (single instanceof ParseResult.Rejected rejected) {
            assertThat(rejected.reason()).as("rejection reason").startsWith(detail);
            return;
        }
        WireStory story = ((ParseResult.Parsed) single).story();
        assertThat(story.getFormat()).as("format").isEqualTo(detail);
        assertThat(story.getId()).as("family id").isNotBlank();
        assertThat(story.getReceivedAt()).isEqualTo(receivedAt);
        assertThat(story.getHeadline()).as("headline").isNotBlank().satisfies(ExpectedOutcome::assertCleanText);
        assertThat(story.getParagraphs()).as("paragraphs")
                .allSatisfy(paragraph -> assertThat(paragraph).isNotBlank().satisfies(ExpectedOutcome::assertCleanText));
        if (item == Item.STORY) {
            assertThat(story.getParagraphs()).as("body of %s", summary(single)).isNotEmpty();
        }
    }

    private static Item kind(ParseResult single) {
        if (single instanceof ParseResult.Parsed parsed) {
            return parsed.story().getPubStatus() == PubStatus.CANCELED ? Item.CANCELED : Item.STORY;
        }
        return Item.REJECTED;
    }

    /** The outcome in one line, for failure messages: never the whole story. */
    private static String summary(ParseResult single) {
        if (single instanceof ParseResult.Parsed parsed) {
            WireStory story = parsed.story();
            return String.format(Locale.ROOT, "%s story \"%s\" with %d paragraphs",
                    story.getFormat(), story.getHeadline(), story.getParagraphs().size());
        }
        return single.toString();
    }

    /** No control characters (transmission framing) and no replacement characters (wrong charset). */
    private static void assertCleanText(String text) {
        assertThat(text.chars().filter(c -> Character.isISOControl(c) || c == '\uFFFD'))
                .as("control or replacement characters in %s", text).isEmpty();
    }
}
