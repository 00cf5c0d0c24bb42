package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every ninjs and RSS/Atom file of the shared corpus through its parser: each item is a story with
 * a headline and text, or a rejection with a specific reason. The corpus lives outside the repo
 * (see shared/corpus/README.md); without it the tests are skipped.
 */
class JsonAndFeedConformanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(JsonAndFeedConformanceTest.class);
    private static final Path FORMATS = Path.of("../../shared/corpus/formats");
    private static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");

    @TestFactory
    Stream<DynamicTest> shouldParseOrSpecificallyRejectEveryNinjsFile() throws IOException {
        return perFile("ninjs", new NinjsParser(), NinjsParser.FORMAT);
    }

    @TestFactory
    Stream<DynamicTest> shouldParseOrSpecificallyRejectEveryItemOfEveryFeedFile() throws IOException {
        return perFile("rss-atom", new FeedParser(), null);
    }

    private static Stream<DynamicTest> perFile(String folder, StoryParser parser, String format) throws IOException {
        Path dir = FORMATS.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir.toAbsolutePath().normalize());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("files in %s", dir).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file, parser.parse(Files.readAllBytes(file), file.toString(), RECEIVED), format)));
    }

    private static void check(Path file, ParseResult result, String format) {
        LOG.info("{}: {}", file.getFileName(), result.items().stream()
                .map(JsonAndFeedConformanceTest::outcome).collect(Collectors.joining(" | ")));
        assertThat(result.items()).as("results of %s", file).isNotEmpty().allSatisfy(item -> {
            if (item instanceof ParseResult.Parsed parsed) {
                WireStory story = parsed.story();
                assertThat(story.getHeadline()).as("headline").isNotBlank();
                assertThat(story.getParagraphs()).as("paragraphs").isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
                assertThat(story.getId()).as("family id").isNotBlank();
                assertThat(story.getFormat()).as("format").isIn(format == null ? List.of("rss", "atom") : List.of(format));
                assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
            } else {
                assertThat(item).isInstanceOf(ParseResult.Rejected.class);
                String reason = ((ParseResult.Rejected) item).reason();
                assertThat(reason).as("rejection reason").contains(": ")
                        .satisfies(r -> assertThat(r.toLowerCase(Locale.ROOT)).doesNotContain("parser error", "exception"));
            }
        });
    }

    private static String outcome(ParseResult item) {
        if (item instanceof ParseResult.Parsed parsed) {
            WireStory s = parsed.story();
            return String.format(Locale.ROOT, "Parsed[id=%s v%d %s %s, headline=%s, %d paragraphs, versionTime=%s,"
                            + " published=%s, source=%s, byline=%s, lang=%s, urgency=%s, keywords=%s, subjects=%s]",
                    s.getId(), s.getVersion(), s.getPubStatus(), s.getFormat(), s.getHeadline(), s.getParagraphs().size(),
                    s.getVersionTime(), s.getPublishedTime(), s.getSource(), s.getByline(), s.getLanguage(),
                    s.getUrgency(), s.getKeywords(), s.getSubjects());
        }
        return item.toString();
    }
}
