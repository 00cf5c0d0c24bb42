package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Golden test on the project's reference story, read from the shared corpus when it is present. */
class ReferenceStoryTest {
    private static final Path REFERENCE = Path.of("../../shared/corpus/seed/000_a46aa8765330f8b0.txt");

    @Test
    void shouldParseTheReferenceStoryIntoSectionHeadlineAndCleanParagraphs() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(REFERENCE),
                "shared corpus not found at " + REFERENCE.toAbsolutePath().normalize());

        ParseResult result = Parsers.parse(Files.readAllBytes(REFERENCE), REFERENCE.toString(), Instant.EPOCH);

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        WireStory story = ((ParseResult.Parsed) result).story();
        assertThat(story.getSection()).isEqualTo("Middle East");
        assertThat(story.getHeadline()).isEqualTo("Kerry presses on with Russian talks on Syria despite Aleppo setbacks");
        assertThat(story.getParagraphs()).first().asString().startsWith("US Secretary of State John Kerry");
        assertThat(story.getParagraphs()).last().asString().startsWith("The second official said");
        assertThat(story.getParagraphs()).doesNotContain("Related Articles", "Back to top button");
        assertThat(story.getParagraphs()).noneMatch(p -> p.contains("Back to top") || p.contains("Related Articles"));
        assertThat(story.getParagraphs()).anyMatch(p -> p.contains("can get there.\"Kerry has been pursuing"));
        assertThat(story.getParagraphs()).contains("Shared distrust");
    }
}
