package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AsciiChunks} read from a text's bytes agrees with the chunks made from its folded characters. */
class AsciiChunksTest {
    private static final String WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Test
    void shouldReadTheSameChunkFromBytesAsFromFoldedCharacters() {
        Random random = new Random(42);
        for (int t = 0; t < 20_000; t++) {
            int length = 1 + random.nextInt(AsciiChunks.SIZE);
            StringBuilder text = new StringBuilder(" ");
            for (int k = 0; k < length; k++) {
                text.append(WORD_CHARACTERS.charAt(random.nextInt(WORD_CHARACTERS.length())));
            }
            text.append(random.nextBoolean() ? " and more" : "xxxxxxxxx"); // what follows is never read
            byte[] latin1 = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            char[] folded = new char[length];
            for (int k = 0; k < length; k++) {
                folded[k] = NameMatcher.fold(text.charAt(1 + k));
            }
            assertThat(AsciiChunks.chunk(latin1, 1, length)).as(text.toString()).isEqualTo(AsciiChunks.chunkOf(folded, 0))
                    .isNotEqualTo(AsciiChunks.NO_CHUNK);
        }
    }

    @Test
    void shouldGiveNoChunkForAByteThatIsNotAsciiOrIsAQuestionMark() {
        for (String word : new String[] {"caf\u00e9", "\u00c9cole", "K?ln", "?", "abcdefg\u00ff"}) {
            byte[] latin1 = (word + "        ").getBytes(StandardCharsets.ISO_8859_1);
            assertThat(AsciiChunks.chunk(latin1, 0, word.length())).as(word).isEqualTo(AsciiChunks.NO_CHUNK);
        }
    }

    @Test
    void shouldIgnoreTheBytesAfterTheWord() {
        byte[] one = "Kabul, Afghanistan".getBytes(StandardCharsets.ISO_8859_1);
        byte[] other = "KABUL\u00e9\u00e9\u00e9?".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(AsciiChunks.chunk(one, 0, 5)).isEqualTo(AsciiChunks.chunk(other, 0, 5))
                .isEqualTo(AsciiChunks.chunkOf("kabul".toCharArray(), 0));
    }

    @Test
    void shouldSplitLongerWordsIntoChunksOfEight() {
        char[] word = "kyrgyzstani".toCharArray();
        assertThat(AsciiChunks.count(word.length)).isEqualTo(2);
        assertThat(AsciiChunks.chunkOf(word, 1)).isEqualTo(AsciiChunks.chunkOf("ani".toCharArray(), 0));
        assertThat(AsciiChunks.count(8)).isEqualTo(1);
        assertThat(AsciiChunks.count(9)).isEqualTo(2);
    }
}
