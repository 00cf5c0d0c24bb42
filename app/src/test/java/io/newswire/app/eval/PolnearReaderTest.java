package io.newswire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.tagger.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearReaderTest {
    private static final Path DIR = Path.of("src/test/resources/io/newswire/app/eval/polnear");

    @Test
    void shouldKeepOnlyAttributionsWhoseContentHoldsOrTouchesAQuoteMark() throws IOException {
        Path txt = DIR.resolve("text/sample_2016-10-01_test.txt");
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Path ann = PolnearEval.annotationOf(DIR.resolve("attributions"), txt).orElseThrow();

        List<QuoteGold> quotes = PolnearReader.quotes(text, BratDocument.parse(Files.readString(ann), text));

        assertThat(quotes).extracting(q -> text.substring(q.content().start(), q.content().end()))
                .containsExactly("\u201CWe will win,\u201D", "No,");
        assertThat(quotes).extracting(q -> text.substring(q.source().get(0).start(), q.source().get(0).end()))
                .containsExactly("Trump", "a spokesman");
    }

    @Test
    void shouldConvertCodePointOffsetsToJavaIndicesAndReadDiscontinuousSpans() {
        String text = "\uD83D\uDE00 Obama said \"Yes\" and \"No\"";
        // code points: the emoji is 1, so "Obama" is 2..7 in brat but 3..8 in Java
        String ann = "T1\tSource 2 7\tObama\nT2\tContent 13 18;23 27\t\"Yes\" \"No\"\nT3\tCue 8 12\tsaid\n"
                + "E1\tAttribution:T3 Source:T1 Content:T2 Cue:T3\n#1\tAnnotatorNotes T1\tnote\n";

        BratDocument doc = BratDocument.parse(ann, text);

        assertThat(doc.textBound("T1").fragments()).containsExactly(new Span(3, 8));
        assertThat(doc.textBound("T2").fragments()).containsExactly(new Span(14, 19), new Span(24, 28));
        assertThat(doc.events().get(0).argument("Source")).isEqualTo("T1");
        assertThat(PolnearReader.quotes(text, doc)).hasSize(2);
    }
}
