package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of the statement half agree with the regexes they replace, on
 * texts glued at random from fragments chosen to hit their edges: look-behinds, word
 * boundaries before digits, underscores, combining marks and surrogate pairs, non-ASCII case.
 */
class HandScannerEquivalenceTest {
    private static final int TEXTS = 20_000;
    private static final String[] PIECES = {
        " ", "  ", ".", ",", ";", ":", "-", " - ", "\n", "\t", "\"", "\u201C", "\u201D", "\u2014", "\u2013", "(",
        ")", "_", "2", "x", "A", "Kirby", "Mr", "Mrs", "Dr", "St", "Prof", "Rev", "K", "1.", "e.", "! ", "? ", "Mr. ", "St. ", ". - ", "? - ", "although", "whereas", "when", "\u00E9", "\u0301", "\u00A0", "\uD835\uDC00", "\u0130",
        "\u212A", "\u017F", "said", "Said", "says", "told", "tell", "tells", "asked", "adding", "saying",
        "according", "According", "according to", "to", "and", "AND", "but", "who", "whose", "as", "so", "or",
        "reporters", "told saidX", "told Reporters2said", "told reporters said", "the", "a", "an", "another", "theater", "AP", "New York", "O'Brien", "R&D", "Al-Jazeera", "during", "this", "the  ", "Newswire", "official", "officials", "minister", "Minister", "general", "General", "gen.",
        "attorney general", "prime minister", "sen.", "Sen.", "M\u0130NISTER", "\u212Aing", "ministry", "Generals", "ministeres", "US", "U.S.", "U.K..", "British", "Syrian", "UKrainian", "a", "U", "\uD801\uDC00", "\uD83D\uDE00", "\uDC00", "\u0660", "State Department", "white house", "king", "es", "s",
    };

