package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.PubStatus;
import io.newswire.schemas.WireStory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScrapedTextParserTest {
    private static final Instant RECEIVED = Instant.parse("2024-03-01T12:00:00Z");

    private final ScrapedTextParser parser = new ScrapedTextParser();

    @Test
    void shouldReadSectionHeadlineAndParagraphs() {
        WireStory story = parsed(fixture("desk-headline-paragraphs.txt"));

        assertThat(story.getSection()).isEqualTo("Africa");
        assertThat(story.getHeadline()).isEqualTo("Port workers end strike after agreement on night-shift pay");
        assertThat(story.getParagraphs()).containsExactly(
                "Dock workers at the port of Mombasa returned to work on Saturday after union leaders"
                        + " and the port authority agreed a new rate for night shifts, ending a four-day strike"
                        + " that had left dozens of ships waiting offshore.",
                "\"The men are back at their posts and the cranes are moving,\" union secretary Peter Wanjala"
                        + " told reporters at the main gate.",
                "The port authority said it expected the backlog of vessels to clear within a week.");
    }

    @Test
    void shouldFillTheFieldsThisFormatKnowsAndLeaveTheOthersNull() {
        WireStory story = parsed(fixture("desk-headline-paragraphs.txt"));

        assertThat(story.getId()).matches("[0-9a-f]{16}");
        assertThat(story.getVersion()).isEqualTo(1);
        assertThat(story.getFormat()).isEqualTo("text");
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
        assertThat(story.getSource()).isNull();
        assertThat(story.getPublishedTime()).isNull();
        assertThat(story.getByline()).isNull();
        assertThat(story.getDateline()).isNull();
        assertThat(story.getKeywords()).isEmpty();
    }

    @Test
    void shouldRemoveTrailingFurnitureLinesWhenTheLastLineHasNoNewline() {
        WireStory story = parsed(fixture("furniture-lines-no-newline.txt"));

        assertThat(story.getParagraphs()).containsExactly(
                "The final was stopped twice for rain before the home side sealed the title in the evening session.");
    }

    @Test
    void shouldRemoveFurnitureGluedToTheLastParagraph() {
        WireStory story = parsed(fixture("glued-furniture-no-newline.txt"));

        assertThat(story.getParagraphs()).last().isEqualTo("Warehouse stocks fell to their lowest level in six months.");
    }

    @Test
    void shouldKeepAMissingSpaceAfterAClosingQuote() {
        WireStory story = parsed(fixture("glued-furniture-no-newline.txt"));

        assertThat(story.getParagraphs()).contains(
                "\"Supply is tight and buyers know it,\"a metals analyst in London said, asking not to be named.");
    }

    @Test
    void shouldKeepFurnitureWordsThatArePartOfTheStory() {
        WireStory story = parsed(fixture("furniture-words-inside.txt"));

        assertThat(story.getParagraphs()).containsExactly(
                "The library said visitors who want to read more of the archive can book a terminal online.",
                "Read more about the collection at the front desk, a sign at the entrance says.",
                "A spokeswoman said the room would open on weekdays and that she would \"Share this\" news with schools.");
    }

    @Test
    void shouldParseCrlfInputExactlyLikeLfInput() {
        String lf = new String(fixture("desk-headline-paragraphs.txt"), StandardCharsets.UTF_8);
        byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        WireStory fromLf = parsed(lf.getBytes(StandardCharsets.UTF_8));
        WireStory fromCrlf = parsed(crlf);

        assertThat(fromCrlf).isEqualTo(fromLf);
        assertThat(String.join("\n\n", fromCrlf.getParagraphs())).doesNotContain("\r");
    }

    @Test
    void shouldGiveIdenticalContentTheSameIdWhenResentLater() {
        byte[] content = fixture("desk-headline-paragraphs.txt");

        String first = parsed(content).getId();
        ParseResult resent = parser.parse(content.clone(), "resend", RECEIVED.plusSeconds(3600));

        assertThat(resent).isInstanceOfSatisfying(ParseResult.Parsed.class,
                p -> assertThat(p.story().getId()).isEqualTo(first));
    }

    @Test
    void shouldGiveDifferentContentDifferentIds() {
        String text = new String(fixture("desk-headline-paragraphs.txt"), StandardCharsets.UTF_8);
        String edited = text.replace("four-day strike", "five-day strike");

        assertThat(parsed(edited.getBytes(StandardCharsets.UTF_8)).getId())
                .isNotEqualTo(parsed(text.getBytes(StandardCharsets.UTF_8)).getId());
    }

    @Test
    void shouldTreatAFirstLineThatIsNotShortAsTheHeadline() {
        WireStory story = parsed(fixture("no-section.txt"));

        assertThat(story.getSection()).isNull();
        assertThat(story.getHeadline()).startsWith("City council approves new budget");
        assertThat(story.getParagraphs()).hasSize(2);
    }

    @Test
    void shouldTreatAShortFirstLineAsTheHeadlineWhenTheNextLineIsASentence() {
        WireStory story = parsed(utf8("Quake shakes northern island\n\nA strong earthquake shook the island on Monday.\n"));

        assertThat(story.getSection()).isNull();
        assertThat(story.getHeadline()).isEqualTo("Quake shakes northern island");
        assertThat(story.getParagraphs()).containsExactly("A strong earthquake shook the island on Monday.");
    }

    @Test
    void shouldAcceptAnAbbreviatedSectionSuchAsUS() {
        WireStory story = parsed(utf8("U.S.\n\nSenate passes spending bill\n\nThe Senate passed the bill on Friday.\n"));

        assertThat(story.getSection()).isEqualTo("U.S.");
        assertThat(story.getHeadline()).isEqualTo("Senate passes spending bill");
    }

    @Test
    void shouldTrimNoBreakSpacesAtTheEndOfAParagraph() {
        WireStory story = parsed(utf8("World\n\nTalks resume\n\nThe talks resumed on condition of anonymity.\u00A0\n"));

        assertThat(story.getParagraphs()).containsExactly("The talks resumed on condition of anonymity.");
    }

    @Test
    void shouldStripAByteOrderMark() {
        WireStory story = parsed(utf8("\uFEFFWorld\n\nTalks resume\n\nThe talks resumed.\n"));

        assertThat(story.getSection()).isEqualTo("World");
    }

    @Test
    void shouldRejectAnEmptyFile() {
        assertThat(parser.parse(new byte[0], "empty.txt", RECEIVED))
                .isEqualTo(new ParseResult.Rejected("empty input: 0 bytes"));
    }

    @Test
    void shouldRejectAWhitespaceOnlyFile() {
        assertThat(rejectionReason(utf8(" \n\r\n\t\u00A0\n"))).startsWith("blank input");
    }

    @Test
    void shouldRejectBinaryJunkThatIsNotUtf8() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

        assertThat(rejectionReason(png)).isEqualTo(
                "not valid UTF-8: malformed byte sequence at byte offset 0 (binary data or another charset?)");
    }

    @Test
    void shouldRejectLatin1TextWithTheOffsetOfTheFirstBadByte() {
        byte[] latin1 = "World\n\nCaf\u00E9 reopens\n\nIt reopened.".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(rejectionReason(latin1)).contains("byte offset 10");
    }

    @Test
    void shouldRejectControlCharactersEvenWhenTheBytesAreValidUtf8() {
        byte[] junk = {'a', 'b', 0, 0, 1, 2, 'c'};

        assertThat(rejectionReason(junk)).isEqualTo("binary content: control character U+0000 at character offset 2");
    }

    @Test
    void shouldRejectAHeadlineWithoutBody() {
        assertThat(rejectionReason(fixture("headline-only.txt")))
                .isEqualTo("no body: only a section line and a headline line were found");
        assertThat(rejectionReason(utf8("Storm warning lifted for the northern coast.\n")))
                .isEqualTo("no body: only a headline line was found");
    }

    @Test
    void shouldRejectAFileOfOnlyPageFurniture() {
        assertThat(rejectionReason(utf8("Related Articles\n\nBack to top button")))
                .isEqualTo("no story text: only page furniture");
    }

    private WireStory parsed(byte[] content) {
        ParseResult result = parser.parse(content, "test", RECEIVED);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).story();
    }

    private String rejectionReason(byte[] content) {
        ParseResult result = parser.parse(content, "test", RECEIVED);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fixture(String name) {
        try (InputStream in = ScrapedTextParserTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
