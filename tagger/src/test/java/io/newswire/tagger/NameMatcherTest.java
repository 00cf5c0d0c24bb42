package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameMatcher#findAll} against a plain specification: at every word start, try every
 * name; keep the longest that folds equal to the text, ends at a word boundary and whose
 * capitals (all characters for an abbreviation) the text repeats. The matcher's shortcuts (the
 * lower-case start filter, the table of first words, reading the text eight bytes at a time, chain nodes) must
 * not change a match: the names include first words that are prefixes of others ("Ne", "New",
 * "Newark") and the texts words that are prefixes of first words.
 */
class NameMatcherTest {
    private static final List<NameEntry> NAMES = List.of(
            place("US", NameEntry.Kind.COUNTRY, "US"),
            place("U.S.", NameEntry.Kind.COUNTRY, "US"),
            place("New York", NameEntry.Kind.CITY, "US"),
            place("New York City", NameEntry.Kind.CITY, "US"),
            place("York", NameEntry.Kind.CITY, "GB"),
            place("York", NameEntry.Kind.CITY, "US"),
            place("the Netherlands", NameEntry.Kind.COUNTRY, "NL"),
            place("the Hague", NameEntry.Kind.CITY, "NL"),
            place("São Paulo", NameEntry.Kind.CITY, "BR"),
            place("Ñuñoa", NameEntry.Kind.CITY, "CL"),
            place("Köln", NameEntry.Kind.CITY, "DE"),
            place("A", NameEntry.Kind.CITY, "NO"),
            place("Aa", NameEntry.Kind.CITY, "DK"),
            place("1 Mai", NameEntry.Kind.CITY, "RO"),
            place("'s-Hertogenbosch", NameEntry.Kind.CITY, "NL"),
            place("Guinea-Bissau", NameEntry.Kind.COUNTRY, "GW"),
            place("Guinea", NameEntry.Kind.COUNTRY, "GN"),
            place("NATO", NameEntry.Kind.MACRO_REGION, "nato"),
            place("McAllen", NameEntry.Kind.CITY, "US"),
            place("Newark", NameEntry.Kind.CITY, "US"),
            place("Ne Win", NameEntry.Kind.CITY, "MM"),
            place("New-Town", NameEntry.Kind.CITY, "GB"),
            place("Pakistan", NameEntry.Kind.COUNTRY, "PK"),
            place("Kyrgyzstan", NameEntry.Kind.COUNTRY, "KG"),
            place("Organization of American States", NameEntry.Kind.MACRO_REGION, "oas"),
            place("\u0141\u00f3d\u017a", NameEntry.Kind.CITY, "PL"),
            place("Kiev", NameEntry.Kind.CITY, "UA"),
            NameEntry.actorAlias("a\u1e63 \u1e62adr", List.of("sadr")),
            NameEntry.actorAlias("\u00fcber Alles", List.of("uber")),
            // uncapitalised, a first word ASCII for its first eight characters only: the start filter reads eight
            place("abcdefgh\u00e9 Town", NameEntry.Kind.CITY, "FR"),
            NameEntry.actorAlias("presidente\u00e9 Lula", List.of("lula")),
            NameEntry.actorAlias("al Qaeda", List.of("al-qaeda")),
            NameEntry.actorAlias("{president} Putin", List.of("putin")),
            NameEntry.actorAlias("Putin", List.of("putin")));

    private static NameEntry place(String name, NameEntry.Kind kind, String code) {
        return new NameEntry(name, kind, List.of(code), false);
    }

    @Test
    void shouldFindTheLongestNameAtEachWordStartAsTheSpecificationDoes() {
        NameMatcher matcher = new NameMatcher(NAMES);
        String[] texts = {
            "New York City and York, not NewYork; the U.S. and US troops, us and Us.",
            "NATO, Nato and nato; president Putin met President Putin in São Paulo and SÃO PAULO.",
            "Ñuñoa, ñuñoa, Köln; A and a, Aa and AA; 1 Mai; the Netherlands and The Netherlands.",
            "Guinea-Bissau, Guinea, Guinea-Conakry; 's-Hertogenbosch; McAllen and Mcallen; al Qaeda.",
            "U.S.A, U.S.Army, York's mayor, New  York, New York\u2019s, the Hague\u2013the Netherlands",
            "A", "Aa", "New York", "US", "x", "", " ", "NewYork City York",
            "Ne Win, Ne, Newa, Newark, NEWARK, New-Town, New Town, Newark-on-Trent, Ne Winston, NeWin",
            "We went to abcdefgh\u00e9 Town; presidente\u00e9 Lula met Presidente\u00e9 Lula and presidente Lula.",
        };
        for (String text : texts) {
            assertThat(render(matcher.findAll(text))).as(text).isEqualTo(render(specification(text)));
        }
    }

    @Test
    void shouldMatchTheSpecificationOnRandomTextsMadeOfNamePieces() {
        NameMatcher matcher = new NameMatcher(NAMES);
        String[] pieces = {"New", "new", "York", "YORK", "City", "US", "U.S.", "us", "the", "The", "Netherlands",
            "Hague", "São", "Paulo", "Ñuñoa", "Köln", "A", "a", "Aa", "1", "Mai", "'s", "-", "Hertogenbosch",
            "Guinea", "Bissau", "NATO", "McAllen", "al", "Qaeda", "president", "Putin", " ", " ", " ", ", ",
            ".", "\u2019", "\u2013", "x", "Yorkshire", "Ne", "Win", "Newa", "Newark", "Town", "NEW",
            // first words of nine or more characters, not ASCII or not ISO-8859-1, the Kelvin sign (folds to k), an emoji
            "Pakistan", "Pakistani", "Kyrgyzstan", "KYRGYZSTAN", "Organization", "of", "American", "States",
            "\u0141\u00f3d\u017a", "\u0142\u00f3d\u017a", "\u212aiev", "Kiev", "a\u1e63", "\u1e62adr", "\u00fcber", "Alles",
            "\u00dcber", "?", "\ud83d\ude00", "abcdefgh\u00e9", "abcdefgh", "presidente\u00e9", "presidente", "Lula"};
        Random random = new Random(20160805);
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            // every third text runs over one or more 64-character words of the bit sets
            for (int k = t % 3 == 0 ? 30 + random.nextInt(60) : random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(render(matcher.findAll(s))).as(s).isEqualTo(render(specification(s)));
        }
    }

