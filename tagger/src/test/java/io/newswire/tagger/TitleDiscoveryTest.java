package io.newswire.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where {@link TitleDiscovery} looks for titles: capitals opening a run of letters. */
class TitleDiscoveryTest {
    @Test
    void findsATitleAfterAQualifierOrALowerCaseHead() {
        assertThat(roles("Russian Foreign Ministry spokeswoman Maria Zakharova said.")).containsExactly(
                "Russian Foreign Ministry spokeswoman=Maria Zakharova");
        assertThat(roles("He met Prime Minister Jane Doe and ex-President Foo Bar.")).containsExactly(
                "Prime Minister=Jane Doe", "President=Foo Bar");
    }

    @Test
    void findsAHeadGluedToADigitAsARunOfLettersOpensThere() {
        assertThat(roles("In 2016President Foo Bar said.")).containsExactly("President=Foo Bar");
        assertThat(roles("2Secretary-General Ban Kimoon said.")).containsExactly("Secretary-General=Ban Kimoon");
        assertThat(roles("2Vice President Foo Bar said.")).containsExactly("Vice President=Foo Bar");
    }

    @Test
    void findsTitlesAcrossTheBitSetsWordBoundaries() {
        String padding = "x".repeat(80);
        for (int shift = 0; shift < 70; shift += 3) {
            String text = padding.substring(0, shift) + " Finance Minister Ana Lopez said.";
            assertThat(roles(text)).as(text).containsExactly("Finance Minister=Ana Lopez");
        }
    }

    @Test
    void dropsLeadingDeterminersFromTheRoleAndTheTitleSpan() {
        assertThat(titles("He met the former Foreign Minister Jane Doe.")).containsExactly("Foreign Minister|Foreign Minister");
        assertThat(titles("a speech of the Oil Minister Jane Doe.")).containsExactly("Oil Minister|Oil Minister");
        assertThat(titles("The The Minister Jane Doe.")).containsExactly("Minister|Minister");
        assertThat(titles("then Russian Foreign Ministry spokeswoman Maria Zakharova said."))
                .containsExactly("Russian Foreign Ministry spokeswoman|Russian Foreign Ministry spokeswoman");
    }

    /** Each title's role, then the text its title span covers. */
    private static List<String> titles(String text) {
        return TitleDiscovery.find(text, WordBits.of(text)).stream()
                .map(t -> t.role() + "|" + text.substring(t.title().start(), t.title().end()))
                .toList();
    }

    private static List<String> roles(String text) {
        return TitleDiscovery.find(text, WordBits.of(text)).stream()
                .map(t -> t.role() + "=" + text.substring(t.name().start(), t.name().end()))
                .toList();
    }
}
