package io.newswire.tagger;

import java.util.Set;

/**
 * Tells whether a place name that is also a person name ("Jordan", "Chad", "Georgia") is used
 * as a person at a given position: after an honorific ("Mr. Jordan"), after a given name
 * ("Michael Jordan"), or as the subject of a speech verb ("Jordan said").
 */
final class PersonContext {
    static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sen",
            "Senator", "Rep", "Gov", "Gen", "Col", "Capt", "Prof", "Judge", "Sir", "Lady", "Lord",
            "coach", "striker", "forward", "guard", "quarterback", "actor", "actress", "singer");
    static final Set<String> CAPITALISED_FUNCTION_WORDS = Set.of("The", "In", "On", "At",
            "From", "To", "And", "But", "Of", "For", "With", "By", "As", "If", "When", "While",
            "After", "Before", "Since", "Both", "Neither", "Either", "Including", "Visiting",
            "Neighbouring", "Neighboring", "Southern", "Northern", "Eastern", "Western", "Central",
            "King", "Queen", "Kingdom", "Republic", "Emir", "President", "Prime", "Minister");
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added",
            "tweeted", "wrote", "scored", "argued", "insisted", "recalled");
    /** The word sets looked up straight from the text: every person-like place name is tested. */
    private static final WordTable HONORIFIC_TABLE = new WordTable(HONORIFICS);
    private static final WordTable FUNCTION_WORD_TABLE = new WordTable(CAPITALISED_FUNCTION_WORDS);
    private static final WordTable SPEECH_VERB_TABLE = new WordTable(SPEECH_VERBS);

    private PersonContext() {}

    /** Honorific or given name directly before: a strong person reading. */
    static boolean namedAsPerson(String text, Span span) {
        int end = previousWordEnd(text, span.start());
        if (end < 0) {
            return false;
        }
        int begin = wordStart(text, end);
        if (begin == end) {
            return false;
        }
        if (HONORIFIC_TABLE.contains(text, begin, end)) {
            return true;
        }
        int prevStart = span.start() - 1 - (end - begin);
        boolean singleSpace = prevStart >= 0 && text.charAt(span.start() - 1) == ' ';
        return singleSpace && Character.isUpperCase(text.charAt(begin))
                && hasLowerCase(text, begin, end)
                && !FUNCTION_WORD_TABLE.contains(text, begin, end)
                && !sentenceInitial(text, prevStart);
    }

    /** "Jordan said": a person reading unless the story has other evidence for the country. */
    static boolean speaks(String text, Span span) {
        int i = span.end();
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return SPEECH_VERB_TABLE.contains(text, i + 1, j);
    }

    /**
     * The end of the word before {@code start}, past at most two spaces or full stops, or -1
     * when more stand between. The word, from {@link #wordStart}, may be empty.
     */
    private static int previousWordEnd(String text, int start) {
        int end = start;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
            end--;
            if (start - end > 2) {
                return -1;
            }
        }
        return end;
    }

    private static int wordStart(String text, int end) {
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin;
    }

    /** {@code text.substring(from, to).chars().anyMatch(Character::isLowerCase)}. */
    private static boolean hasLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase((int) text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceInitial(String text, int wordStart) {
        int k = wordStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?\"“”:\n".indexOf(text.charAt(k)) >= 0;
    }
}
