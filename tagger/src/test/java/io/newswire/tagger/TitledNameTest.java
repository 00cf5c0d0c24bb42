package io.newswire.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link TitledName} finds exactly what its specification pattern finds, at every position. */
class TitledNameTest {
    private static final List<String> TOKENS = List.of("Foreign", "Minister", "minister", "Prime", "Defense",
            "Secretary", "of", "State", "General", "Secretary-General", "spokesman", "Spokeswoman", "spokesperson",
            "Vice", "President", "Crown", "Prince", "King", "chief", "Chairwoman", "leader", "Director",
            "Sergei", "Lavrov", "Min-jun", "Wang", "Jean-Yves", "Le", "Drian", "al", "Assad", "bin", "Salman",
            "de", "Mistura", "van", "der", "Bellen", "abu", "Bakr", "el-Sisi", "Ban", "Ki-moon", "McDonald",
            "A", "Xi", "USA", "Ali_", "Omar3", "Zo\u00eb", "Jos\u00e9", "Jose\u0301", "\u0130stanbul", "Nu\u00f1ez",
            "said", "told", "the", "Reuters", "X-Ray", "Al-", "Abe-", "Ng-a");
    private static final List<String> HEADS = List.of("Foreign Minister", "Prime minister", "Minister", "minister",
            "Secretary of State", "Secretary-General", "Secretary General", "Secretary", "spokesman", "Spokeswoman",
            "Vice President", "President", "Crown Prince", "Crown", "chief", "Chairwoman", "leader", "General");
    private static final List<String> NAME_WORDS = List.of("Sergei", "Lavrov", "Min-jun", "Wang", "Jean-Yves", "Le",
            "al-Assad", "al Assad", "bin", "Salman", "de Mistura", "van der", "Bellen", "abu-Bakr", "el-Sisi", "Ki-moon",
            "McDonald", "A", "Xi", "USA", "Ali_", "Omar3", "Zo\u00eb", "Jos\u00e9", "Jose\u0301", "Nu\u00f1ez", "Ng-a",
            "Abe-", "X-Ray", "Al-", "said", "de", "le");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", " ", ", ", "-", ". ", "  ", ",", "\n", "'s ", "_");

    @Test
    void matchesLikeTheSpecificationAtEveryPositionOfGeneratedText() {
        Random random = new Random(20161005);
        int compared = 0;
        int matched = 0;
        for (int k = 0; k < 8000; k++) {
            StringBuilder text = new StringBuilder();
            if (k % 2 == 0) { // a head and a name-like run most of the time, then free text
                text.append(HEADS.get(random.nextInt(HEADS.size()))).append(random.nextInt(4) == 0 ? ", " : " ");
                for (int w = 1 + random.nextInt(4); w > 0; w--) {
                    text.append(NAME_WORDS.get(random.nextInt(NAME_WORDS.size())))
                            .append(w > 1 ? " " : SEPARATORS.get(random.nextInt(SEPARATORS.size())));
                }
            }
            int tokens = 2 + random.nextInt(9);
            for (int t = 0; t < tokens; t++) {
                text.append(TOKENS.get(random.nextInt(TOKENS.size())));
                if (t + 1 < tokens || random.nextBoolean()) {
                    text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
                }
            }
            String s = text.toString();
            for (int at = 0; at <= s.length(); at++) {
                compared++;
                matched += assertSameAsSpecification(s, at) ? 1 : 0;
            }
        }
        // the generator must produce enough real titles for the comparison to mean something
        assertEquals(true, matched > 700, "matches compared: " + matched + " of " + compared);
    }

    @Test
    void prefersTheFirstHeadFormAndTheLongestName() {
        assertMatch("Secretary of State John Kerry said", "Secretary of State", "John Kerry");
        assertMatch("Secretary-General Ban Ki-moon", "Secretary-General", "Ban Ki-moon");
        assertMatch("Foreign Minister Sergei Lavrov Ivanov Petrov met", "Foreign Minister", "Sergei Lavrov Ivanov");
        assertMatch("spokesman, Ned Price", "spokesman", "Ned Price");
        assertMatch("President Bashar al-Assad", "President", "Bashar al-Assad");
        assertMatch("envoy Staffan de Mistura said", "envoy", "Staffan de Mistura");
        // a hyphenated word that cannot end the name gives its hyphen part back: "Min" ends at a boundary
        assertMatch("Minister Wang Min-jX", "Minister", "Wang Min");
    }

    @Test
    void findsNoTitleWithoutACapitalisedNameOfTwoWords() {
        assertNull(TitledName.at("Minister Lavrov said", 0));
        assertNull(TitledName.at("Secretary of State said", 0));
        assertNull(TitledName.at("President Xi3 Jinping", 0));
        assertNull(TitledName.at("President Wang Yi_", 0));
    }

    private static void assertMatch(String text, String head, String name) {
        assertSameAsSpecification(text, 0);
        TitledName.Match m = TitledName.at(text, 0);
        assertNotNull(m, text);
        assertEquals(head, text.substring(m.headStart(), m.headEnd()));
        assertEquals(name, text.substring(m.nameStart(), m.nameEnd()));
    }

    private static boolean assertSameAsSpecification(String text, int at) {
        Matcher spec = TitledName.SPECIFICATION.matcher(text).region(at, text.length());
        TitledName.Match hand = TitledName.at(text, at);
        if (!spec.lookingAt()) {
            assertNull(hand, () -> "at " + at + " in \"" + text + "\"");
            return false;
        }
        String where = "at " + at + " in \"" + text + "\"";
        assertNotNull(hand, where);
        assertEquals(List.of(spec.start(1), spec.end(1), spec.start(2), spec.end(2)),
                List.of(hand.headStart(), hand.headEnd(), hand.nameStart(), hand.nameEnd()), where);
        return true;
    }
}
