package io.newswire.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void shouldChooseTheScrapedTextParserForPlainText() {
        byte[] text = "World\n\nTalks resume\n\nThe talks resumed.".getBytes(StandardCharsets.UTF_8);

        assertThat(Parsers.forContent(text)).isInstanceOf(ScrapedTextParser.class);
    }

    @Test
    void shouldStillChooseAParserForContentNoParserUnderstands() {
        assertThat(Parsers.forContent(new byte[] {0, 1, 2})).isNotNull();
    }
}