    static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void shouldFindTheSameCuesAsTheCuePatternTriedAtEveryCharacter() {
        Random random = new Random(7);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            List<Cue> all = new CueFinder().find(text, from, to);
            assertThat(verbsOf(all)).as("%s [%d, %d)", text, from, to).isEqualTo(regexCues(text, from, to));
            assertThat(new CueFinder().first(text, from, to)).as("first in %s [%d, %d)", text, from, to)
                    .isEqualTo(all.isEmpty() ? null : all.get(0));
        }
    }

    @Test
    void shouldEndTheSourceWindowWhereTheBoundaryPatternLastMatches() {
        Random random = new Random(11);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            int floor = random.nextInt(text.length() + 1);
            int right = floor + random.nextInt(text.length() - floor + 1);
            assertThat(SourceBoundary.lastEnd(text, floor, right)).as("%s [%d, %d)", text, floor, right)
                    .isEqualTo(regexLastEnd(text.substring(floor, right)) + floor);
        }
    }

    /** The last end of the boundary pattern in the window, as the old region scan found it. */
    private static int regexLastEnd(String window) {
        Matcher m = SourceBoundary.PATTERN.matcher(window).useTransparentBounds(true);
        int last = 0;
        int at = 0;
        while (at < window.length()) {
            if (m.region(at, window.length()).lookingAt()) {
                last = m.end();
                at = Math.max(m.end(), at + 1);
            } else {
                at++;
            }
        }
        return last;
    }

    @Test
    void shouldFindAnOfficialRoleWhereTheRolePatternFindsOne() {
        Lexicon lexicon = Lexicon.loadDefault();
        Random random = new Random(13);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            assertThat(lexicon.isOfficial(text)).as(text)
                    .isEqualTo(lexicon.officialRolePattern().matcher(text).find());
        }
    }

    @Test
    void shouldFindTheFirstNationalityAsTheTokenPatternDoes() {
        Lexicon lexicon = Lexicon.loadDefault();
        Random random = new Random(17);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            assertThat(lexicon.countryOf(text)).as(text).isEqualTo(regexCountry(lexicon, text));
        }
    }

    @Test
    void shouldPrefilterNoNameBeforeAPrepositionThatThePatternTakes() {
        String[] pieces = {"Cameron", "Easley", "of", "for", "at", "from", "with", "in", "into", "Morning", "Consult",
            "\u00C9mile", "\u00E9", "x", "O'Brien", "Al-Jazeera", "\u212A", "\uD835\uDC00", "U.S.", ",", "the"};
        String[] gaps = {" ", " ", " ", "  ", "\t", "\n", "", "\u00A0"};
        Random random = new Random(19);
        int matched = 0;
        for (int t = 0; t < TEXTS; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = b.toString();
            if (SpeakerResolver.NAME_THEN_PREPOSITION.matcher(text).lookingAt()) {
                matched++;
                assertThat(SpeakerResolver.mayNameThenPreposition(text)).as(text).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void shouldNumberTheDescriptionGroupsAsTheirNames() {
        for (String text : List.of("two senior US officials", "a spokeswoman", "The official", "diplomats",
                "three witnesses familiar with the matter", "people close to the talks", "an adviser")) {
            Matcher m = AnonymousSources.DESCRIPTION.matcher(text);
            assertThat(m.lookingAt()).as(text).isTrue();
            assertThat(m.group(AnonymousSources.DET_GROUP)).as(text).isEqualTo(m.group("det"));
            assertThat(m.group(AnonymousSources.HEAD_GROUP)).as(text).isEqualTo(m.group("head")).isNotNull();
            assertThat(m.group(AnonymousSources.PLURAL_GROUP)).as(text).isEqualTo(m.group("plural"));
        }
        assertThat(AnonymousSources.DESCRIPTION.matcher("").groupCount()).isEqualTo(AnonymousSources.PLURAL_GROUP);
    }

    @Test
    void shouldSlugAsTheDropPatternDoes() {
        Random random = new Random(19);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            assertThat(AnonymousSources.slug(text)).as(text).isEqualTo(AnonymousSources.slugByPattern(text));
        }
    }

    private static String regexCountry(Lexicon lexicon, String text) {
        Matcher m = Lexicon.tokenPattern().matcher(text);
        while (m.find()) {
            String code = lexicon.nationalities().get(m.group());
            if (code == null && m.group().endsWith(".")) {
                code = lexicon.nationalities().get(m.group().substring(0, m.group().length() - 1));
            }
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    @Test
    void shouldMatchTheForwardEndPatternWhereItsRegionFindsIt() {
        Random random = new Random(23);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            if (!SourceBoundary.isPlain(text, from, to)) {
                continue;
            }
            // the region's opaque bounds: a copy of it, seen whole by look-arounds from each position
            Matcher m = SourceLocator.FORWARD_END.matcher(text.substring(from, to)).useTransparentBounds(true);
            for (int at = from; at < to; at++) {
                int expected = m.region(at - from, to - from).lookingAt() ? m.end() + from : -1;
                assertThat(SourceBoundary.forwardMatchAt(text, from, at, to)).as("%s [%d, %d) at %d", text, from, to, at)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldTakeTheObjectOfTellingAsTheObjectPatternDoes() {
        Random random = new Random(29);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher m = CueObject.PATTERN.matcher(text).region(from, to);
            Span expected = m.lookingAt() ? new Span(m.start(1), m.end(1)) : null;
            assertThat(CueObject.after(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(expected);
        }
    }

    @Test
    void shouldOpenAnInvertedSourceWhereTheStartPatternMatches() {
        Random random = new Random(31);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random) + (random.nextBoolean() ? "" : PRONOUN_PIECES[random.nextInt(PRONOUN_PIECES.length)] + randomText(random));
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher m = SourceLocator.INVERTED_START.matcher(text).region(from, to);
            int expected = !m.lookingAt() ? SourceLocator.NOT_NOUN_LIKE
                    : m.group("pronoun") != null ? m.end("pronoun") : SourceLocator.NOUN_LIKE;
            assertThat(SourceLocator.invertedStart(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(expected);
        }
    }

    @Test
    void shouldOpenAnAppositiveWhereTheAppositivePatternMatches() {
        Random random = new Random(37);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            boolean expected = SourceLocator.APPOSITIVE_START.matcher(text).region(from, to).lookingAt();
            assertThat(SourceLocator.appositiveStartAt(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(expected);
        }
    }

    @Test
    void shouldStripAndLowerTheLeadingDeterminerAsItsPatternDoes() {
        Random random = new Random(41);
        String[] ends = {"", " ", "\n", "\u0085", "\u2028", "\r\n", "\u00A0", "x"};
        for (int t = 0; t < TEXTS; t++) {
            String text = PRONOUN_PIECES[random.nextInt(PRONOUN_PIECES.length)] + ends[random.nextInt(ends.length)]
                    + (random.nextBoolean() ? "" : randomText(random));
            Matcher m = SpeakerResolver.LEADING_DETERMINER.matcher(text);
            assertThat(SpeakerResolver.determinerEnd(text)).as("%s", text).isEqualTo(m.lookingAt() ? m.end() : -1);
            assertThat(SpeakerResolver.stripDeterminer(text)).as("%s", text)
                    .isEqualTo(SpeakerResolver.LEADING_DETERMINER.matcher(text).replaceFirst(""));
        }
    }

    /** Pronouns, words and numbers that open inverted sources, with look-alikes. */
    private static final String[] PRONOUN_PIECES = {"he", "He", "HE", "she", "She", "they", "THEY", "we", "We", "hex",
        "he_", "he2", "he\u0301", "\u017Fhe", "the", "The", "an", "another", "officials", "Officials", "police", "2",
        "\u0660", "\u2160", "\u00BD", "\uD835\uDC00", "\uD835", "\u00C9", "\u00E9", "spokesman", "Minister ",
        "the chief", "Her", "his,", "data\u00E9", "a", "A", "An", "ANOTHER", "One", "several", "Some", "many",
        "other", "others", "theA", "\u212Aing", "two-", "five_"};

    private static List<String> verbsOf(List<Cue> cues) {
        List<String> out = new ArrayList<>();
        for (Cue c : cues) {
            out.add(c.verb().start() + "-" + c.verb().end() + " " + c.kind());
        }
        return out;
    }

    /** The cue verbs as the pattern finds them, at every position and with transparent bounds. */
    private static List<String> regexCues(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = CueFinder.CUE.matcher(text).useTransparentBounds(true);
        for (int at = from; at < to; at++) {
            if (m.region(at, to).lookingAt()) {
                Cue.Kind kind = m.group("after") != null ? Cue.Kind.SOURCE_AFTER
                        : m.group("part") != null ? Cue.Kind.PARTICIPLE : Cue.Kind.VERB;
                out.add(m.start() + "-" + m.end() + " " + kind);
                at = m.end() - 1;
            }
        }
        return out;
    }
}
