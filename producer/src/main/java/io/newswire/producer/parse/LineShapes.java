package io.newswire.producer.parse;

import java.util.regex.Pattern;

/** Heuristics on single lines of scraped text: what a section line and a headline look like. */
final class LineShapes {
    private static final int MAX_SECTION_WORDS = 6;
    private static final int MAX_SECTION_CHARS = 40;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final Pattern WORD_SEPARATOR = Pattern.compile("\\s+");
    // "U.S." or "U.K." end with a period but are not sentences.
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");

    private LineShapes() {}

    /** Short, a few words, no sentence punctuation: a desk name such as "Middle East" or "U.S.". */
    static boolean looksLikeSection(String line) {
        return line.length() <= MAX_SECTION_CHARS
                && words(line) <= MAX_SECTION_WORDS
                && !containsAny(line, "!?;:,\"\u201C\u201D")
                && !line.contains(". ")
                && !endsLikeSentence(line);
    }

    /** Not a long sentence ending in a full stop. */
    static boolean looksLikeHeadline(String line) {
        return words(line) <= MAX_HEADLINE_WORDS && !endsLikeSentence(line);
    }

    private static boolean endsLikeSentence(String line) {
        return line.endsWith(".") && !TRAILING_ABBREVIATION.matcher(line).find();
    }

    private static int words(String line) {
        return WORD_SEPARATOR.split(line).length;
    }

    private static boolean containsAny(String line, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (line.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Strips whitespace at both ends, including no-break and other Unicode spaces. */
    static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