    /** The first-word filter relies on this: a name's first word is the text's word only if folding keeps word characters. */
    @Test
    void shouldKeepEveryCharacterALetterOrDigitOrNotWhenFolding() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Chars.isLetterOrDigit(NameMatcher.fold(c))).as("U+%04X", (int) c).isEqualTo(Chars.isLetterOrDigit(c));
        }
    }

    @Test
    void shouldGiveTheLetterOrDigitBitOfEveryCharacterWhateverTheTextHolds() {
        String[] texts = {"", "a", "Hello, world! 42 times?", "caf\u00e9 \u00bfqu\u00e9? \u201cquoted\u201d \u0142\u00f3d\u017a",
            "emoji \ud83d\ude00 then words", "\ud83d\ude00\ud83d\ude00 x", "lone \ud83d surrogate?", "?".repeat(70),
            "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f\u0080\u00aa\u00b5\u00ba\u00c0\u00d7\u00f7\u00ff"};
        Random random = new Random(7);
        List<String> all = new ArrayList<>(List.of(texts));
        for (int t = 0; t < 500; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(150); k > 0; k--) {
                int pick = random.nextInt(10);
                text.append(pick < 7 ? (char) random.nextInt(0x80) : pick < 9 ? (char) random.nextInt(0x180) : (char) random.nextInt(0x10000));
            }
            all.add(text.toString());
        }
        for (String text : all) {
            WordBits bits = WordBits.of(text);
            assertThat(bits.words()).hasSize((text.length() + 63) / 64);
            if (text.codePoints().count() < text.length()) { // a character beyond U+FFFF: bytes would not be aligned
                assertThat(bits.latin1()).as("bytes of %s", text).isNull();
            } else {
                assertThat(bits.latin1()).as("bytes of %s", text).hasSize(text.length());
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    assertThat((char) (bits.latin1()[k] & 0xFF)).as("byte %s at %d", text, k).isEqualTo(c <= 0xFF ? c : '?');
                }
            }
            for (int k = 0; k < 64 * bits.words().length; k++) {
                boolean inText = k < text.length();
                char c = inText ? text.charAt(k) : 0;
                assertThat(isSet(bits.words(), k)).as("word %s at %d", text, k)
                        .isEqualTo(inText && Chars.isLetterOrDigit(c));
                assertThat(isSet(bits.capitals(), k)).as("capital %s at %d", text, k)
                        .isEqualTo(inText && c >= 'A' && c <= 'Z');
                assertThat(isSet(bits.digits(), k)).as("digit %s at %d", text, k)
                        .isEqualTo(inText && Chars.isLetterOrDigit(c) && !Character.isLetter(c));
            }
        }
    }

    private static boolean isSet(long[] bits, int k) {
        return (bits[k >>> 6] >>> k & 1) == 1;
    }

    /** The specification: every name tried at every word start, longest fitting name kept. */
    private static List<NameMatch> specification(String text) {
        List<NameMatch> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = Chars.isLetterOrDigit(text.charAt(i))
                    && (i == 0 || !Chars.isLetterOrDigit(text.charAt(i - 1)));
            int bestEnd = -1;
            List<NameEntry> best = List.of();
            for (NameEntry entry : wordStart ? NAMES : List.<NameEntry>of()) {
                int end = i + entry.name().length();
                if (end > bestEnd && end <= text.length() && foldsEqual(text, i, entry.name()) && atBoundary(text, end)
                        && caseFits(text, i, entry.name())) {
                    bestEnd = end;
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            best = new ArrayList<>();
            for (NameEntry entry : NAMES) {
                if (i + entry.name().length() == bestEnd && foldsEqual(text, i, entry.name())
                        && caseFits(text, i, entry.name())) {
                    best.add(entry);
                }
            }
            found.add(new NameMatch(new Span(i, bestEnd), text.substring(i, bestEnd), best));
            i = bestEnd;
            // a word going on past the name starts no new word
            while (i < text.length() && Chars.isLetterOrDigit(text.charAt(i - 1)) && Chars.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
        }
        return found;
    }

    private static boolean foldsEqual(String text, int start, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (NameMatcher.fold(text.charAt(start + k)) != NameMatcher.fold(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean atBoundary(String text, int end) {
        return end == text.length() || !Chars.isLetterOrDigit(text.charAt(end))
                || !Chars.isLetterOrDigit(text.charAt(end - 1));
    }

    private static boolean caseFits(String text, int start, String name) {
        boolean abbreviation = new NameEntry(name, NameEntry.Kind.CITY, List.of(), false).isAcronym();
        for (int k = 0; k < name.length(); k++) {
            boolean upper = Character.isUpperCase(name.charAt(k));
            if ((upper || abbreviation) && Character.isUpperCase(text.charAt(start + k)) != upper) {
                return false;
            }
        }
        return true;
    }

    private static List<String> render(List<NameMatch> matches) {
        List<String> rendered = new ArrayList<>();
        for (NameMatch match : matches) {
            rendered.add(match.span().start() + "-" + match.span().end() + " " + match.surface() + " " + match.entries());
        }
        return rendered;
    }
}
