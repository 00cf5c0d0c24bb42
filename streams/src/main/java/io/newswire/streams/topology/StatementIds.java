package io.newswire.streams.topology;

import io.newswire.schemas.StoryDigest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identity of a statement: who said it and what they said, ignoring what a re-send or another
 * desk's copy changes (curly vs straight quotes, punctuation, case, whitespace).
 */
public final class StatementIds {
    private static final int ID_HEX_CHARS = 32;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StatementIds() {}

    /** The quote reduced to lower-case words separated by single spaces. */
    public static String normalise(String quote) {
        String folded = Normalizer.normalize(quote, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace("'", "")
                .toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** Stable id of a statement: the first 16 bytes of SHA-256 over speaker id and normalised quote. */
    public static String of(String speakerId, String quote) {
        String identity = speakerId + '\0' + normalise(quote);
        return StoryDigest.sha256Hex(identity.getBytes(StandardCharsets.UTF_8)).substring(0, ID_HEX_CHARS);
    }
}
