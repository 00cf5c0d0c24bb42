package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every shared NITF and NewsML-G2 sample ({@code ../../shared/corpus/formats}, read in place,
 * never copied) through {@link Parsers#parse}: each result must be a story with a headline and
 * text, a canceled story, or a rejection with a specific reason.
 */
class FormatsConformanceTest {
    private static final Path FORMATS = Path.of("../../shared/corpus/formats");
    private static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String REUTERS = "newsml-g2/superdesk_reuters_L1N14N0FF_version_";

    @TestFactory
    Stream<DynamicTest> everySharedFileParsesOrIsRejectedForASpecificReason() throws IOException {
        assumeCorpus();
        List<Path> files;
        try (Stream<Path> listed = Stream.of("nitf", "newsml-g2").flatMap(FormatsConformanceTest::list)) {
            files = listed.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(
                FORMATS.relativize(file).toString(), () -> assertWellFormedOutcome(parse(file))));
    }

    @Test
    void shouldGiveBothReutersVersionsTheSameFamilyIdAndOrderedVersions() {
        assumeCorpus();
        WireStory first = story(parse(FORMATS.resolve(REUTERS + "978556838.xml")));
        WireStory second = story(parse(FORMATS.resolve(REUTERS + "1542761538.xml")));

        assertThat(second.getId()).isEqualTo(first.getId()).isEqualTo("tag:reuters.com,0000:newsml_L1N14N0FF");
        assertThat(first.getVersion()).isLessThan(second.getVersion());
        assertThat(first.getVersionTime()).isLessThan(second.getVersionTime());
        assertThat(first.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(second.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(first.getParagraphs()).hasSizeGreaterThan(10);
    }

    @Test
    void shouldRejectPackagesAndItemsWithoutContentInTheIptcPackageListing() {
        assumeCorpus();
        ParseResult result = parse(FORMATS.resolve("newsml-g2/iptc_LISTING_24_News_Message_conveying_a_complete_News_Package.xml"));

        assertThat(result).isInstanceOf(ParseResult.Batch.class);
        assertThat(result.items().get(0)).isEqualTo(new ParseResult.Rejected("no text: package item (<packageItem>)"));
        assertThat(result.items().subList(1, result.items().size()))
                .allSatisfy(item -> assertThat(((ParseResult.Rejected) item).reason()).startsWith("no text:"));
    }

    @Test
    void shouldReadTheCanceledFishingSampleWithItsNitfFields() {
        assumeCorpus();
        WireStory story = story(parse(FORMATS.resolve("nitf/superdesk_nitf-fishing.xml")));

        assertThat(story.getId()).isEqualTo("iptc.321656141.b");
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(story.getUrgency()).isEqualTo(3);
        assertThat(story.getVersionTime()).isEqualTo("2002-02-25T14:30:00-05:00");
        assertThat(story.getKeywords()).containsExactly("fishing", "lures", "tides");
    }

    @Test
    void shouldDecodeTheIso88591NtbSample() {
        assumeCorpus();
        WireStory story = story(parse(FORMATS.resolve("nitf/superdesk_nitf-ntb.xml")));

        assertThat(story.getLanguage()).isEqualTo("nb-NO");
        assertThat(String.join(" ", story.getParagraphs())).contains("på").doesNotContain("\uFFFD");
    }

    @Test
    void shouldReadEveryItemOfTheApMessageAsABatch() {
        assumeCorpus();
        ParseResult result = parse(FORMATS.resolve("newsml-g2/superdesk_ap.xml"));

        assertThat(result).isInstanceOf(ParseResult.Batch.class);
        assertThat(result.items()).hasSizeGreaterThan(1).allSatisfy(item -> assertThat(item).isInstanceOf(ParseResult.Parsed.class));
    }

    @Test
    void shouldRefuseNewsMl1AsNotNewsMlG2() {
        assumeCorpus();
        ParseResult result = parse(FORMATS.resolve("newsml-g2/superdesk_afp.xml"));

        assertThat(((ParseResult.Rejected) result).reason()).contains("NewsML 1.x");
    }

    private static void assertWellFormedOutcome(ParseResult result) {
        assertThat(result.items()).isNotEmpty().allSatisfy(item -> {
            if (item instanceof ParseResult.Parsed parsed) {
                WireStory story = parsed.story();
                assertThat(story.getHeadline()).isNotBlank();
                assertThat(story.getId()).isNotBlank();
                assertThat(story.getFormat()).isIn(NitfParser.FORMAT, NewsMlG2Parser.FORMAT);
                if (story.getPubStatus() != PubStatus.CANCELED) {
                    assertThat(story.getParagraphs()).isNotEmpty().anySatisfy(paragraph -> assertThat(paragraph).isNotBlank());
                }
                assertThat(story.getParagraphs()).allSatisfy(paragraph -> assertThat(paragraph).isNotBlank());
            } else {
                assertThat(item).isInstanceOf(ParseResult.Rejected.class);
                assertThat(((ParseResult.Rejected) item).reason())
                        .doesNotContainIgnoringCase("parser error")
                        .matches("(no text|no headline|not a NewsML-G2 item|format not supported yet|malformed XML"
                                + "|wrong charset|unsupported charset|too large|empty newsMessage)[: ].*");
            }
        });
    }

    private static ParseResult parse(Path file) {
        try {
            return Parsers.parse(Files.readAllBytes(file), file.toString(), RECEIVED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stream<Path> list(String format) {
        try {
            return Files.list(FORMATS.resolve(format)).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assumeCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(FORMATS.resolve("nitf")) && Files.isDirectory(FORMATS.resolve("newsml-g2")),
                () -> "shared corpus not found at " + FORMATS.toAbsolutePath().normalize());
    }
}
