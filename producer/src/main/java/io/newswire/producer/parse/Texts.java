package io.newswire.producer.parse;

import java.util.List;
import java.util.regex.Pattern;

/** Whitespace normalisation for text taken out of markup. */
final class Texts {
    // Unicode spaces too: agencies use no-break spaces (U+00A0) and narrow ones (U+202F) freely.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\p{Z}]*\\n");

    private Texts() {}

    /** Runs of whitespace collapsed to one space, trimmed. */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** {@link #collapse collapsed} text, or null when null or blank. */
    static String orNull(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = collapse(text);
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** The text split at blank lines, each part collapsed; blank parts dropped. */
    static List<String> blankLineSeparated(String text) {
        return BLANK_LINE.splitAsStream(text.replace("\r\n", "\n").replace('\r', '\n'))
                .map(Texts::collapse)
                .filter(part -> !part.isEmpty())
                .toList();
    }
}
