package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyParagraphsTest {

    @Test
    void shouldEndAParagraphAtEveryBlockElement() {
        assertThat(BodyParagraphs.fromHtml("<section><h2>Title</h2><p>One.</p><div>Two <i>and</i> a half.</div></section>"))
                .containsExactly("Title", "One.", "Two and a half.");
    }

    @Test
    void shouldSplitOnADoubleBreakButJoinLinesAtASingleOne() {
        assertThat(BodyParagraphs.fromHtml("First line<br>same paragraph.<br/><br/>Second paragraph."))
                .containsExactly("First line same paragraph.", "Second paragraph.");
    }

    @Test
    void shouldRepairBrokenMarkupAndDecodeEntities() {
        assertThat(BodyParagraphs.fromHtml("<p>Caf&eacute; &amp; bar</ br> open<p>Unclosed &#8212; fine"))
                .containsExactly("Café & bar open", "Unclosed — fine");
    }

    @Test
    void shouldDropScriptsStylesAndEmptyBlocks() {
        assertThat(BodyParagraphs.fromHtml("<style>p{}</style><p> </p><p>Kept.</p><script>alert(1)</script><p>&nbsp;</p>"))
                .containsExactly("Kept.");
    }

    @Test
    void shouldSplitPlainTextOnBlankLinesAndJoinWrappedLines() {
        assertThat(BodyParagraphs.fromPlainText("One wrapped\nline.\r\n\r\nTwo.\n  \nThree."))
                .containsExactly("One wrapped line.", "Two.", "Three.");
    }

    @Test
    void shouldTreatEachLineAsAParagraphWhenPlainTextHasNoBlankLines() {
        assertThat(BodyParagraphs.fromPlainText("One.\nTwo.\n")).containsExactly("One.", "Two.");
    }

    @Test
    void shouldSniffMarkupWhenTheTypeIsUnknown() {
        assertThat(BodyParagraphs.fromTextOrHtml("<p>a</p><p>b</p>")).containsExactly("a", "b");
        assertThat(BodyParagraphs.fromTextOrHtml("a < b\n\nc")).containsExactly("a < b", "c");
    }

    @Test
    void shouldStripMarkupFromInlineText() {
        assertThat(BodyParagraphs.inline("Strike <em>ends</em>\n now")).isEqualTo("Strike ends now");
        assertThat(BodyParagraphs.inline("  ")).isNull();
    }
}
