package io.newswire.tagger;

import java.util.regex.Pattern;

/**
 * Finds the headline inside a text that was sent without one, as scraped pages and plain copy
 * are: the text opens with short lines (a section line such as "Middle East", then the headline)
 * each followed by a blank line, before the first paragraph. The last such line is the headline.
 * It only serves as headline evidence (focus); offsets still index the whole text.
 */
final class LeadingHeadline {
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 20;
    private static final int MAX_LINES = 3;

    private LeadingHeadline() {}

    /** The headline at the top of {@code text}, or null when the text opens with a paragraph. */
    static String find(String text) {
        String headline = null;
        int pos = 0;
        for (int lines = 0; lines < MAX_LINES; lines++) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            int end = text.indexOf('\n', pos);
            if (end < 0 || !text.startsWith("\n", end + 1) && !text.startsWith("\r\n", end + 1)) {
                break;
            }
            String line = text.substring(pos, end).strip();
            if (!looksLikeHeading(line)) {
                break;
            }
            headline = line;
            pos = end + 1;
        }
        return headline;
    }

    private static boolean looksLikeHeading(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"' || last == '\u201d') {
            return false;
        }
        return SPACES.split(line).length <= MAX_WORDS;
    }
}
