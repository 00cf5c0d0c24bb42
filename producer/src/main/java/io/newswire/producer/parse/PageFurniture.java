package io.newswire.producer.parse;

import java.util.List;
import java.util.Locale;

/**
 * Page furniture that scrapers leave after the story text: navigation and sharing widgets that
 * are not part of the copy. Only trailing lines are removed; the same words inside the story
 * are left alone.
 *
 * <p>A furniture line is recognised when the whole line equals one of {@link #PHRASES}
 * (case-insensitively, ignoring a trailing colon), or when a phrase is glued without a space
 * to the end of the preceding text, as in {@code "...said.Back to top button"}; the glued form
 * is matched case-sensitively so that ordinary words ending in the same letters are kept.
 */
final class PageFurniture {

    /** The phrases removed from the end of a story, in no particular order. */
    static final List<String> PHRASES = List.of(
            "Related Articles",
            "Related Stories",
            "Related Posts",
            "Related",
            "Back to top button",
            "Back to top",
            "Share this article",
            "Share this story",
            "Share this",
            "Share",
            "Advertisement",
            "Read more",
            "Read More",
            "Continue reading",
            "Click here to read more",
            "Leave a comment",
            "Print");

    private static final String SENTENCE_END = ".!?\"'\u201D\u2019)";

    private PageFurniture() {}

    /** Whether the whole (trimmed) line is furniture. */
    static boolean isFurnitureLine(String line) {
        String candidate = stripTrailingColon(line.strip()).toLowerCase(Locale.ROOT);
        for (String phrase : PHRASES) {
            if (candidate.equals(phrase.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line with one glued furniture phrase removed from its end, or the line unchanged when
     * it does not end with glued furniture. Glued means the phrase directly follows a
     * non-space character.
     */
    static String withoutGluedSuffix(String line) {
        for (String phrase : PHRASES) {
            int start = line.length() - phrase.length();
            if (start > 0 && line.endsWith(phrase) && isGlue(line.charAt(start - 1), phrase)) {
                return line.substring(0, start);
            }
        }
        return line;
    }

    // A multi-word phrase glued to any text is furniture; a single word ("Print", "Share") only
    // after sentence-final punctuation, so that a word such as "Blueprint" is never cut.
    private static boolean isGlue(char before, String phrase) {
        if (Character.isWhitespace(before) || Character.isSpaceChar(before)) {
            return false;
        }
        return phrase.indexOf(' ') > 0 || SENTENCE_END.indexOf(before) >= 0;
    }

    private static String stripTrailingColon(String line) {
        return line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
    }
}
