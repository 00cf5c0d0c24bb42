package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.RECEIVED;
import static io.newswire.producer.parse.XmlFixtures.parse;
import static io.newswire.producer.parse.XmlFixtures.reason;
import static io.newswire.producer.parse.XmlFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnpaParserTest {
    private static final String HEADER = "\u0016\u0016\u0001a0412\u001Fcity\nr a\u0013\u0011 BC-Harbour-Strike   03-05 0093\n";
    private static final String TEXT = "^BC-Harbour-Strike,93<\r\n"
            + "^Dock workers end strike over night pay<\r\n"
            + "^Eds: Moves on general news services.<\r\n"
            + "^By ANNA KOWALSKA=\r\n"
            + "^Associated Press=\r\n"
            + "\t   PORTVILLE (AP) _ Dock workers returned to work on Saturday after a four-day strike. \r\n"
            + " \r\n"
            + "\t   ``The cranes are moving,'' a union official said,\r\n"
            + "adding that the backlog would clear within a week.\r\n"
            + "\t   ___\r\n"
            + "\t   \r\n";
    private static final String TRAILER = "AP-WF-03-05-16 1412GMT<\r\n\r\n\f\r\n\u0004";

    @Test
    void shouldReadHeadlineBylineAndIndentedParagraphs() {
        WireStory story = story(parse(anpa(TEXT, TRAILER)));

        assertThat(story.getFormat()).isEqualTo(AnpaParser.FORMAT);
        assertThat(story.getHeadline()).isEqualTo("Dock workers end strike over night pay");
        assertThat(story.getByline()).isEqualTo("By ANNA KOWALSKA");
        assertThat(story.getParagraphs()).containsExactly(
                "PORTVILLE (AP) _ Dock workers returned to work on Saturday after a four-day strike.",
                "``The cranes are moving,'' a union official said, adding that the backlog would clear within a week.",
                "___");
        assertThat(story.getReceivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void shouldTakeSourceAndPublishedTimeFromTheTrailer() {
        WireStory story = story(parse(anpa(TEXT, TRAILER)));

        assertThat(story.getSource()).isEqualTo("AP");
        assertThat(story.getPublishedTime()).isEqualTo("2016-03-05T14:12:00Z");
    }

    @Test
    void shouldLeaveSourceAndPublishedTimeNullWithoutADatedTrailer() {
        WireStory story = story(parse(anpa(TEXT, "\r\n\u0004")));

        assertThat(story.getSource()).isNull();
        assertThat(story.getPublishedTime()).isNull();
    }

    @Test
    void shouldGiveTheSameStoryTheSameFamilyIdWhateverTheHeader() {
        String otherHeader = "\u0016\u0016\u0001b9999\u001Fsports\nu s\u0013\u0011 BC-Other   03-06 0093\n";
        byte[] resent = bytes(otherHeader + "\u0002" + TEXT + "\u0003" + TRAILER);

        assertThat(story(parse(resent)).getId()).isEqualTo(story(parse(anpa(TEXT, TRAILER))).getId()).matches("[0-9a-f]{16}");
    }

    @Test
    void shouldRejectATransmissionWithoutEndOfText() {
        byte[] truncated = bytes(HEADER + "\u0002" + TEXT);

        assertThat(reason(parse(truncated))).isEqualTo("malformed ANPA-1312: no ETX (end of text): the transmission is truncated");
    }

    @Test
    void shouldRejectTextWithoutATabInHeadline() {
        byte[] noHeadline = anpa("^BC-Harbour-Strike,93<\n\t   Only a paragraph.\n", TRAILER);

        assertThat(reason(parse(noHeadline))).startsWith("no headline: ANPA-1312");
    }

    @Test
    void shouldSkipAKeywordLineWithoutCaret() {
        WireStory story = story(parse(anpa("BC-Harbour-Strike,93<\n^Dock workers end strike<\n\t   They are back.\n", TRAILER)));

        assertThat(story.getHeadline()).isEqualTo("Dock workers end strike");
    }

    @Test
    void shouldRejectTextWithoutBodyParagraphs() {
        byte[] noBody = anpa("^BC-Harbour-Strike,93<\n^A headline only<\n", TRAILER);

        assertThat(reason(parse(noBody))).startsWith("no text: ANPA-1312");
    }

    private static byte[] anpa(String text, String trailer) {
        return bytes(HEADER + "\u0002" + text + "\u0003" + trailer);
    }

    private static byte[] bytes(String transmission) {
        return transmission.getBytes(StandardCharsets.US_ASCII);
    }
}
