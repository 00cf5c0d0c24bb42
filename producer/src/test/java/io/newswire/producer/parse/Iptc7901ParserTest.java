package io.newswire.producer.parse;

import static io.newswire.producer.parse.XmlFixtures.parse;
import static io.newswire.producer.parse.XmlFixtures.reason;
import static io.newswire.producer.parse.XmlFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schemas.WireStory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Iptc7901ParserTest {
    private static final String HEADER = "\u0001xyz105 3 p 120 ccccb   xyz 105\r\n\r\nAustria-politics/Vienna/\r\n";
    private static final String TEXT = "2ND LEAD\r\n"
            + "Vienna council approves budget after\r\n"
            + "night-long session\r\n"
            + "By Lena Gruber, xyz =\r\n"
            + "\r\n"
            + "   Vienna (xyz) - The city council approved the budget on\r\n"
            + "Thursday after a night-long session.\r\n"
            + "\r\n"
            + "   The opposition voted against it.\r\n"
            + "\r\n"
            + "# xyz NOTEBOOK\r\n"
            + "* * * *\r\n"
            + "The following information is not for publication\r\n"
            + "- Reporting by: Lena Gruber\r\n"
            + "\r\n";
    private static final String TRAILER = "051230 GMT Mar 05 \r\n\u007F\r\n\u007F\u0004";

    @Test
    void shouldReadHeadlineBylineAndParagraphsUpToTheNotebook() {
        WireStory story = story(parse(iptc7901(TEXT, StandardCharsets.US_ASCII)));

        assertThat(story.getFormat()).isEqualTo(Iptc7901Parser.FORMAT);
        assertThat(story.getHeadline()).isEqualTo("Vienna council approves budget after night-long session");
        assertThat(story.getByline()).isEqualTo("By Lena Gruber, xyz");
        assertThat(story.getParagraphs()).containsExactly(
                "Vienna (xyz) - The city council approved the budget on Thursday after a night-long session.",
                "The opposition voted against it.");
    }

    @Test
    void shouldTakeUrgencyFromThePriorityAndKeywordsFromTheKeywordLine() {
        WireStory story = story(parse(iptc7901(TEXT, StandardCharsets.US_ASCII)));

        assertThat(story.getUrgency()).isEqualTo(3);
        assertThat(story.getKeywords()).containsExactly("Austria-politics", "Vienna");
        assertThat(story.getPublishedTime()).as("the trailer has no year").isNull();
    }

    @Test
    void shouldTakeTheFirstLineAsHeadlineWhenNoLineEndsTheHeading() {
        WireStory story = story(parse(iptc7901("Budget approved\r\n\r\nThe council approved it.\r\n", StandardCharsets.US_ASCII)));

        assertThat(story.getHeadline()).isEqualTo("Budget approved");
        assertThat(story.getParagraphs()).containsExactly("The council approved it.");
    }

    @Test
    void shouldDecodeUtf8AndFallBackToWindows1252() {
        String text = "Wien: Bürgermeister lädt ein =\r\n\r\nDer Bürgermeister sagte: \u201EJa.\u201C\r\n";

        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252")}) {
            WireStory story = story(parse(iptc7901(text, charset)));
            assertThat(story.getHeadline()).as(charset.name()).isEqualTo("Wien: Bürgermeister lädt ein");
            assertThat(story.getParagraphs()).as(charset.name()).containsExactly("Der Bürgermeister sagte: \u201EJa.\u201C");
        }
    }

    @Test
    void shouldRejectATransmissionWithoutStartOfText() {
        byte[] headerOnly = (HEADER + TEXT).getBytes(StandardCharsets.US_ASCII);

        assertThat(reason(parse(headerOnly))).isEqualTo("malformed IPTC 7901: no STX (start of text) after the header");
    }

    @Test
    void shouldRejectAHeadingWithoutBody() {
        assertThat(reason(parse(iptc7901("Budget approved =\r\n\r\n# NOTEBOOK\r\n", StandardCharsets.US_ASCII))))
                .startsWith("no text: IPTC 7901");
    }

    private static byte[] iptc7901(String text, Charset charset) {
        return (HEADER + "\u0002" + text + "\u0003" + TRAILER).getBytes(charset);
    }
}
