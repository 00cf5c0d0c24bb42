package io.newswire.producer.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.producer.parse.ParseResult;
import io.newswire.producer.parse.Parsers;
import io.newswire.producer.source.SourceFile;
import io.newswire.schemas.WireStory;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SamplesTest {
    // A quoted sentence, then in the same paragraph a titled speaker and the cue: "...," X Y said
    private static final Pattern ATTRIBUTED_QUOTE =
            Pattern.compile("\"[^\"]+[,.?!]\" [^\"\n]*?\\b(said|told reporters)\\b");

    @Test
    void shouldListSixSamplesInIndexOrder() {
        assertThat(Samples.names()).hasSize(6).isSorted();
        assertThat(Samples.load()).extracting(file -> file.path().toString())
                .allMatch(path -> path.startsWith("samples/"));
    }

    @Test
    void shouldParseEverySampleIntoASectionHeadlineAndTwoToFiveParagraphs() {
        for (WireStory story : parsedSamples()) {
            assertThat(story.getSection()).as("section of %s", story.getHeadline()).isNotBlank();
            assertThat(story.getParagraphs()).as("paragraphs of %s", story.getHeadline()).hasSizeBetween(2, 5);
            assertThat(story.getParagraphs()).noneMatch(p -> p.contains("Back to top") || p.contains("Related Articles")
                    || p.equals("Advertisement") || p.equals("Share this article"));
        }
    }

    @Test
    void shouldGiveEverySampleADistinctId() {
        assertThat(parsedSamples()).extracting(WireStory::getId).doesNotHaveDuplicates();
    }

    @Test
    void shouldQuoteANamedOfficialInEverySample() {
        for (WireStory story : parsedSamples()) {
            String text = String.join("\n\n", story.getParagraphs());
            assertThat(ATTRIBUTED_QUOTE.matcher(text).find()).as("attributed quote in %s", story.getHeadline()).isTrue();
        }
    }

    @Test
    void shouldCoverTheDemoRegionsAndAnAnonymousSource() {
        String all = String.join("\n", parsedSamples().stream()
                .map(story -> story.getHeadline() + "\n" + String.join("\n", story.getParagraphs())).toList());

        assertThat(all).contains("Kyiv", "Moscow", "Damascus", "Idlib", "Tokyo", "Beijing", "Brazil", "Argentina",
                "Brussels", "European Commission spokesperson", "WASHINGTON", "White House Press Secretary",
                "UN special envoy", "on condition of anonymity");
    }

    private static List<WireStory> parsedSamples() {
        return Samples.load().stream().map(SamplesTest::parse).toList();
    }

    private static WireStory parse(SourceFile file) {
        ParseResult result = Parsers.parse(file.content(), file.path().toString(), Instant.EPOCH);
        assertThat(result).as("parse result of %s", file.path()).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).story();
    }
}
