package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The word look-ups around a place name made from the text without substrings (word tables,
 * ASCII case folding) against the substring versions they replaced, kept here as the
 * specification, at every word of generated texts with honorifics, function words, mixed case,
 * full stops and non-ASCII letters (the Kelvin sign lower-cases to an ASCII "k").
 */
class PlaceContextLookupTest {
    // the word sets themselves are the product's; only the way they are looked up is compared
    private static final Set<String> HONORIFICS = PersonContext.HONORIFICS;
    private static final Set<String> CAPITALISED_FUNCTION_WORDS = PersonContext.CAPITALISED_FUNCTION_WORDS;
    private static final Set<String> SPEECH_VERBS = PersonContext.SPEECH_VERBS;
    private static final Set<String> SUFFIXES = AdminSuffix.WORDS;

    private static final List<String> WORDS = List.of("Mr", "Mr.", "mr", "Dr.", "coach", "Coach", "Michael",
            "The", "THE", "the", "President", "Jordan", "Chad", "Georgia", "said", "Said", "says", "saidx",
            "province", "Province", "PROVINCE", "provinces", "\u212Arai", "krai", "Krai", "state", "State",
            "county", "County", "Émile", "İstanbul", "Ünal", "oblast", "Sen", "Senator", "X", "a", "of",
            "Bank", "told", "tweeted", "3rd", "Aleppo", "Idlib", "emirate", "Emirate");
    private static final List<String> GAPS = List.of(" ", " ", " ", "  ", ". ", ", ", ".", "\n", " - ", "'s ");

    @Test
    void shouldFindTheSameWordsAroundPlacesAsTheSubstringLookups() {
        Random random = new Random(11);
        int personContexts = 0;
        int suffixes = 0;
        for (int n = 0; n < 4_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
                if (w + 1 < words || random.nextBoolean()) {
                    text.append(GAPS.get(random.nextInt(GAPS.size())));
                }
            }
            String s = text.toString();
            for (int start = 0; start < s.length(); start++) {
                if (start > 0 && Character.isLetter(s.charAt(start - 1)) || !Character.isLetter(s.charAt(start))) {
                    continue;
                }
                int end = start;
                while (end < s.length() && Character.isLetter(s.charAt(end))) {
                    end++;
                }
                Span span = new Span(start, end);
                boolean named = oldNamedAsPerson(s, span);
                personContexts += named ? 1 : 0;
                assertThat(PersonContext.namedAsPerson(s, span)).as("named as person: %s at %d", s, start).isEqualTo(named);
                assertThat(PersonContext.speaks(s, span)).as("speaks: %s at %d", s, start).isEqualTo(oldSpeaks(s, span));
                int suffix = oldSuffixAfter(s, end);
                suffixes += suffix > 0 ? 1 : 0;
                assertThat(AdminSuffix.after(s, end)).as("suffix: %s after %d", s, end).isEqualTo(suffix);
            }
        }
        assertThat(personContexts).as("person contexts met").isGreaterThan(500);
        assertThat(suffixes).as("suffixes met").isGreaterThan(500);
    }

    @Test
    void shouldTakeTheKelvinSignSuffixAsLowerCasingDoes() {
        String text = "Altai \u212Arai";
        assertThat(AdminSuffix.after(text, 5)).isEqualTo(oldSuffixAfter(text, 5)).isEqualTo(text.length());
    }

    private static boolean oldNamedAsPerson(String text, Span span) {
        String previous = oldPreviousWord(text, span.start());
        if (previous == null) {
            return false;
        }
        if (HONORIFICS.contains(previous)) {
            return true;
        }
        int prevStart = span.start() - 1 - previous.length();
        boolean singleSpace = prevStart >= 0 && text.charAt(span.start() - 1) == ' ';
        return singleSpace && Character.isUpperCase(previous.charAt(0))
                && previous.chars().anyMatch(Character::isLowerCase)
                && !CAPITALISED_FUNCTION_WORDS.contains(previous)
                && !oldSentenceInitial(text, prevStart);
    }

    private static boolean oldSpeaks(String text, Span span) {
        int i = span.end();
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return SPEECH_VERBS.contains(text.substring(i + 1, j));
    }

    private static String oldPreviousWord(String text, int start) {
        int end = start;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
            end--;
            if (start - end > 2) {
                return null;
            }
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin == end ? null : text.substring(begin, end);
    }

    private static boolean oldSentenceInitial(String text, int wordStart) {
        int k = wordStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?\"“”:\n".indexOf(text.charAt(k)) >= 0;
    }

    private static int oldSuffixAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLetter(text.charAt(end + 1))) {
            return -1;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        boolean wordEnds = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
        return wordEnds && SUFFIXES.contains(text.substring(end + 1, j).toLowerCase(Locale.ROOT)) ? j : -1;
    }
}
