package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.story;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the shared corpus ({@code ../../shared/corpus/formats}, read in place, never
 * copied) through {@link Parsers#parse}, the sniffing entry point ingest uses, against the outcome
 * pinned for it in {@code conformance-expected.tsv} ({@link ExpectedOutcome}), plus checks on
 * fields of a few samples. Skipped where the corpus is absent (a user's clone).
 */
class FormatsConformanceTest {
    private static final Path FORMATS = Path.of("../../shared/corpus/formats");
    private static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String REUTERS = "newsml-g2/superdesk_reuters_L1N14N0FF_version_";

    @BeforeEach
    void assumeCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(FORMATS),
                () -> "shared corpus not found at " + FORMATS.toAbsolutePath().normalize() + "; conformance tests skipped");
    }

    @Test
    void shouldPinAnOutcomeForEveryCorpusFileAndAFileForEveryPin() {
        TreeSet<String> pinned = ExpectedOutcome.load().stream().map(ExpectedOutcome::path).collect(toCollection(TreeSet::new));

        assertThat(pinned).as("rows in conformance-expected.tsv (add a row for each new corpus file)")
                .hasSize(ExpectedOutcome.load().size())
                .containsExactlyElementsOf(corpusFiles());
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileShouldGiveItsPinnedOutcome() {
        return ExpectedOutcome.load().stream().map(expected -> DynamicTest.dynamicTest(expected.path(),
                () -> expected.assertMatches(parse(expected.path()), RECEIVED)));
    }

    @Test
    void shouldGiveBothReutersVersionsTheSameFamilyIdAndOrderedVersions() {
        WireStory first = story(parse(REUTERS + "978556838.xml"));
        WireStory second = story(parse(REUTERS + "1542761538.xml"));

        assertThat(second.getId()).isEqualTo(first.getId()).isEqualTo("tag:reuters.com,0000:newsml_L1N14N0FF");
        assertThat(first.getVersion()).isLessThan(second.getVersion());
        assertThat(first.getVersionTime()).isLessThan(second.getVersionTime());
        assertThat(first.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(second.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(first.getParagraphs()).hasSizeGreaterThan(10);
    }

    @Test
    void shouldRejectThePackageOfTheIptcPackageListingAsAPackage() {
        ParseResult result = parse("newsml-g2/iptc_LISTING_24_News_Message_conveying_a_complete_News_Package.xml");

        assertThat(result.items().get(0)).isEqualTo(new ParseResult.Rejected("no text: package item (<packageItem>)"));
    }

    @Test
    void shouldReadTheCanceledFishingSampleWithItsNitfFields() {
        WireStory story = story(parse("nitf/superdesk_nitf-fishing.xml"));

        assertThat(story.getId()).isEqualTo("iptc.321656141.b");
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(story.getUrgency()).isEqualTo(3);
        assertThat(story.getVersionTime()).isEqualTo("2002-02-25T14:30:00-05:00");
        assertThat(story.getKeywords()).containsExactly("fishing", "lures", "tides");
    }

    @Test
    void shouldDecodeTheIso88591NtbSample() {
        WireStory story = story(parse("nitf/superdesk_nitf-ntb.xml"));

        assertThat(story.getLanguage()).isEqualTo("nb-NO");
        assertThat(String.join(" ", story.getParagraphs())).contains("på").doesNotContain("\uFFFD");
    }

    @Test
    void shouldGiveEveryItemOfTheApMessageItsOwnFamilyId() {
        List<String> ids = parse("newsml-g2/superdesk_ap.xml").items().stream()
                .map(item -> ((ParseResult.Parsed) item).story().getId()).toList();

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void shouldTakeTheAnpaHeadlineFromTheTabInAfterTheKeywordLine() {
        WireStory story = story(parse("anpa1312/superdesk_anpa-1.tst"));

        assertThat(story.getHeadline()).isEqualTo("For Argentine chemo patients, mirrors can hurt");
        assertThat(story.getByline()).isEqualTo("By PAUL BYRNE and ALMUDENA CALATRAVA");
        assertThat(story.getParagraphs().get(0)).startsWith("BUENOS AIRES, Argentina (AP) _ For cancer patients");
        assertThat(story.getPublishedTime()).isEqualTo("2013-11-13T15:09:00Z");
    }

    @Test
    void shouldEndTheIptc7901BodyBeforeTheNotebookAndDecodeItsUtf8() {
        WireStory story = story(parse("iptc7901/superdesk_IPTC7901_odd_charset.txt"));

        assertThat(story.getHeadline()).isEqualTo("German football saddened by illness to striker legend Mueller");
        assertThat(story.getKeywords()).containsExactly("Germany-football", "Munich", "Mueller");
        assertThat(String.join("\n", story.getParagraphs())).contains("Thomas Müller").doesNotContain("Notebook", "publication");
    }

    private static List<String> corpusFiles() {
        try (Stream<Path> files = Files.walk(FORMATS)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> FORMATS.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParseResult parse(String path) {
        Path file = FORMATS.resolve(path);
        try {
            return Parsers.parse(Files.readAllBytes(file), file.toString(), RECEIVED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
